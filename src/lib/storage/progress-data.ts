/**
 * Everything the progress screen reads, in one go. Reading 10,000 sessions is most of the
 * screen's opening time, and a store's getAll by primary key took ~75 ms where the `by-start`
 * index took ~120 ms (Chromium), so both stores are read in one transaction and sorted here.
 */
import { REVISION_KEY } from './db';
import { merge, pendingKeys } from './overlay';
import { revisionOf } from './progress-cache';
import { validCheckins, validSessions } from './record-guards';
import type { Checkin, SessionRecord } from './records';
import { read } from './store';

export interface ProgressData {
	/** Newest first (ties: larger id first, as the `by-start` index walked backwards gives). */
	sessions: SessionRecord[];
	/** In no particular order: stats match them to sessions by id. */
	checkins: Checkin[];
	/**
	 * The data's revision (progress-cache.ts), read in the same transaction; null when memory
	 * holds writes the store lacks or nothing could be read: figures from it must not be cached.
	 */
	revision: string | null;
}

/** Every valid session and check-in, memory-held writes included. Never throws. */
export async function loadProgressData(): Promise<ProgressData> {
	const [storedSessions, storedCheckins, revision] = await read(
		[[], [], null] as [SessionRecord[], Checkin[], string | null],
		async (db) => {
			const tx = db.transaction(['sessions', 'checkins', 'cache']);
			return Promise.all([
				tx.objectStore('sessions').getAll(),
				tx.objectStore('checkins').getAll(),
				tx.objectStore('cache').get(REVISION_KEY).then(revisionOf)
			]);
		}
	);
	const inMemory = pendingKeys('sessions').length + pendingKeys('checkins').length > 0;
	// Records a buggy build or a hand-edited database left malformed are dropped, not shown.
	const sessions = validSessions(merge('sessions', storedSessions));
	const checkins = validCheckins(merge('checkins', storedCheckins));
	sessions.sort((a, b) => b.startedAt - a.startedAt || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0));
	return { sessions, checkins, revision: inMemory ? null : revision };
}
