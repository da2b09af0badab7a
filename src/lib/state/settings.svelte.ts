import { DEFAULT_SETTINGS, type Settings } from '$lib/storage/settings-defaults';
import { rememberFirstPaint } from '$lib/storage/first-paint';
import { hasStoredData } from '$lib/storage/stored';
import { nextTask } from './next-task';

// The storage code (idb, valibot) loads after the first paint; defaults show until then.
const storage = () => import('$lib/storage/settings');

/** The channel on which a tab tells the others that it saved settings. */
const CHANNEL = 'backbeat:settings';

/**
 * The app's settings as rune state: read `settings.current` anywhere; `update` applies a
 * change at once (a running session hears it immediately) and saves it in the background.
 * Other open tabs hear of each saved change and reload, so one confirmation holds everywhere.
 */
class SettingsState {
	current: Settings = $state.raw({ ...DEFAULT_SETTINGS });
	loaded = $state(false);
	#loading: Promise<void> | null = null;
	#channel: BroadcastChannel | null = null;

	/**
	 * Loads once from IndexedDB, then resolves to the settings as they are now: a change made
	 * since the first load (a confirmed safety screen) is never answered with the old value.
	 * With `ifStored`, a browser that holds no Backbeat data yet keeps the defaults without
	 * downloading the storage code (the shell's first visit); a later plain `load()` still reads.
	 */
	async load({ ifStored = false } = {}): Promise<Settings> {
		if (ifStored && !this.#loading && !(await hasStoredData())) return this.current;
		this.#loading ??= this.#read();
		await this.#loading;
		return this.current;
	}

	/** Applies `patch` now and saves it; saving never throws (storage reports failures). */
	async update(patch: Partial<Settings>): Promise<void> {
		// After the first load, so a load that finishes later cannot undo this change.
		await this.load();
		const { normalizeSettings, saveSettings } = await storage();
		this.current = normalizeSettings(patch, this.current);
		rememberFirstPaint(this.current);
		await saveSettings(patch);
		this.#channel?.postMessage('saved');
	}

	/** Starts hearing other tabs' changes (call once in the browser). */
	listen(): void {
		if (this.#channel || typeof BroadcastChannel === 'undefined') return;
		this.#channel = new BroadcastChannel(CHANNEL);
		this.#channel.onmessage = () => {
			this.#loading = this.#read();
		};
	}

	async #read(): Promise<void> {
		// Not in the task that hydrates the page (pages load settings as they mount).
		await nextTask();
		const { loadSettings } = await storage();
		this.current = await loadSettings();
		this.loaded = true;
		// The next prerendered page paints the screen these settings lead to (first-paint.ts).
		rememberFirstPaint(this.current);
	}
}

export const settings = new SettingsState();
