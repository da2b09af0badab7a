/**
 * Test support: forget every cached connection, memory-held write and status, so each spec
 * starts clean. Pair with `indexedDB = new IDBFactory()` from fake-indexeddb.
 *
 * Every test-only reset lives here, not in the production modules: each module keeps its
 * page-load state in one exported holder object (dbState, statusChannel, persistence), and
 * this file puts those back as a fresh page load finds them. A holder is the simplest honest
 * shape: no registration hook that production would run for nothing, and nothing but this
 * file (and the owning module) writes it.
 */
import { closeDb, dbState, DB_VERSION } from './db';
import { persistence } from './history';
import { reportStatus, statusChannel } from './status';
import { clearPending } from './overlay';
import { openCheck } from './stored';

/** Resets module state; `version` opens the database as a newer build would. */
export function resetStorageForTests(options: { version?: number } = {}) {
	closeDb();
	dbState.waitingOnOtherTab = false;
	dbState.retired = false;
	dbState.version = options.version ?? DB_VERSION;
	clearPending();
	// Listeners first, so that going back to 'ok' tells no one.
	statusChannel.listeners.clear();
	reportStatus('ok');
	persistence.requested = false;
	openCheck.done = null;
}
