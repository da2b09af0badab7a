import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DB_NAME, DB_VERSION, closeDb, getDb, upgrade, type Db } from './db';
import { clearDraft, loadDraft, saveDraft } from './drafts';
import { freshDatabase } from './fixtures/setup';
import { resetStorageForTests } from './testing';

beforeEach(() => {
	freshDatabase();
	resetStorageForTests();
});
afterEach(() => closeDb());

describe('drafts (DB v2)', () => {
	it('keeps a draft, invalid or not, across a reopen, and forgets it when cleared', async () => {
		const draft = { title: '', steps: [{ type: 'hold', hold: null }] };
		await saveDraft('new', draft, 1000);
		closeDb();
		expect(await loadDraft('new')).toEqual({ id: 'new', savedAt: 1000, draft });
		await clearDraft('new');
		expect(await loadDraft('new')).toBeUndefined();
	});

	it('upgrades a v1 database: every record stays and the drafts store appears', async () => {
		// Build v1 exactly as the v1 app did (upgrade from 0 to 1 only), with a routine in it.
		await new Promise<void>((resolve, reject) => {
			const open = indexedDB.open(DB_NAME, 1);
			open.onupgradeneeded = () => {
				const db = open.result;
				upgrade(db as unknown as Db, 0);
				// upgrade(0) runs every block; v1 had no drafts (v2), plans (v3) or cache (v4).
				for (const store of ['drafts', 'plan-runs', 'plan-ledger', 'cache']) {
					db.deleteObjectStore(store);
				}
			};
			open.onsuccess = () => {
				const db = open.result;
				const tx = db.transaction('custom-routines', 'readwrite');
				tx.objectStore('custom-routines').put({ id: 'kept', savedAt: 5, routine: {} });
				tx.oncomplete = () => {
					db.close();
					resolve();
				};
			};
			open.onerror = () => reject(new Error('open failed'));
		});
		const db = (await getDb())!;
		expect(db.version).toBe(DB_VERSION);
		expect([...db.objectStoreNames]).toContain('drafts');
		expect(await db.get('custom-routines', 'kept')).toEqual({
			id: 'kept',
			savedAt: 5,
			routine: {}
		});
	});
});
