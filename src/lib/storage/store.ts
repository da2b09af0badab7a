/**
 * Reads and writes with a memory fallback. Every module goes through here so that a refused
 * write (quota, private mode, a closed connection) never throws into the player: the record is
 * kept in memory (overlay.ts), later reads on this page merge it in, and the status channel says
 * what happened. Memory is flushed to IndexedDB after the next successful write.
 */
import type { IDBPObjectStore } from 'idb';
import {
	KEY_PATH_STORES,
	REVISED_STORES,
	REVISION_KEY,
	getDb,
	setReopenHook,
	type BackbeatDB,
	type Db,
	type StoreName
} from './db';
import {
	clearPending,
	forget,
	keep,
	keyOf,
	lookup,
	merge,
	pendingKeys,
	pendingWrites,
	settle,
	snapshot,
	type Value,
	type Write
} from './overlay';
import { getStorageStatus, reportStatus, STORAGE_WORDS } from './status';

export { clearPending, keyOf, pendingWrites, type Value, type Write } from './overlay';

/**
 * Applies `writes` in ONE readwrite transaction, so either all land or none does. Never throws:
 * on failure the writes are kept in memory and the status says why. Resolves true when saved.
 */
export async function commit(writes: Write[]): Promise<boolean> {
	if (writes.length === 0) return true;
	const db = await getDb();
	if (!db) {
		keep(writes); // getDb already reported unavailable / blocked / blocking
		return false;
	}
	try {
		await writeAll(db, writes);
	} catch (error) {
		keep(writes);
		reportFailure(error);
		return false;
	}
	forget(writes);
	if (pendingWrites() > 0) await flushPending();
	else if (getStorageStatus().status !== 'ok') reportStatus('ok');
	return true;
}

/**
 * Tries to save what memory holds (after space was freed, or a blocked open went through).
 * The UI can offer it as "Try again". Resolves true when nothing is left in memory.
 */
export async function flushPending(): Promise<boolean> {
	const pending = snapshot();
	if (pending.length === 0) return true;
	const db = await getDb();
	if (!db) return false;
	try {
		await writeAll(
			db,
			pending.map((p) => p.write)
		);
	} catch (error) {
		reportFailure(error);
		return false;
	}
	settle(pending);
	const done = pendingWrites() === 0;
	if (done) reportStatus('ok');
	return done;
}
setReopenHook(async () => {
	await flushPending();
});

function reportFailure(error: unknown) {
	const name = (error as { name?: unknown } | null)?.name;
	if (name === 'QuotaExceededError') reportStatus('quota', { error });
	// A write racing a `blocking` close fails too; keep the more useful "reload" message.
	else if (getStorageStatus().status !== 'blocking') reportStatus('write-failed', { error });
}

type AnyStore = IDBPObjectStore<BackbeatDB, StoreName[], StoreName, 'readwrite'>;
const usesKeyPath = (store: StoreName) => (KEY_PATH_STORES as readonly string[]).includes(store);

/** A new token for REVISION_KEY: unique per write, so equal tokens mean unchanged data. */
const newRevision = () => ({
	token: `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`
});

/** True when `stores` holds data that cached figures are computed from. */
const revises = (stores: readonly StoreName[]) => stores.some((s) => REVISED_STORES.includes(s));

/** The raw transaction. Only IDB requests are awaited inside it, or it would auto-commit. */
async function writeAll(db: Db, writes: Write[]) {
	const stores = [...new Set(writes.map((w) => w.store))];
	// The revision changes in the same transaction as the data, so it can never lag behind it.
	const revised = revises(stores);
	const tx = db.transaction(revised ? [...stores, 'cache'] : stores, 'readwrite');
	const requests: Promise<unknown>[] = [tx.done];
	try {
		if (revised) requests.push(tx.objectStore('cache').put(newRevision(), REVISION_KEY));
		for (const write of writes) {
			const os = tx.objectStore(write.store) as unknown as AnyStore;
			if ('delete' in write) requests.push(os.delete(write.delete));
			else if (usesKeyPath(write.store)) requests.push(os.put(write.put));
			else requests.push(os.put(write.put, keyOf(write.store, write.put)));
		}
	} catch (error) {
		// A put that throws (quota, a bad value) must not let the earlier puts commit alone.
		try {
			tx.abort();
		} catch {
			// already finished
		}
		await Promise.allSettled(requests);
		throw error;
	}
	const results = await Promise.allSettled(requests);
	const failed = results.find((r) => r.status === 'rejected');
	if (failed) throw tx.error ?? failed.reason;
}

/** Reads through IndexedDB when possible; on a read error falls back to memory only. */
export async function read<T>(fallback: T, run: (db: Db) => Promise<T>): Promise<T> {
	const db = await getDb();
	if (!db) return fallback;
	try {
		return await run(db);
	} catch (error) {
		reportStatus('unavailable', { error, message: STORAGE_WORDS.readFailed });
		return fallback;
	}
}

/** One record by key, or undefined. */
export async function get<S extends StoreName>(
	store: S,
	key: string
): Promise<Value<S> | undefined> {
	const kept = lookup(store, key);
	if (kept.kind === 'gone') return undefined;
	if (kept.kind === 'value') return kept.value;
	return read(undefined, (db) => db.get(store, key));
}

/** Every record of a store, memory included, in key order. */
export async function getAll<S extends StoreName>(store: S): Promise<Value<S>[]> {
	const stored = await read([] as Value<S>[], (db) => db.getAll(store));
	const key = (r: Value<S>) => keyOf(store, r);
	return merge(store, stored).sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

/** The number of records in a store, memory included. */
export async function count(store: StoreName): Promise<number> {
	const pending = pendingKeys(store);
	const [total, existing] = await read([0, pending.map(() => false)], async (db) => {
		const tx = db.transaction(store);
		return Promise.all([
			tx.store.count(),
			Promise.all(pending.map(async (p) => (await tx.store.getKey(p.key)) !== undefined))
		]);
	});
	let n = total;
	pending.forEach((p, i) => {
		if (p.gone && existing[i]) n--;
		if (!p.gone && !existing[i]) n++;
	});
	return n;
}

/**
 * Empties stores in one transaction ("delete all my data"), memory included.
 * Resolves false (and reports) when IndexedDB refused; memory is cleared either way.
 */
export async function clearStores(stores: StoreName[]): Promise<boolean> {
	clearPending(stores);
	const db = await getDb();
	if (!db) return false;
	try {
		const revised = revises(stores) && !stores.includes('cache');
		const tx = db.transaction(revised ? [...stores, 'cache'] : stores, 'readwrite');
		await Promise.all([
			...stores.map((s) => tx.objectStore(s).clear()),
			...(revised ? [tx.objectStore('cache').put(newRevision(), REVISION_KEY)] : []),
			tx.done
		]);
		return true;
	} catch (error) {
		reportFailure(error);
		return false;
	}
}
