import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addCheckin } from './checkins';
import { closeDb, getDb } from './db';
import { DAY, T0, checkin, session } from './fixtures/factories';
import { freshDatabase } from './fixtures/setup';
import { addSession, deleteSession, listSessions } from './history';
import { loadProgressData } from './progress-data';
import { keep } from './overlay';

beforeEach(() => {
	freshDatabase();
});
afterEach(() => {
	closeDb();
});

describe('loadProgressData', () => {
	it('returns sessions newest first, in the order listSessions gives, and every check-in', async () => {
		await addSession(session({ id: 'b', startedAt: T0 }));
		await addSession(session({ id: 'a', startedAt: T0 }));
		await addSession(session({ id: 'c', startedAt: T0 + DAY }));
		await addSession(session({ id: 'd', startedAt: T0 - DAY }));
		const c1 = await addCheckin(checkin({ sessionId: 'c', moment: 'before' }));
		const c2 = await addCheckin(checkin());
		const { sessions, checkins } = await loadProgressData();
		expect(sessions.map((s) => s.id)).toEqual(['c', 'b', 'a', 'd']);
		expect(sessions).toEqual(await listSessions());
		expect(checkins.map((c) => c.id).sort()).toEqual([c1.id, c2.id].sort());
	});

	it('drops malformed records instead of failing', async () => {
		const good = await addSession(session());
		const db = await getDb();
		await db!.put('sessions', { ...session({ id: 'bad' }), startedAt: 'yesterday' } as never);
		await db!.put('checkins', { id: 'bad', time: -1 } as never);
		const { sessions, checkins } = await loadProgressData();
		expect(sessions.map((s) => s.id)).toEqual([good.id]);
		expect(checkins).toEqual([]);
	});

	it('sees writes held in memory and deletions', async () => {
		const gone = await addSession(session({ startedAt: T0 }));
		await deleteSession(gone.id);
		const hidden = await addSession(session({ startedAt: T0 + 2 * DAY }));
		// As after a refused write: memory holds a new session and the deletion of a stored one.
		keep([
			{ store: 'sessions', put: session({ id: 'in-memory', startedAt: T0 + DAY }) },
			{ store: 'sessions', delete: hidden.id }
		]);
		const { sessions } = await loadProgressData();
		expect(sessions.map((s) => s.id)).toEqual(['in-memory']);
	});

	it('is empty on a new device', async () => {
		expect(await loadProgressData()).toEqual({ sessions: [], checkins: [], revision: '' });
	});
});
