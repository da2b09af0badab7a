/**
 * Restoring a backup by merging it into what is stored: nothing is duplicated (records match by
 * id) and nothing is lost (of two different records with one id, the later one is kept).
 */
import { ACTIVE_KEY, SETTINGS_KEY } from './db';
import { parseBackup } from './backup';
import { commit, get, getAll, type Value, type Write } from './store';

export interface ImportCounts {
	/** Records new to this device. */
	added: number;
	/** Stored records replaced by a later version from the backup. */
	replaced: number;
	/** Records already here (identical, or the stored one is later). */
	skipped: number;
}

export type ImportResult =
	| ({
			ok: true;
			/** false when kept in memory only (see the status) */ saved: boolean;
	  } & ImportCounts)
	| { ok: false; errors: string[] };

export interface ImportOptions {
	/**
	 * 'if-missing' (default) takes the backup's settings only on a device that has none, so
	 * restoring to a new phone brings them along but merging never overrides this device's.
	 */
	settings?: 'if-missing' | 'replace';
}

/**
 * Imports a backup (JSON text or parsed). Everything is validated first; on any error nothing
 * is written and the errors name their paths. Then all changes go in one transaction.
 */
export async function importBackup(
	input: unknown,
	options: ImportOptions = {}
): Promise<ImportResult> {
	const parsed = parseBackup(input);
	if (!parsed.ok) return parsed;
	const { backup } = parsed;
	const counts: ImportCounts = { added: 0, replaced: 0, skipped: 0 };
	const writes: Write[] = [];
	const [sessions, checkins, routines, settings, active, runs, ledger] = await Promise.all([
		getAll('sessions'),
		getAll('checkins'),
		getAll('custom-routines'),
		get('settings', SETTINGS_KEY),
		get('active', ACTIVE_KEY),
		getAll('plan-runs'),
		getAll('plan-ledger')
	]);
	const merge = <
		S extends 'sessions' | 'checkins' | 'custom-routines' | 'plan-runs' | 'plan-ledger'
	>(
		store: S,
		stored: Value<S>[],
		incoming: Value<S>[],
		time: (r: Value<S>) => number
	) => {
		const byId = new Map(stored.map((r) => [r.id, r]));
		const fresh = new Set<string>();
		for (const record of incoming) {
			const current = byId.get(record.id);
			if (current && (sameRecord(current, record) || time(current) >= time(record))) {
				counts.skipped++;
				continue;
			}
			// A second copy inside the file itself replaces the first but is not a new record.
			if (!current) fresh.add(record.id);
			counts[!current ? 'added' : fresh.has(record.id) ? 'skipped' : 'replaced']++;
			byId.set(record.id, record);
			writes.push({ store, put: record } as Write);
		}
	};
	merge('sessions', sessions, backup.sessions, (r) => r.endedAt);
	merge('checkins', checkins, backup.checkins, (r) => r.time);
	merge('custom-routines', routines, backup.customRoutines, (r) => r.savedAt);
	merge('plan-runs', runs, backup.planRuns, (r) => r.savedAt);
	merge('plan-ledger', ledger, backup.planLedger, (r) => r.at);
	if (!settings || options.settings === 'replace') {
		writes.push({ store: 'settings', put: { ...backup.settings } });
	}
	// A checkpoint only fills an empty slot: never replace a workout in progress on this device.
	if (!active && backup.active) writes.push({ store: 'active', put: backup.active });
	const saved = await commit(writes);
	return { ok: true, saved, ...counts };
}

/** Deep equality for JSON-like records, ignoring key order and undefined fields. */
function sameRecord(a: unknown, b: unknown): boolean {
	if (a === b) return true;
	if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
	if (Array.isArray(a) !== Array.isArray(b)) return false;
	const defined = (o: object) =>
		Object.entries(o).filter(([, value]) => value !== undefined) as [string, unknown][];
	const left = defined(a);
	const right = new Map(defined(b));
	return (
		left.length === right.size &&
		left.every(([k, value]) => right.has(k) && sameRecord(value, right.get(k)))
	);
}
