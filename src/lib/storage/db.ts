/**
 * The one place that opens IndexedDB. Modules never call openDB themselves: they go through
 * store.ts, which falls back to memory when this returns null.
 */
import { openDB, type DBSchema, type IDBPDatabase, type StoreNames } from 'idb';
import type { LedgerEntry } from '../plan/ledger';
import type { PlanRun } from '../plan/run';
import type {
	Checkin,
	Checkpoint,
	CustomRoutineRecord,
	DraftRecord,
	SessionRecord
} from './records';
import { getStorageStatus, reportStatus } from './status';

import { DB_NAME } from './stored';

export { DB_NAME };
/** Bump with a new `if (oldVersion < n)` block in `upgrade` and a fixture (see fixtures/README.md). */
export const DB_VERSION = 4;

export interface BackbeatDB extends DBSchema {
	/** Key-value; one record under SETTINGS_KEY. Stored loosely: settings.ts validates on read. */
	settings: { key: string; value: Record<string, unknown> };
	sessions: {
		key: string;
		value: SessionRecord;
		indexes: { 'by-start': number; 'by-routine': string };
	};
	/** The active-session checkpoint, one record under ACTIVE_KEY. */
	active: { key: string; value: Checkpoint };
	'custom-routines': { key: string; value: CustomRoutineRecord };
	checkins: { key: string; value: Checkin; indexes: { 'by-time': number; 'by-session': string } };
	/** v2: builder drafts, one per routine being edited ('new' for one not saved yet). */
	drafts: { key: string; value: DraftRecord };
	/** v3: plans being (or once) followed, with their settings. */
	'plan-runs': { key: string; value: PlanRun };
	/** v3: done / skipped marks, one per occurrence (`${runId}|${key}`). */
	'plan-ledger': { key: string; value: LedgerEntry; indexes: { 'by-run': string } };
	/**
	 * v4: figures derived from the other stores, never the only copy of anything (not in
	 * backups). REVISION_KEY changes with every write to sessions or check-ins (store.ts), so a
	 * cached figure says which data it was computed from; see progress-cache.ts.
	 */
	cache: { key: string; value: object };
}

export type StoreName = StoreNames<BackbeatDB>;
export type Db = IDBPDatabase<BackbeatDB>;

export const SETTINGS_KEY = 'settings';
export const ACTIVE_KEY = 'current';
/** Key in `cache` of the token that changes whenever sessions or check-ins change. */
export const REVISION_KEY = 'revision';
/** Stores whose changes make cached progress figures stale (a new REVISION_KEY token). */
export const REVISED_STORES: readonly StoreName[] = ['sessions', 'checkins'];

/** Stores whose records carry their key in `id`; the other two hold one record at a fixed key. */
export const KEY_PATH_STORES = [
	'sessions',
	'custom-routines',
	'checkins',
	'drafts',
	'plan-runs',
	'plan-ledger'
] as const;

/** Index name → the record field it sorts on; store.ts uses it to sort in-memory records alike. */
export const INDEX_FIELDS = {
	sessions: { 'by-start': 'startedAt', 'by-routine': 'routineId' },
	checkins: { 'by-time': 'time', 'by-session': 'sessionId' },
	'plan-ledger': { 'by-run': 'runId' }
} as const;

/** Creates or upgrades the schema. Each version is one block so v2 adds `if (oldVersion < 2)`. */
export function upgrade(db: Db, oldVersion: number) {
	if (oldVersion < 1) {
		db.createObjectStore('settings');
		const sessions = db.createObjectStore('sessions', { keyPath: 'id' });
		sessions.createIndex('by-start', 'startedAt');
		sessions.createIndex('by-routine', 'routineId');
		db.createObjectStore('active');
		db.createObjectStore('custom-routines', { keyPath: 'id' });
		const checkins = db.createObjectStore('checkins', { keyPath: 'id' });
		checkins.createIndex('by-time', 'time');
		checkins.createIndex('by-session', 'sessionId');
	}
	if (oldVersion < 2) {
		db.createObjectStore('drafts', { keyPath: 'id' });
	}
	if (oldVersion < 3) {
		db.createObjectStore('plan-runs', { keyPath: 'id' });
		const ledger = db.createObjectStore('plan-ledger', { keyPath: 'id' });
		ledger.createIndex('by-run', 'runId');
	}
	if (oldVersion < 4) {
		// Empty at first: the progress screen fills it on its next visit (issue 15).
		db.createObjectStore('cache');
	}
}

