/**
 * After a workout the progress screen's stored figures are stale: they are rebuilt once the
 * player is left and the browser is idle, so Progress then opens at once (issue 15). Leaving
 * the player for the home page is a page load (the home page runs without SvelteKit's client),
 * so the request is handed to the next page in session storage.
 */

/** The session-storage key that asks the next page load for the rebuild. */
const KEY = 'backbeat:progress-stale';

/** Rebuilds the progress screen's figures when the browser is idle (storage loads then). */
export function refreshProgressWhenIdle(): void {
	const refresh = () =>
		void import('$lib/storage/progress-refresh').then((m) => m.refreshProgressView());
	if ('requestIdleCallback' in window) requestIdleCallback(refresh, { timeout: 10_000 });
	else setTimeout(refresh, 2000);
}

/** Asks the page that loads next to rebuild the figures (see `refreshIfAsked`). */
export function askNextPageToRefresh(): void {
	try {
		sessionStorage.setItem(KEY, '1');
	} catch {
		// No session storage: Progress reads the whole history on its next visit instead.
	}
}

/** Rebuilds the figures when the page before asked for it; once. */
export function refreshIfAsked(): void {
	try {
		if (sessionStorage.getItem(KEY) === null) return;
		sessionStorage.removeItem(KEY);
	} catch {
		return;
	}
	refreshProgressWhenIdle();
}
