/**
 * The storage status channel: plain TS (no Svelte) so a rune class can wrap it later.
 * Every module reports here instead of throwing, because a failed save must never stop a workout.
 */
import { STORAGE } from '../text/storage';

/** What the UI needs to know about saving. */
export type StorageStatus =
	'ok' | 'blocked' | 'blocking' | 'unavailable' | 'quota' | 'write-failed';

export interface StorageState {
	status: StorageStatus;
	/** A sentence the UI can show as is. Empty when all is well. */
	message: string;
	/** The underlying error, for logs. */
	error?: unknown;
}

/**
 * Storage's sentences (text/storage.ts), for store.ts too: one importer keeps them in the
 * chunk every page already loads rather than in one of their own.
 */
export const STORAGE_WORDS = STORAGE;

/** Default wording per status (text/storage.ts); callers may pass a more specific message. */
const STATUS_MESSAGES: Record<StorageStatus, string> = {
	ok: '',
	blocked: STORAGE.blocked,
	blocking: STORAGE.blocking,
	unavailable: STORAGE.unavailable,
	quota: STORAGE.quota,
	'write-failed': STORAGE['write-failed']
};

export type StatusListener = (state: StorageState) => void;

const OK: StorageState = { status: 'ok', message: '' };
/**
 * The channel's state, in one object so that storage/testing.ts can empty it between specs:
 * the reset is test code and lives there, not here. Only this module and testing.ts write it.
 */
export const statusChannel = {
	state: OK,
	listeners: new Set<StatusListener>()
};

/** The current status, for a one-off read. */
export function getStorageStatus(): StorageState {
	return statusChannel.state;
}

/**
 * Subscribes to status changes. Like a Svelte store, the listener is called at once with the
 * current state, then on every change. Returns the unsubscribe function.
 */
export function onStorageStatus(listener: StatusListener): () => void {
	statusChannel.listeners.add(listener);
	listener(statusChannel.state);
	return () => {
		statusChannel.listeners.delete(listener);
	};
}

/** Sets the status (storage modules only). Listeners hear only real changes. */
export function reportStatus(
	status: StorageStatus,
	detail: { message?: string; error?: unknown } = {}
) {
	const message = detail.message ?? STATUS_MESSAGES[status];
	const current = statusChannel.state;
	if (current.status === status && current.message === message) return;
	const state: StorageState = status === 'ok' ? OK : { status, message, error: detail.error };
	statusChannel.state = state;
	// A throwing listener (a UI bug) must not break the save path that reported.
	for (const listener of [...statusChannel.listeners]) {
		try {
			listener(state);
		} catch (error) {
			console.error('storage status listener failed', error);
		}
	}
}
