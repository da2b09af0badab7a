/**
 * Whether this browser holds any Backbeat data at all, asked without loading the storage code
 * (idb, valibot, the record checks: about 9 KB gzipped). On a first visit there is nothing to
 * read, so the home page skips that download; the first save creates the database as before.
 * Kept apart from db.ts so that importing it pulls in only the status channel, which every
 * page's storage banner loads anyway.
 */
import { reportStatus } from './status';

/** The IndexedDB database name; db.ts re-exports it (one home for the name). */
export const DB_NAME = 'backbeat';

/**
 * True when the database exists, or when the browser cannot say (no `indexedDB.databases()`,
 * or it fails): then the caller loads the storage code as it would have anyway. When it does
 * not exist, checks once that IndexedDB opens at all (see `checkOpens`).
 */
export async function hasStoredData(): Promise<boolean> {
	try {
		if (typeof indexedDB === 'undefined') return true;
		if (typeof indexedDB.databases !== 'function') return true;
		const databases = await indexedDB.databases();
		if (databases.some((d) => d.name === DB_NAME)) return true;
		void checkOpens();
		return false;
	} catch {
		return true;
	}
}

/** The check's one run per page load; storage/testing.ts empties it between specs. */
export const openCheck: { done: Promise<void> | null } = { done: null };

/**
 * Issue 22: with nothing stored no page opens the database, so a browser that refuses storage
 * (some private modes throw from `indexedDB.open`, others fail the request a moment later)
 * went unreported wherever only this module was asked, the home page above all. This opens the
 * database as it is and, when it would be created, aborts that: nothing is left behind (the
 * first save creates it with its stores), and a refusal is reported as db.ts reports it.
 */
export function checkOpens(): Promise<void> {
	openCheck.done ??= new Promise<void>((resolve) => {
		const refused = (error: unknown) => {
			reportStatus('unavailable', { error });
			resolve();
		};
		try {
			const request = indexedDB.open(DB_NAME);
			let opens = false;
			request.onupgradeneeded = () => {
				opens = true;
				request.transaction?.abort();
			};
			// Created meanwhile (this page's first save, another tab): it opens.
			request.onsuccess = () => {
				request.result.close();
				resolve();
			};
			request.onerror = (event) => {
				event.preventDefault();
				if (opens) resolve();
				else refused(request.error);
			};
		} catch (error) {
			refused(error);
		}
	});
	return openCheck.done;
}
