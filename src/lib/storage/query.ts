/**
 * Index queries (newest sessions, check-ins in a time range) that also see memory-held writes,
 * sorted the way IndexedDB sorts: by the index field, then by key.
 */
import { INDEX_FIELDS } from './db';
import { keyOf, merge, pendingKeys, type Value } from './overlay';
import { read } from './store';

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
	const want = limit === undefined ? undefined : limit + pendingKeys(store).length;
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
