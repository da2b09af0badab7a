/** The browser's install offer (Chromium's `beforeinstallprompt`), kept for a later tap. */
interface InstallPromptEvent extends Event {
	prompt(): Promise<void>;
	userChoice: Promise<{ outcome: 'accepted' | 'dismissed' }>;
}

class InstallState {
	/** The browser offers to install the app; `install()` shows its dialog. */
	available = $state(false);
	/** Already running as an installed app. */
	installed = $state(false);
	/** Safari on iPhone/iPad: installing goes through Share → Add to Home Screen. */
	ios = $state(false);
	#event: InstallPromptEvent | null = null;

	/** Starts listening (browser only, once per page). */
	listen(): void {
		this.installed =
			matchMedia('(display-mode: standalone)').matches ||
			(navigator as { standalone?: boolean }).standalone === true;
		this.ios =
			/iPad|iPhone|iPod/.test(navigator.userAgent) ||
			(navigator.platform === 'MacIntel' && navigator.maxTouchPoints > 1);
		addEventListener('beforeinstallprompt', (event) => {
			// Keep the offer for our own button instead of the browser's mini-infobar.
			event.preventDefault();
			this.#event = event as InstallPromptEvent;
			this.available = true;
		});
		addEventListener('appinstalled', () => {
			this.installed = true;
			this.available = false;
		});
	}

	/** Shows the browser's install dialog. */
	async install(): Promise<void> {
		const event = this.#event;
		if (!event) return;
		await event.prompt();
		const { outcome } = await event.userChoice;
		if (outcome === 'accepted') this.available = false;
		this.#event = null;
	}
}

export const install = new InstallState();
