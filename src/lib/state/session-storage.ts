import type { SessionStorage } from '$lib/player/session.svelte';
import { addCheckin } from '$lib/storage/checkins';
import { addSession, getSession, restoreSession } from '$lib/storage/history';
import { clearCheckpoint, loadCheckpoint, saveCheckpoint } from '$lib/storage/session';

/**
 * What a playing session saves, wired to IndexedDB. Components reach storage through state/;
 * the player page loads this with itself (it needs the checkpoint before its first screen).
 */
export const sessionStorage: SessionStorage = {
	loadCheckpoint,
	saveCheckpoint,
	clearCheckpoint,
	addSession,
	getSession,
	restoreSession,
	addCheckin
};
