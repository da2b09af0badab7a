import { onStorageStatus, type StorageState } from '$lib/storage/status';

/** The storage status channel as rune state, for the banner. */
class StorageStatusState {
	current: StorageState = $state.raw({ status: 'ok', message: '' });
	#listening = false;

	/** Starts listening (in the browser only, for the page's lifetime); safe to call twice. */
	listen(): void {
		if (this.#listening) return;
		this.#listening = true;
		onStorageStatus((state) => (this.current = state));
	}
}

export const storageStatus = new StorageStatusState();
