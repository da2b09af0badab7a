/**
 * Whether this browser holds any Backbeat data at all, asked without loading the storage code
 * (idb, valibot, the record checks: about 9 KB gzipped). On a first visit there is nothing to
 * read, so the home page skips that download; the first save creates the database as before.
 * Kept apart from db.ts so that importing it pulls in nothing else.
 */

/** The IndexedDB database name; db.ts re-exports it (one home for the name). */
export const DB_NAME = 'backbeat';

/**
 * True when the database exists, or when the browser cannot say (no `indexedDB.databases()`,
 * or it fails): then the caller loads the storage code as it would have anyway.
 */
export async function hasStoredData(): Promise<boolean> {
	try {
		if (typeof indexedDB === 'undefined') return true;
		if (typeof indexedDB.databases !== 'function') return true;
		const databases = await indexedDB.databases();
		return databases.some((d) => d.name === DB_NAME);
	} catch {
		return true;
	}
}
