import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { closeDb, getDb } from './db';
import { DAY, T0, session } from './fixtures/factories';
import {
	addSession,
	countSessions,
	deleteSession,
	getSession,
	listSessions,
	listSessionsForRoutine,
	restoreSession
} from './history';
import { freshDatabase } from './fixtures/setup';

beforeEach(() => {
	freshDatabase();
});
afterEach(() => {
	vi.unstubAllGlobals();
	closeDb();
});

const { id: _, ...fresh } = session();

describe('history', () => {
	it('adds a session with a generated uuid and reads it back', async () => {
		const saved = await addSession(fresh);
		expect(saved.id).toMatch(/^[0-9a-f-]{36}$/);
		expect(await getSession(saved.id)).toEqual(saved);
		expect(await getSession('nope')).toBeUndefined();
		expect(await countSessions()).toBe(1);
	});

	it('lists newest first by start time, not insertion order, with limit and before', async () => {
		const middle = await addSession(session({ startedAt: T0 + DAY }));
		const oldest = await addSession(session({ startedAt: T0 }));
		const newest = await addSession(session({ startedAt: T0 + 2 * DAY }));
		const ids = (list: { id: string }[]) => list.map((s) => s.id);
		expect(ids(await listSessions())).toEqual([newest.id, middle.id, oldest.id]);
		expect(ids(await listSessions({ limit: 2 }))).toEqual([newest.id, middle.id]);
		expect(ids(await listSessions({ before: middle.startedAt }))).toEqual([oldest.id]);
		expect(ids(await listSessions({ before: newest.startedAt, limit: 1 }))).toEqual([middle.id]);
	});

	it('lists the sessions of one routine through its index', async () => {
		const a1 = await addSession(session({ routineId: 'a', startedAt: T0 }));
		await addSession(session({ routineId: 'b', startedAt: T0 + 1 }));
		const a2 = await addSession(session({ routineId: 'a', startedAt: T0 + 2 }));
		expect((await listSessionsForRoutine('a')).map((s) => s.id)).toEqual([a2.id, a1.id]);
	});

	it('deletes a session, returns it for undo, and restores it', async () => {
		const s = await addSession(session());
		const deleted = await deleteSession(s.id);
		expect(deleted).toEqual(s);
		expect(await getSession(s.id)).toBeUndefined();
		expect(await countSessions()).toBe(0);
		expect(await deleteSession(s.id)).toBeUndefined();
		await restoreSession(deleted!);
		expect(await getSession(s.id)).toEqual(s);
	});

	it('skips malformed stored records instead of crashing', async () => {
		const good = await addSession(session());
		const db = (await getDb())!;
		await db.put('sessions', { id: 'bad', startedAt: 'yesterday' } as never);
		expect(await listSessions()).toEqual([good]);
		expect(await getSession('bad')).toBeUndefined();
	});

	it('asks for persistent storage once, after the first finished session only', async () => {
		const persist = vi.fn(() => Promise.resolve(true));
		vi.stubGlobal('navigator', { storage: { persist } });
		await addSession(session({ outcome: 'ended' }));
		expect(persist).not.toHaveBeenCalled();
		await addSession(session({ outcome: 'finished' }));
		await addSession(session({ outcome: 'finished' }));
		expect(persist).toHaveBeenCalledTimes(1);
	});

	it('works without navigator.storage (node, old browsers)', async () => {
		vi.stubGlobal('navigator', {});
		await expect(addSession(session())).resolves.toBeTruthy();
	});
});
