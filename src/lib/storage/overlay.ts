/**
 * The memory fallback: writes IndexedDB refused (or could not be offered), kept per store and
 * key for the rest of the page's life. Reads merge it over what IndexedDB returns, so the
 * person sees their latest session even when it could not be saved.
 */
import type { StoreValue } from 'idb';
import { ACTIVE_KEY, SETTINGS_KEY, type BackbeatDB, type StoreName } from './db';

export type Value<S extends StoreName> = StoreValue<BackbeatDB, S>;

/** One change: put a record, or delete one by key. */
export type Write = {
	[S in StoreName]: { store: S; put: Value<S> } | { store: S; delete: string };
}[StoreName];

/** Marks a key deleted in memory, hiding a stale copy still in IndexedDB. */
const GONE = Symbol('deleted');
const overlay = new Map<StoreName, Map<string, unknown>>();

/** The key a record is stored under: `id`, or the fixed key of a one-record store. */
export function keyOf<S extends StoreName>(store: S, value: Value<S>): string {
	if (store === 'settings') return SETTINGS_KEY;
	if (store === 'active') return ACTIVE_KEY;
	return (value as { id: string }).id;
}

const keyOfWrite = (write: Write) =>
	'delete' in write ? write.delete : keyOf(write.store, write.put);

function overlayOf(store: StoreName): Map<string, unknown> {
	let map = overlay.get(store);
	if (!map) overlay.set(store, (map = new Map<string, unknown>()));
	return map;
}

/** Holds writes in memory until IndexedDB takes them. */
export function keep(writes: Write[]) {
	for (const w of writes) overlayOf(w.store).set(keyOfWrite(w), 'delete' in w ? GONE : w.put);
}

/** IndexedDB now holds these writes: memory's copies would only shadow newer ones. */
export function forget(writes: Write[]) {
	for (const w of writes) overlay.get(w.store)?.delete(keyOfWrite(w));
}

/** How many writes are waiting in memory for IndexedDB. */
export function pendingWrites(): number {
	let n = 0;
	for (const map of overlay.values()) n += map.size;
	return n;
}

/** Forgets memory-held writes (tests, and "delete all my data"). */
export function clearPending(stores?: StoreName[]) {
	if (!stores) overlay.clear();
	else for (const store of stores) overlay.delete(store);
}

/** What memory says about one key: a record, deleted, or nothing (ask IndexedDB). */
export function lookup<S extends StoreName>(
	store: S,
	key: string
): { kind: 'value'; value: Value<S> } | { kind: 'gone' } | { kind: 'none' } {
	const map = overlay.get(store);
	if (!map?.has(key)) return { kind: 'none' };
	const kept = map.get(key);
	return kept === GONE ? { kind: 'gone' } : { kind: 'value', value: kept as Value<S> };
}

/** The keys memory holds for a store, and whether each is a deletion. */
export function pendingKeys(store: StoreName): { key: string; gone: boolean }[] {
	return [...(overlay.get(store) ?? [])].map(([key, v]) => ({ key, gone: v === GONE }));
}

/** A copy of every pending write, to flush; `settle` then drops the ones still unchanged. */
export function snapshot(): { write: Write; held: unknown }[] {
	const out: { write: Write; held: unknown }[] = [];
	for (const [store, map] of overlay) {
		for (const [key, held] of map) {
			const write = (held === GONE ? { store, delete: key } : { store, put: held }) as Write;
			out.push({ write, held });
		}
	}
	return out;
}

/** Drops flushed entries, except ones rewritten while the flush ran (they wait for the next). */
export function settle(flushed: { write: Write; held: unknown }[]) {
	for (const { write, held } of flushed) {
		const map = overlay.get(write.store);
		const key = keyOfWrite(write);
		if (map && map.get(key) === held) map.delete(key);
	}
}

/** Stored records with memory's deletions and newer copies applied; `matches` filters additions. */
export function merge<S extends StoreName>(
	store: S,
	stored: Value<S>[],
	matches: (record: Value<S>) => boolean = () => true
): Value<S>[] {
	const map = overlay.get(store);
	if (!map || map.size === 0) return stored;
	const out = stored.filter((r) => !map.has(keyOf(store, r)));
	for (const kept of map.values()) {
		if (kept !== GONE && matches(kept as Value<S>)) out.push(kept as Value<S>);
	}
	return out;
}
