import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { addCheckin, listCheckins, listCheckinsForSession } from './checkins';
import { closeDb, getDb } from './db';
import { T0, checkin, session } from './fixtures/factories';
import { addSession, countSessions, deleteSession, getSession, listSessions } from './history';
import { loadCheckpoint, saveCheckpoint } from './session';
import { getStorageStatus } from './status';
import { clearPending, commit, flushPending, pendingWrites } from './store';
import { freshDatabase, patchObjectStore } from './fixtures/setup';

const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

/** Makes every IDBObjectStore.put throw like a full disk until the returned restore is called. */
function fillTheDisk() {
	return patchObjectStore('put', () => {
		throw quota();
	});
}

/** What IndexedDB itself holds, bypassing the memory overlay. */
async function stored() {
	const db = (await getDb())!;
	return db.getAll('sessions');
}

let restore: (() => void) | undefined;
beforeEach(() => {
	freshDatabase();
});
afterEach(() => {
	restore?.();
	restore = undefined;
	vi.unstubAllGlobals();
	closeDb();
});

describe('memory and IndexedDB together', () => {
	it('memory-only queries keep index order, ranges and limits', async () => {
		vi.stubGlobal('indexedDB', undefined);
		const [a, b, c] = [2, 0, 1].map((i) => session({ startedAt: T0 + i }));
		for (const s of [a, b, c]) await addSession(s!);
		const ids = (list: { id: string }[]) => list.map((x) => x.id);
		expect(ids(await listSessions())).toEqual([a!.id, c!.id, b!.id]);
		expect(ids(await listSessions({ before: T0 + 2, limit: 1 }))).toEqual([c!.id]);
		await addCheckin(checkin({ time: T0 + 5, sessionId: 'x' }));
		const early = await addCheckin(checkin({ time: T0, sessionId: 'x' }));
		await addCheckin(checkin({ time: T0 + 1, sessionId: null }));
		expect(await listCheckins({ from: T0, to: T0 + 1 })).toEqual([early]);
		expect(await listCheckinsForSession('x')).toHaveLength(2);
	});

	it('a page of newest sessions mixes memory and disk in order, with deletions applied', async () => {
		const stored = [0, 1, 2, 3].map((i) => session({ startedAt: T0 + i * 10 }));
		for (const s of stored) await addSession(s);
		restore = fillTheDisk();
		const kept = await addSession(session({ startedAt: T0 + 15 }));
		restore();
		restore = patchObjectStore('delete', () => {
			throw quota();
		});
		await deleteSession(stored[3]!.id);
		const ids = (await listSessions({ limit: 3 })).map((s) => s.id);
		expect(ids).toEqual([stored[2]!.id, kept.id, stored[1]!.id]);
	});
});

describe('quota exceeded', () => {
	it('keeps the write in memory, reports quota and leaves stored data intact', async () => {
		const before = await addSession(session());
		restore = fillTheDisk();
		const late = await addSession(session()); // must not throw
		expect(getStorageStatus().status).toBe('quota');
		expect(getStorageStatus().message).toMatch(/out of storage/i);
		expect((await listSessions()).map((s) => s.id)).toEqual([late.id, before.id]);
		expect(await getSession(late.id)).toEqual(late);
		expect(await countSessions()).toBe(2);
		expect(await stored()).toEqual([before]);
		expect(pendingWrites()).toBe(1);
	});

	it('aborts the whole transaction when one put of several fails', async () => {
		const a = session();
		const b = session();
		let calls = 0;
		restore = patchObjectStore('put', (call) => {
			if (++calls === 2) throw quota();
			return call();
		});
		const saved = await commit([
			{ store: 'sessions', put: a },
			{ store: 'sessions', put: b }
		]);
		expect(saved).toBe(false);
		expect(calls).toBe(2);
		expect(await stored()).toEqual([]); // the first put did not commit alone
		expect(await countSessions()).toBe(2); // both still visible from memory
	});

	it('flushes memory-held writes after the next successful write and reports ok', async () => {
		restore = fillTheDisk();
		const kept = await addSession(session());
		await saveCheckpoint({
			routineId: 'r',
			routineTitle: 'R',
			startedAt: T0,
			savedAt: T0 + 1,
			stepIndex: 0,
			stepCount: 1,
			snapshot: { routineId: 'r' }
		});
		expect(getStorageStatus().status).toBe('quota');
		restore();
		restore = undefined;
		const next = await addSession(session());
		expect(getStorageStatus().status).toBe('ok');
		expect(pendingWrites()).toBe(0);
		clearPending(); // forget memory: everything must now come from IndexedDB
		expect((await stored()).map((s) => s.id).sort()).toEqual([kept.id, next.id].sort());
		expect(await loadCheckpoint()).toMatchObject({ routineId: 'r' });
	});

	it('a delete refused by the disk still hides the record on this page', async () => {
		const s = await addSession(session());
		restore = patchObjectStore('delete', () => {
			throw new DOMException('nope', 'UnknownError');
		});
		expect(await deleteSession(s.id)).toEqual(s);
		expect(getStorageStatus().status).toBe('write-failed');
		expect(await getSession(s.id)).toBeUndefined();
		expect(await listSessions()).toEqual([]);
		expect(await countSessions()).toBe(0);
		expect(await stored()).toEqual([s]);
		restore();
		restore = undefined;
		expect(await flushPending()).toBe(true);
		expect(await stored()).toEqual([]);
		expect(getStorageStatus().status).toBe('ok');
	});

	it('a transaction that aborts after the put (as browsers report quota) is caught too', async () => {
		const before = await addSession(session());
		restore = patchObjectStore('put', (call, store) => {
			const request = call();
			store.transaction.abort();
			return request;
		});
		const late = await addSession(session());
		expect(getStorageStatus().status).toBe('write-failed');
		expect(await stored()).toEqual([before]);
		expect(await getSession(late.id)).toEqual(late);
	});

	it('a transaction that cannot even start is caught too', async () => {
		const db = (await getDb())!;
		const spy = vi.spyOn(db, 'transaction').mockImplementation(() => {
			throw quota();
		});
		const c = checkin();
		expect(await commit([{ store: 'checkins', put: c }])).toBe(false);
		expect(getStorageStatus().status).toBe('quota');
		spy.mockRestore();
	});
});
