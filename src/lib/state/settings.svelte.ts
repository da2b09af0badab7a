import { DEFAULT_SETTINGS, type Settings } from '$lib/storage/settings-defaults';
import { hasStoredData } from '$lib/storage/stored';

// The storage code (idb, valibot) loads after the first paint; defaults show until then.
const storage = () => import('$lib/storage/settings');

/**
 * The app's settings as rune state: read `settings.current` anywhere; `update` applies a
 * change at once (a running session hears it immediately) and saves it in the background.
 */
class SettingsState {
	current: Settings = $state.raw({ ...DEFAULT_SETTINGS });
	loaded = $state(false);
	#loading: Promise<Settings> | null = null;

	/**
	 * Loads once from IndexedDB; later calls share the first load. With `ifStored`, a browser
	 * that holds no Backbeat data yet keeps the defaults without downloading the storage code
	 * (the shell's first visit); a later plain `load()` still reads (and creates) the database.
	 */
	async load({ ifStored = false } = {}): Promise<Settings> {
		if (ifStored && !this.#loading && !(await hasStoredData())) return this.current;
		return this.#loadOnce();
	}

	#loadOnce(): Promise<Settings> {
		this.#loading ??= storage()
			.then(({ loadSettings }) => loadSettings())
			.then((stored) => {
				this.current = stored;
				this.loaded = true;
				return stored;
			});
		return this.#loading;
	}

	/** Applies `patch` now and saves it; saving never throws (storage reports failures). */
	async update(patch: Partial<Settings>): Promise<void> {
		const { normalizeSettings, saveSettings } = await storage();
		this.current = normalizeSettings(patch, this.current);
		await saveSettings(patch);
	}
}

export const settings = new SettingsState();
