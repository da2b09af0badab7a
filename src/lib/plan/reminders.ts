/** Which due items may raise a system notification: reminders on, and not in quiet hours. */
import type { LedgerRow } from './ledger';
import type { PlanRun } from './run';
import { minutesOf, zonedParts } from './zone';

/** True when `ms` falls in the run's quiet hours (which may run past midnight: 22:00–07:00). */
export function inQuietHours(run: PlanRun, ms: number): boolean {
	if (!run.quietHours) return false;
	const p = zonedParts(ms, run.timeZone);
	const m = p.hour * 60 + p.minute;
	const from = minutesOf(run.quietHours.from);
	const to = minutesOf(run.quietHours.to);
	return from <= to ? m >= from && m < to : m >= from || m < to;
}

/** The rows that just fell due and should be announced, given the keys already announced. */
export function toAnnounce(options: {
	run: PlanRun;
	rows: readonly LedgerRow[];
	announced: ReadonlySet<string>;
	now: number;
}): LedgerRow[] {
	const { run, rows, announced, now } = options;
	if (!run.reminders || inQuietHours(run, now)) return [];
	return rows.filter((r) => r.status === 'due' && !announced.has(r.key));
}
