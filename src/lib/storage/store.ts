/**
 * Reads and writes with a memory fallback. Every module goes through here so that a refused
 * write (quota, private mode, a closed connection) never throws into the player: the record is
 * kept in an in-memory overlay that later reads on this page merge in, and the status channel
 * says what happened. The overlay is flushed to IndexedDB after the next successful write.
 */
import type { IDBPObjectStore, StoreValue } from 'idb';
import {
	ACTIVE_KEY,
	INDEX_FIELDS,
	KEY_PATH_STORES,
	SETTINGS_KEY,
	getDb,
	setReopenHook,
	type BackbeatDB,
	type Db,
	type StoreName
} from './db';
import { getStorageStatus, reportStatus } from './status';

export type Value<S extends StoreName> = StoreValue<BackbeatDB, S>;

/** One change: put a record, or delete one by key. */
export type Write = {
	[S in StoreName]: { store: S; put: Value<S> } | { store: S; delete: string };
}[StoreName];

/** Marks a key deleted in the overlay, hiding a stale copy still in IndexedDB. */
const GONE = Symbol('deleted');
type Pending = unknown;
const overlay = new Map<StoreName, Map<string, Pending>>();

/** The key a record is stored under: `id`, or the fixed key of a one-record store. */
export function keyOf<S extends StoreName>(store: S, value: Value<S>): string {
	if (store === 'settings') return SETTINGS_KEY;
	if (store === 'active') return ACTIVE_KEY;
	return (value as { id: string }).id;
}

const usesKeyPath = (store: StoreName) => (KEY_PATH_STORES as readonly string[]).includes(store);

function overlayOf(store: StoreName): Map<string, Pending> {
	let map = overlay.get(store);
	if (!map) overlay.set(store, (map = new Map<string, Pending>()));
	return map;
}

/** How many writes are waiting in memory for IndexedDB. */
export function pendingWrites(): number {
	let n = 0;
	for (const map of overlay.values()) n += map.size;
	return n;
}

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
	for (const write of writes) overlay.get(write.store)?.delete(keyOfWrite(write));
	if (pendingWrites() > 0) await flushPending();
	else if (getStorageStatus().status !== 'ok') reportStatus('ok');
	return true;
}

/**
 * Tries to save what the overlay holds (after space was freed, or a blocked open went through).
 * The UI can offer it as "Try again". Resolves true when nothing is left in memory.
 */
export async function flushPending(): Promise<boolean> {
	const snapshot: [StoreName, string, Pending][] = [];
	for (const [store, map] of overlay) for (const [key, v] of map) snapshot.push([store, key, v]);
	if (snapshot.length === 0) return true;
	const db = await getDb();
	if (!db) return false;
	const writes = snapshot.map(
		([store, key, value]) =>
			(value === GONE ? { store, delete: key } : { store, put: value }) as Write
	);
	try {
		await writeAll(db, writes);
	} catch (error) {
		reportFailure(error);
		return false;
	}
	// Drop only entries unchanged since the snapshot; newer ones wait for the next flush.
	for (const [store, key, value] of snapshot) {
		const map = overlayOf(store);
		if (map.get(key) === value) map.delete(key);
	}
	if (pendingWrites() === 0) reportStatus('ok');
	return pendingWrites() === 0;
}
setReopenHook(async () => {
	await flushPending();
});

function keyOfWrite(write: Write): string {
	return 'delete' in write ? write.delete : keyOf(write.store, write.put);
}

function keep(writes: Write[]) {
	for (const write of writes) {
		overlayOf(write.store).set(keyOfWrite(write), 'delete' in write ? GONE : write.put);
	}
}

function reportFailure(error: unknown) {
	const name = (error as { name?: unknown } | null)?.name;
	if (name === 'QuotaExceededError') reportStatus('quota', { error });
	// A write racing a `blocking` close fails too; keep the more useful "reload" message.
	else if (getStorageStatus().status !== 'blocking') reportStatus('write-failed', { error });
}

type AnyStore = IDBPObjectStore<BackbeatDB, StoreName[], StoreName, 'readwrite'>;

