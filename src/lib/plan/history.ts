/**
 * A run's whole past, day by day: every occurrence that fell due while it was followed, in the
 * phase it was in at that moment, with what became of it. Used by the CSV export.
 */
import { ledgerRows, type LedgerEntry, type LedgerRow, type PlayedSession } from './ledger';
import type { PlanRun } from './run';
import { dayNumber, planDate, planDay } from './schedule';

/** The longest stretch written out, whatever the dates say (a year and a day). */
const MAX_DAYS = 366;

/** [from, to) intervals of each phase the run was in. */
export function phaseIntervals(
	run: PlanRun,
	until: number
): { phaseIndex: number; from: number; to: number }[] {
	const changes = [...run.changes].sort((a, b) => a.at - b.at);
	const out: { phaseIndex: number; from: number; to: number }[] = [];
	let phaseIndex = changes[0]?.from ?? run.phaseIndex;
	let from = run.startedAt;
	for (const change of changes) {
		if (change.at > from) out.push({ phaseIndex, from, to: change.at });
		phaseIndex = change.to;
		from = Math.max(from, change.at);
	}
	if (until > from) out.push({ phaseIndex, from, to: until });
	return out;
}

/** Every occurrence that fell due before `now` (or the stop), with its status. */
export function pastRows(options: {
	run: PlanRun;
	entries: readonly LedgerEntry[];
	sessions: readonly PlayedSession[];
	now: number;
}): LedgerRow[] {
	const { run, now } = options;
	const until = Math.min(now, run.stoppedAt ?? now);
	const intervals = phaseIntervals(run, until);
	const last = Math.min(dayNumber(run.startedAt, until, run.timeZone), MAX_DAYS);
	const occurrences = [];
	for (let d = 0; d <= last; d++) {
		const date = planDate(run.startedAt, d, run.timeZone);
		for (const span of intervals) {
			const day = planDay({
				plan: run.plan,
				phaseIndex: span.phaseIndex,
				startedAt: run.startedAt,
				date,
				waking: run.waking,
				timeZone: run.timeZone
			});
			occurrences.push(...day.filter((o) => o.at >= span.from && o.at < span.to));
		}
	}
	return ledgerRows({
		occurrences,
		entries: options.entries,
		sessions: options.sessions,
		now: until
	}).filter((r) => r.status !== 'upcoming' && (r.status !== 'due' || run.stoppedAt === undefined));
}
