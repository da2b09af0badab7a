// Part of the service worker (vite.config.ts: workbox.importScripts). A tap on a plan's reminder
// (src/lib/state/plan-deps.ts puts the routine's page in `data.url`) opens that page: in a window
// already showing it, else in one that is not playing a routine (a session is never navigated
// away from), else in a new window.
self.addEventListener('notificationclick', (event) => {
	event.notification.close();
	const url = new URL(event.notification.data?.url ?? '/', self.location.origin);
	if (url.origin !== self.location.origin) return;
	event.waitUntil(
		(async () => {
			const windows = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
			const showing = windows.find((c) => new URL(c.url).pathname === url.pathname);
			if (showing) return showing.focus();
			const free = windows.find((c) => !new URL(c.url).pathname.includes('/play'));
			try {
				// navigate() throws for a window this worker does not control yet (a first visit).
				const navigated = free && (await free.navigate(url.href));
				if (navigated) return navigated.focus();
			} catch {
				// A new window instead.
			}
			return self.clients.openWindow(url.href);
		})()
	);
});
