/**
 * Service-worker registration with an update prompt. A new version waits until the person
 * taps "Update": reloading on its own could end a workout in the middle.
 */
class UpdateState {
	/** A new version is installed and waiting. */
	ready = $state(false);
	/** Everything is cached: the app works offline from now on. */
	offlineReady = $state(false);
	#apply: ((reload?: boolean) => Promise<void>) | null = null;

	/** Registers the service worker (browser only, once). */
	async register(): Promise<void> {
		if (this.#apply || !('serviceWorker' in navigator)) return;
		// Loaded lazily: the registration code is not needed for the first paint.
		const { registerSW } = await import('virtual:pwa-register');
		this.#apply = registerSW({
			immediate: true,
			onNeedRefresh: () => (this.ready = true),
			onOfflineReady: () => (this.offlineReady = true),
			onRegisteredSW: (_url, registration) => {
				// Look for a new version whenever the app comes back to the foreground.
				document.addEventListener('visibilitychange', () => {
					if (document.visibilityState === 'visible') void registration?.update();
				});
			}
		});
	}

	/** Activates the waiting version; the page reloads once into it. */
	async apply(): Promise<void> {
		await this.#apply?.(true);
	}
}

export const update = new UpdateState();
