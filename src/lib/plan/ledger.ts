/**
 * The ledger: what became of each occurrence. "done" and "skipped" are recorded (by hand, or
 * done by finishing the routine, read from the session history); "missed" and "due" are derived
 * from the time, so nothing needs writing when a walk is forgotten.
 */
import type { Occurrence } from './schedule';

export const ENTRY_STATUSES = ['done', 'skipped'] as const;
export type EntryStatus = (typeof ENTRY_STATUSES)[number];
export type ItemStatus = EntryStatus | 'missed' | 'due' | 'upcoming';

/** A recorded outcome for one occurrence (by its key). */
export interface LedgerEntry {
	/** `${runId}|${occurrence key}`: one entry per occurrence, the latest wins. */
	id: string;
	runId: string;
	key: string;
	routine: string;
	dueAt: number;
	status: EntryStatus;
	/** When it was marked. */
	at: number;
}

/** A played session, as far as the ledger cares. */
export interface PlayedSession {
	routineId: string;
	endedAt: number;
	outcome: 'finished' | 'ended';
}

export interface LedgerRow extends Occurrence {
	status: ItemStatus;
	/** How a done item got done: marked by hand or by finishing the routine. */
	by?: 'hand' | 'routine';
	/** When it was done or skipped. */
	doneAt?: number;
}

/** A routine finished this long before an item's time still counts for it. */
export const EARLY_MS = 30 * 60_000;

/** Each occurrence with its status at `now`. A finished session counts for one item only. */
export function ledgerRows(options: {
	occurrences: readonly Occurrence[];
	entries: readonly LedgerEntry[];
	sessions: readonly PlayedSession[];
	now: number;
}): LedgerRow[] {
	const { occurrences, now } = options;
	const byKey = new Map(options.entries.map((e) => [e.key, e]));
	const unused = options.sessions
		.filter((s) => s.outcome === 'finished')
		.sort((a, b) => a.endedAt - b.endedAt);
	return [...occurrences]
		.sort((a, b) => a.at - b.at)
		.map((o): LedgerRow => {
			const entry = byKey.get(o.key);
			if (entry) {
				return {
					...o,
					status: entry.status,
					doneAt: entry.at,
					...(entry.status === 'done' ? { by: 'hand' } : {})
				};
			}
			const i = unused.findIndex(
				(s) => s.routineId === o.routine && s.endedAt >= o.at - EARLY_MS && s.endedAt < o.until
			);
			if (i !== -1) {
				const [session] = unused.splice(i, 1);
				return { ...o, status: 'done', by: 'routine', doneAt: session!.endedAt };
			}
			if (now >= o.until) return { ...o, status: 'missed' };
			return { ...o, status: now >= o.at ? 'due' : 'upcoming' };
		});
}

/** Today at a glance: what is due now, what comes next, what was done, skipped or missed. */
export interface DaySummary {
	due: LedgerRow[];
	next: LedgerRow | undefined;
	upcoming: LedgerRow[];
	done: LedgerRow[];
	skipped: LedgerRow[];
	missed: LedgerRow[];
}

/** Groups a day's rows for the Today view. */
export function summarize(rows: readonly LedgerRow[]): DaySummary {
	const of = (status: ItemStatus) => rows.filter((r) => r.status === status);
	const upcoming = of('upcoming');
	return {
		due: of('due'),
		next: upcoming[0],
		upcoming,
		done: of('done'),
		skipped: of('skipped'),
		missed: of('missed')
	};
}

/** A new ledger entry for marking `occurrence` done or skipped by hand. */
export function mark(options: {
	runId: string;
	occurrence: Occurrence;
	status: EntryStatus;
	now: number;
}): LedgerEntry {
	const { runId, occurrence, status, now } = options;
	return {
		id: `${runId}|${occurrence.key}`,
		runId,
		key: occurrence.key,
		routine: occurrence.routine,
		dueAt: occurrence.at,
		status,
		at: now
	};
}
