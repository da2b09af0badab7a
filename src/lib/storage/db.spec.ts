import 'fake-indexeddb/auto';
import { forceCloseDatabase } from 'fake-indexeddb';
import { unwrap } from 'idb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DB_NAME, DB_VERSION, closeDb, getDb, handleBlocking, handleTerminated } from './db';
import { session } from './fixtures/factories';
import { addSession, getSession, listSessions } from './history';
import { loadCheckpoint, saveCheckpoint } from './session';
import { getStorageStatus, onStorageStatus, reportStatus, type StorageState } from './status';
import { freshDatabase } from './fixtures/setup';
import { resetStorageForTests } from './testing';

const checkpoint = {
	routineId: 'pelvic-tilts',
	routineTitle: 'Pelvic tilts',
	startedAt: 1_700_000_000_000,
	savedAt: 1_700_000_001_000,
	stepIndex: 2,
	stepCount: 8,
	snapshot: { routineId: 'pelvic-tilts', elapsedMs: 1000 }
};

/** Opens the database with the raw API, the way another tab would. */
function rawOpen(version?: number): Promise<IDBDatabase> {
	return new Promise((resolve, reject) => {
		const request = indexedDB.open(DB_NAME, version);
		request.onsuccess = () => resolve(request.result);
		request.onerror = () => reject(request.error ?? new Error('open failed'));
	});
}

async function until(check: () => boolean) {
	for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 5));
	expect(check()).toBe(true);
}

beforeEach(() => {
	freshDatabase();
});
afterEach(() => {
	vi.unstubAllGlobals();
	closeDb();
});

describe('schema', () => {
	it('creates every store and index at the current version', async () => {
		const db = (await getDb())!;
		expect(db.version).toBe(DB_VERSION);
		expect([...db.objectStoreNames].sort()).toEqual(
			[
				'active',
				'cache',
				'checkins',
				'custom-routines',
				'drafts',
				'plan-ledger',
				'plan-runs',
				'sessions',
				'settings'
			].sort()
		);
		const tx = db.transaction(['sessions', 'checkins']);
		expect([...tx.objectStore('sessions').indexNames].sort()).toEqual(['by-routine', 'by-start']);
		expect([...tx.objectStore('checkins').indexNames].sort()).toEqual(['by-session', 'by-time']);
		expect(tx.objectStore('sessions').keyPath).toBe('id');
	});

	it('keeps everything across close and reopen at the same version', async () => {
		const s = await addSession(session());
		await saveCheckpoint(checkpoint);
		closeDb();
		resetStorageForTests(); // also forgets anything held in memory
		const db = (await getDb())!;
		expect(db.version).toBe(DB_VERSION);
		expect(await getSession(s.id)).toEqual(s);
		expect(await loadCheckpoint()).toEqual(checkpoint);
	});

	it('a newer version opening the same database keeps every record', async () => {
		const s = await addSession(session());
		closeDb();
		resetStorageForTests({ version: DB_VERSION + 1 });
		const db = (await getDb())!;
		expect(db.version).toBe(DB_VERSION + 1);
		expect(await getSession(s.id)).toEqual(s);
	});
});

