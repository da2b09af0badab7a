/**
 * Test support: forget every cached connection, memory-held write and status, so each spec
 * starts clean. Pair with `indexedDB = new IDBFactory()` from fake-indexeddb.
 */
import { resetDbForTests } from './db';
import { resetHistoryForTests } from './history';
import { resetStatusForTests } from './status';
import { clearPending } from './overlay';

/** Resets module state; `version` opens the database as a newer build would. */
export function resetStorageForTests(options: { version?: number } = {}) {
	resetDbForTests(options);
	clearPending();
	resetStatusForTests();
	resetHistoryForTests();
}