/** The raw transaction. Only IDB requests are awaited inside it, or it would auto-commit. */
async function writeAll(db: Db, writes: Write[]) {
	const stores = [...new Set(writes.map((w) => w.store))];
	const tx = db.transaction(stores, 'readwrite');
	const requests: Promise<unknown>[] = [tx.done];
	try {
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
async function read<T>(fallback: T, run: (db: Db) => Promise<T>): Promise<T> {
	const db = await getDb();
	if (!db) return fallback;
	try {
		return await run(db);
	} catch (error) {
		reportStatus('unavailable', { error, message: 'Backbeat could not read your saved data.' });
		return fallback;
	}
}

/** One record by key, or undefined. */
export async function get<S extends StoreName>(
	store: S,
	key: string
): Promise<Value<S> | undefined> {
	const kept = overlay.get(store)?.get(key);
	if (kept === GONE) return undefined;
	if (kept !== undefined) return kept as Value<S>;
	return read(undefined, (db) => db.get(store, key));
}

/** Every record of a store, memory included, in key order. */
export async function getAll<S extends StoreName>(store: S): Promise<Value<S>[]> {
	const stored = await read([] as Value<S>[], (db) => db.getAll(store));
	return merge(store, stored, () => true).sort((a, b) => compare(keyOf(store, a), keyOf(store, b)));
}

/** The number of records in a store, memory included. */
export async function count(store: StoreName): Promise<number> {
	const map = overlay.get(store);
	const keys = [...(map?.keys() ?? [])];
	const [total, existing] = await read([0, keys.map(() => false)], async (db) => {
		const tx = db.transaction(store);
		return Promise.all([
			tx.store.count(),
			Promise.all(keys.map(async (k) => (await tx.store.getKey(k)) !== undefined))
		]);
	});
	let n = total;
	keys.forEach((key, i) => {
		const isGone = map?.get(key) === GONE;
		if (isGone && existing[i]) n--;
		if (!isGone && !existing[i]) n++;
	});
	return n;
}

type Indexed = keyof typeof INDEX_FIELDS;
type IndexName<S extends Indexed> = keyof (typeof INDEX_FIELDS)[S] & string;
type Bound = number | string;

export interface IndexQuery {
	lower?: Bound;
	upper?: Bound;
	lowerOpen?: boolean;
	upperOpen?: boolean;
	/** 'prev' gives newest first on a time index. */
	direction?: 'next' | 'prev';
	limit?: number;
}

/** Records in index order (ties by key, as IndexedDB does), memory included. */
export async function queryIndex<S extends Indexed>(
	store: S,
	index: IndexName<S>,
	query: IndexQuery = {}
): Promise<Value<S>[]> {
	const field = (INDEX_FIELDS[store] as Record<string, string>)[index] as string;
	const { direction = 'next', limit } = query;
	// Memory may hide some stored records, so ask IndexedDB for enough to still fill `limit`.
	const want = limit === undefined ? undefined : limit + (overlay.get(store)?.size ?? 0);
	const stored = await read([] as Value<S>[], async (db) => {
		const range = keyRange(query);
		const idx = db.transaction(store).store.index(index as never);
		if (want === undefined) {
			const all = await idx.getAll(range);
			return direction === 'prev' ? all.reverse() : all;
		}
		const out: Value<S>[] = [];
		let cursor = await idx.openCursor(range, direction);
		while (cursor && out.length < want) {
			out.push(cursor.value);
			cursor = await cursor.continue();
		}
		return out;
	});
	const valueOf = (r: Value<S>) =>
		(r as Record<string, unknown>)[field] as Bound | null | undefined;
	const merged = merge(store, stored, (r) => inRange(valueOf(r), query));
	const sign = direction === 'prev' ? -1 : 1;
	merged.sort(
		(a, b) =>
			sign * (compare(valueOf(a)!, valueOf(b)!) || compare(keyOf(store, a), keyOf(store, b)))
	);
	return limit === undefined ? merged : merged.slice(0, limit);
}

/** Stored records with memory's deletions and newer copies applied. */
function merge<S extends StoreName>(
	store: S,
	stored: Value<S>[],
	matches: (record: Value<S>) => boolean
): Value<S>[] {
	const map = overlay.get(store);
	if (!map || map.size === 0) return stored;
	const out = stored.filter((r) => !map.has(keyOf(store, r)));
	for (const kept of map.values()) {
		if (kept !== GONE && matches(kept as Value<S>)) out.push(kept as Value<S>);
	}
	return out;
}

function keyRange(q: IndexQuery): IDBKeyRange | undefined {
	if (q.lower !== undefined && q.upper !== undefined)
		return IDBKeyRange.bound(q.lower, q.upper, q.lowerOpen, q.upperOpen);
	if (q.lower !== undefined) return IDBKeyRange.lowerBound(q.lower, q.lowerOpen);
	if (q.upper !== undefined) return IDBKeyRange.upperBound(q.upper, q.upperOpen);
	return undefined;
}

/** Mirrors IDBKeyRange.includes; records whose field is not a key are not in the index at all. */
function inRange(value: Bound | null | undefined, q: IndexQuery): boolean {
	if (typeof value !== 'number' && typeof value !== 'string') return false;
	if (q.lower !== undefined) {
		const c = compare(value, q.lower);
		if (c < 0 || (c === 0 && q.lowerOpen)) return false;
	}
	if (q.upper !== undefined) {
		const c = compare(value, q.upper);
		if (c > 0 || (c === 0 && q.upperOpen)) return false;
	}
	return true;
}

/** IndexedDB key order for our key types: numbers before strings. */
function compare(a: Bound, b: Bound): number {
	if (typeof a !== typeof b) return typeof a === 'number' ? -1 : 1;
	return a < b ? -1 : a > b ? 1 : 0;
}

/** Forgets memory-held writes (tests, and "delete all my data"). */
export function clearPending(stores?: StoreName[]) {
	if (!stores) overlay.clear();
	else for (const store of stores) overlay.delete(store);
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
		const tx = db.transaction(stores, 'readwrite');
		await Promise.all([...stores.map((s) => tx.objectStore(s).clear()), tx.done]);
		return true;
	} catch (error) {
		reportFailure(error);
		return false;
	}
}
