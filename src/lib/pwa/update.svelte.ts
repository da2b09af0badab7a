/**
 * Service-worker registration with an update prompt. A new version waits until the person
 * taps "Update": reloading on its own could end a workout in the middle.
 *
 * Written against the platform API rather than with workbox-window (via virtual:pwa-register):
 * that library is 2.8 KB gzipped on every first visit, most of the home page's JS budget left
 * after the framework (issue 15), and this needs only its update-waiting part. The worker is
 * Workbox's generated sw.js, which activates a waiting version on a `SKIP_WAITING` message.
 */
const SW_URL = '/sw.js';

class UpdateState {
	/** A new version is installed and waiting. */
	ready = $state(false);
	/** Everything is cached: the app works offline from now on. */
	offlineReady = $state(false);
	#registration: ServiceWorkerRegistration | null = null;
	#registering = false;

	/** Registers the service worker (browser only, once). */
	async register(): Promise<void> {
		if (this.#registering || !('serviceWorker' in navigator)) return;
		this.#registering = true;
		const container = navigator.serviceWorker;
		let registration: ServiceWorkerRegistration | undefined;
		try {
			registration = await container.register(SW_URL, { scope: '/' });
		} catch {
			// Refused (a private window, storage blocked, an enterprise policy): the app still works,
			// only not offline and without updates. Nothing to tell the person mid-routine.
		}
		if (!registration) return;
		this.#registration = registration;
		// Installed with a controller in place: an update that waits. Without one: the first install.
		const track = (worker: ServiceWorker | null) => {
			if (!worker) return;
			const check = () => {
				if (worker.state !== 'installed' && worker.state !== 'activated') return;
				if (container.controller && registration.waiting === worker) this.ready = true;
				else if (!container.controller) this.offlineReady = true;
			};
			check();
			worker.addEventListener('statechange', check);
		};
		track(registration.waiting);
		track(registration.installing);
		registration.addEventListener('updatefound', () => track(registration.installing));
		// Look for a new version whenever the app comes back to the foreground.
		document.addEventListener('visibilitychange', () => {
			if (document.visibilityState === 'visible') void registration.update();
		});
	}

	/** Activates the waiting version; the page reloads once into it. */
	apply(): Promise<void> {
		const waiting = this.#registration?.waiting;
		if (!waiting) return Promise.resolve();
		navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), {
			once: true
		});
		waiting.postMessage({ type: 'SKIP_WAITING' });
		return Promise.resolve();
	}
}

export const update = new UpdateState();
