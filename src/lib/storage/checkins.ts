/** Pain check-ins: 0..10 before or after a session, or "this hurts" in the middle of one. */
import * as v from 'valibot';
import { CheckinSchema, type Checkin } from './records';
import { queryIndex } from './query';
import { commit, get } from './store';

export type { Checkin } from './records';
export type NewCheckin = Omit<Checkin, 'id'> & { id?: string };

const valid = (records: unknown[]): Checkin[] =>
	records.filter((r): r is Checkin => v.is(CheckinSchema, r));

/** Saves a check-in and resolves to it (with its new id). Never throws. */
export async function addCheckin(checkin: NewCheckin): Promise<Checkin> {
	const record: Checkin = { ...checkin, id: checkin.id ?? crypto.randomUUID() };
	await commit([{ store: 'checkins', put: record }]);
	return record;
}

/** Check-ins oldest first, with `from` ≤ time < `to` (epoch ms, both optional). */
export async function listCheckins(
	options: { from?: number; to?: number; limit?: number } = {}
): Promise<Checkin[]> {
	const records = await queryIndex('checkins', 'by-time', {
		lower: options.from,
		upper: options.to,
		upperOpen: true,
		limit: options.limit
	});
	return valid(records);
}

/** The check-ins of one session, oldest first. */
export async function listCheckinsForSession(sessionId: string): Promise<Checkin[]> {
	const records = await queryIndex('checkins', 'by-session', {
		lower: sessionId,
		upper: sessionId
	});
	return valid(records).sort((a, b) => a.time - b.time);
}

/** Deletes a check-in and resolves to it (for Undo), or undefined. */
export async function deleteCheckin(id: string): Promise<Checkin | undefined> {
	const record = await get('checkins', id);
	if (!record) return undefined;
	await commit([{ store: 'checkins', delete: id }]);
	return record;
}
