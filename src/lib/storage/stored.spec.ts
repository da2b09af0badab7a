import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { freshDatabase } from './fixtures/setup';
import { getStorageStatus } from './status';
import { checkOpens, DB_NAME, hasStoredData, openCheck } from './stored';
import { closeDb, DB_VERSION, getDb } from './db';

beforeEach(() => freshDatabase());
afterEach(() => vi.unstubAllGlobals());

describe('hasStoredData', () => {
	it('is false when the browser lists no Backbeat database (a first visit)', async () => {
		vi.stubGlobal('indexedDB', {
			databases: () => Promise.resolve([{ name: 'other', version: 1 }]),
			open: indexedDB.open.bind(indexedDB)
		});
		expect(await hasStoredData()).toBe(false);
	});

	it('is true when the database exists', async () => {
		vi.stubGlobal('indexedDB', {
			databases: () => Promise.resolve([{ name: DB_NAME, version: 1 }])
		});
		expect(await hasStoredData()).toBe(true);
		expect(openCheck.done).toBeNull();
	});

	it('is true (load as before) when the browser cannot list databases', async () => {
		vi.stubGlobal('indexedDB', {});
		expect(await hasStoredData()).toBe(true);
		vi.stubGlobal('indexedDB', {
			databases: () => Promise.reject(new Error('SecurityError'))
		});
		expect(await hasStoredData()).toBe(true);
	});

	it('checks that IndexedDB opens when nothing is stored, once per page load', async () => {
		const open = vi.spyOn(indexedDB, 'open');
		expect(await hasStoredData()).toBe(false);
		expect(await hasStoredData()).toBe(false);
		await openCheck.done;
		expect(open).toHaveBeenCalledTimes(1);
	});
});

describe('checkOpens (issue 22)', () => {
	it('leaves no database behind and reports nothing when IndexedDB works', async () => {
		await checkOpens();
		expect(getStorageStatus().status).toBe('ok');
		expect(await indexedDB.databases()).toEqual([]);
		// The first save still creates the database with every store.
		const db = await getDb();
		expect(db?.objectStoreNames.contains('settings')).toBe(true);
	});

	it('closes the database when it exists, so that it never holds back an upgrade', async () => {
		await getDb();
		closeDb();
		await checkOpens();
		expect(getStorageStatus().status).toBe('ok');
		const upgraded = await new Promise<string>((resolve) => {
			const request = indexedDB.open(DB_NAME, DB_VERSION + 1);
			request.onblocked = () => resolve('blocked');
			request.onsuccess = () => {
				request.result.close();
				resolve('opened');
			};
		});
		expect(upgraded).toBe('opened');
	});

	it('reports "unavailable" when indexedDB.open throws (some private modes)', async () => {
		const refusal = new DOMException('refused', 'SecurityError');
		vi.spyOn(indexedDB, 'open').mockImplementation(() => {
			throw refusal;
		});
		await checkOpens();
		expect(getStorageStatus()).toMatchObject({ status: 'unavailable', error: refusal });
	});

	it('reports "unavailable" when the open request fails a moment later', async () => {
		const open = indexedDB.open.bind(indexedDB);
		vi.spyOn(indexedDB, 'open').mockImplementation(() => {
			// A real request that fails: opening below the version that exists.
			return open('older', 1);
		});
		await new Promise<void>((resolve) => {
			const made = open('older', 2);
			made.onsuccess = () => {
				made.result.close();
				resolve();
			};
		});
		await checkOpens();
		expect(getStorageStatus().status).toBe('unavailable');
		expect((getStorageStatus().error as DOMException).name).toBe('VersionError');
	});
});
