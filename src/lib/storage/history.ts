/** Session history: one record per played session, newest first through the `by-start` index. */
import * as v from 'valibot';
import { SessionRecordSchema, type SessionRecord } from './records';
import { queryIndex } from './query';
import { commit, count, get } from './store';

export type { SessionRecord } from './records';

/** What the player knows at the end of a session; the id is added here. */
export type NewSession = Omit<SessionRecord, 'id'> & { id?: string };

/** Drops records a buggy build or a hand-edited database left malformed, instead of crashing. */
const valid = (records: unknown[]): SessionRecord[] =>
	records.filter((r): r is SessionRecord => v.is(SessionRecordSchema, r));

/** Saves a finished or ended session and resolves to it (with its new id). Never throws. */
export async function addSession(session: NewSession): Promise<SessionRecord> {
	const record: SessionRecord = { ...session, id: session.id ?? crypto.randomUUID() };
	await commit([{ store: 'sessions', put: record }]);
	if (record.outcome === 'finished') requestPersistence();
	return record;
}

/**
 * Sessions newest first. `before` (epoch ms, exclusive) pages back: pass the last startedAt seen.
 */
export async function listSessions(
	options: { limit?: number; before?: number } = {}
): Promise<SessionRecord[]> {
	const records = await queryIndex('sessions', 'by-start', {
		direction: 'prev',
		limit: options.limit,
		upper: options.before,
		upperOpen: true
	});
	return valid(records);
}

/** Every session of one routine, newest first. */
export async function listSessionsForRoutine(routineId: string): Promise<SessionRecord[]> {
	const records = await queryIndex('sessions', 'by-routine', {
		lower: routineId,
		upper: routineId
	});
	return valid(records).sort((a, b) => b.startedAt - a.startedAt);
}

/** One session, or undefined. */
export async function getSession(id: string): Promise<SessionRecord | undefined> {
	const record = await get('sessions', id);
	return v.is(SessionRecordSchema, record) ? record : undefined;
}

/**
 * Deletes a session and resolves to what was deleted, so the UI can offer Undo through
 * restoreSession. Check-ins that point to it are kept: they are the person's own pain log.
 */
export async function deleteSession(id: string): Promise<SessionRecord | undefined> {
	const record = await get('sessions', id);
	if (!record) return undefined;
	await commit([{ store: 'sessions', delete: id }]);
	return record;
}

/** Puts a deleted session back (Undo). */
export async function restoreSession(record: SessionRecord): Promise<void> {
	await commit([{ store: 'sessions', put: record }]);
}

/** How many sessions are saved. */
export function countSessions(): Promise<number> {
	return count('sessions');
}

/**
 * Whether this page load has asked for persistent storage, in an object so that
 * storage/testing.ts can forget it between specs (the reset is test code and lives there).
 */
export const persistence = { requested: false };

/**
 * Asks the browser not to evict our data once the person has a finished workout worth keeping.
 * Once per page load; not awaited, because some browsers show a prompt.
 */
function requestPersistence() {
	if (persistence.requested) return;
	const storage = (globalThis as { navigator?: { storage?: StorageManager } }).navigator?.storage;
	if (typeof storage?.persist !== 'function') return;
	persistence.requested = true;
	storage.persist().catch(() => undefined);
}