describe('connection events', () => {
	it('blocking: closes, asks for a reload and keeps later writes in memory', async () => {
		await getDb();
		const newer = await rawOpen(DB_VERSION + 1); // resolves only because we stepped aside
		expect(getStorageStatus().status).toBe('blocking');
		expect(getStorageStatus().message).toMatch(/reload/i);
		const s = await addSession(session());
		expect(await listSessions()).toEqual([s]);
		expect(getStorageStatus().status).toBe('blocking'); // no reopen against the newer version
		newer.close();
	});

	it('blocked: works from memory until the old tab closes, then saves what it kept', async () => {
		await getDb();
		closeDb();
		const oldTab = await rawOpen(DB_VERSION);
		oldTab.onversionchange = () => undefined; // an old build that ignores the upgrade request
		resetStorageForTests({ version: DB_VERSION + 1 });
		const s = await addSession(session());
		expect(getStorageStatus().status).toBe('blocked');
		expect(getStorageStatus().message).toMatch(/close the other Backbeat tabs/i);
		expect(await getSession(s.id)).toEqual(s);

		oldTab.close();
		await until(() => getStorageStatus().status === 'ok');
		const db = (await getDb())!;
		expect(db.version).toBe(DB_VERSION + 1);
		expect(await db.get('sessions', s.id)).toEqual(s); // flushed from memory on reopen
	});

	it('terminated: drops the connection and reopens lazily on next use', async () => {
		const first = (await getDb())!;
		forceCloseDatabase(unwrap(first) as unknown as Parameters<typeof forceCloseDatabase>[0]); // fires 'close', which idb turns into `terminated`
		const s = await addSession(session());
		const second = (await getDb())!;
		expect(second).not.toBe(first);
		expect(await second.get('sessions', s.id)).toEqual(s);
		expect(getStorageStatus().status).toBe('ok');
	});

	it('handleTerminated can be called directly: the next call reopens', async () => {
		const first = (await getDb())!;
		first.close();
		handleTerminated();
		const second = (await getDb())!;
		expect(second).not.toBe(first);
		expect(await second.count('sessions')).toBe(0);
	});

	it('handleBlocking can be called directly and is idempotent', async () => {
		await getDb();
		handleBlocking();
		handleBlocking();
		expect(await getDb()).toBeNull();
		expect(getStorageStatus().status).toBe('blocking');
	});
});

describe('no usable IndexedDB', () => {
	it('indexedDB undefined: memory mode, status unavailable, reads see writes', async () => {
		vi.stubGlobal('indexedDB', undefined);
		const seen: StorageState[] = [];
		onStorageStatus((s) => seen.push(s));
		const s = await addSession(session());
		await saveCheckpoint(checkpoint);
		expect(getStorageStatus().status).toBe('unavailable');
		expect(seen.map((x) => x.status)).toEqual(['ok', 'unavailable']);
		expect(await listSessions()).toEqual([s]);
		expect(await loadCheckpoint()).toEqual(checkpoint);
	});

	it('open throwing (some private modes): memory mode, status unavailable', async () => {
		vi.spyOn(indexedDB, 'open').mockImplementation(() => {
			throw new DOMException('denied', 'InvalidStateError');
		});
		const s = await addSession(session());
		expect(getStorageStatus().status).toBe('unavailable');
		expect(await getSession(s.id)).toEqual(s);
	});

	it('open failing with an error event: memory mode, status unavailable', async () => {
		const db = await rawOpen(DB_VERSION + 5); // a newer version already on disk → VersionError
		db.close();
		const s = await addSession(session());
		expect(getStorageStatus().status).toBe('unavailable');
		expect(getStorageStatus().error).toMatchObject({ name: 'VersionError' });
		expect(await getSession(s.id)).toEqual(s);
	});
});

describe('status channel', () => {
	it('calls a listener at once, then only on changes, until unsubscribed', () => {
		const listener = vi.fn();
		const off = onStorageStatus(listener);
		expect(listener).toHaveBeenLastCalledWith({ status: 'ok', message: '' });
		reportStatus('quota');
		reportStatus('quota');
		expect(listener).toHaveBeenCalledTimes(2);
		expect(listener.mock.calls[1]?.[0]).toMatchObject({ status: 'quota' });
		off();
		reportStatus('ok');
		expect(listener).toHaveBeenCalledTimes(2);
	});

	it('a throwing listener does not stop the others', () => {
		const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
		onStorageStatus((s) => {
			if (s.status !== 'ok') throw new Error('ui bug');
		});
		const other = vi.fn();
		onStorageStatus(other);
		reportStatus('write-failed');
		expect(other).toHaveBeenLastCalledWith(expect.objectContaining({ status: 'write-failed' }));
		expect(error).toHaveBeenCalled();
	});
});