/**
 * The connection's state, in one object rather than loose `let`s so that storage/testing.ts
 * can put it back as a fresh page load finds it: the reset is test code and lives there, not
 * here. Only this module and testing.ts write it.
 */
export const dbState = {
	connection: null as Db | null,
	opening: null as Promise<Db | null> | null,
	/** True while our open waits on another tab; callers use memory meanwhile. */
	waitingOnOtherTab: false,
	/** After `blocking` we stay closed: reopening an older version than the other tab's would fail. */
	retired: false,
	/** The version this build opens; a test sets a higher one to play a newer build. */
	version: DB_VERSION as number
};

let onReopen: (() => Promise<void>) | null = null;

/** Lets store.ts flush writes it kept in memory once a late open finally succeeds. */
export function setReopenHook(hook: () => Promise<void>) {
	onReopen = hook;
}

/**
 * The open connection, opening it lazily; null when IndexedDB cannot be used right now
 * (absent, failing, blocked by another tab, or retired for a newer version).
 */
export function getDb(): Promise<Db | null> {
	if (dbState.connection) return Promise.resolve(dbState.connection);
	if (dbState.retired || dbState.waitingOnOtherTab) return Promise.resolve(null);
	dbState.opening ??= open();
	return dbState.opening;
}

function open(): Promise<Db | null> {
	if (typeof indexedDB === 'undefined' || indexedDB === null) {
		reportStatus('unavailable');
		dbState.opening = null;
		return Promise.resolve(null);
	}
	return new Promise<Db | null>((resolve) => {
		let request: Promise<Db>;
		try {
			request = openDB<BackbeatDB>(DB_NAME, dbState.version, {
				upgrade: (db, oldVersion) => upgrade(db, oldVersion),
				blocked: () => handleBlocked(resolve),
				blocking: () => handleBlocking(),
				terminated: () => handleTerminated()
			});
		} catch (error) {
			// Some private modes throw synchronously from indexedDB.open.
			request = Promise.reject(error instanceof Error ? error : new Error(String(error)));
		}
		request.then(
			(db) => {
				dbState.connection = db;
				dbState.waitingOnOtherTab = false;
				dbState.opening = null;
				// Recovering from a wait or a failed open: writes may sit in memory.
				const { status } = getStorageStatus();
				if (status === 'blocked' || status === 'unavailable') {
					reportStatus('ok');
					void onReopen?.();
				}
				resolve(db);
			},
			(error: unknown) => {
				dbState.waitingOnOtherTab = false;
				dbState.opening = null;
				reportStatus('unavailable', { error });
				resolve(null);
			}
		);
	});
}

/** Another tab holds an older version open: work from memory until it closes. */
function handleBlocked(resolve: (db: Db | null) => void) {
	dbState.waitingOnOtherTab = true;
	reportStatus('blocked');
	resolve(null);
}

/** A newer version wants to open elsewhere: step aside so it can, and ask for a reload. */
export function handleBlocking() {
	dbState.connection?.close();
	dbState.connection = null;
	dbState.retired = true;
	reportStatus('blocking');
}

/** The browser closed us abnormally (storage cleared, disk error): reopen on next use. */
export function handleTerminated() {
	dbState.connection = null;
	dbState.opening = null;
}

/** Closes the connection; the next call reopens it. */
export function closeDb() {
	dbState.connection?.close();
	dbState.connection = null;
	dbState.opening = null;
}
