/** A plan's log as CSV for a physiotherapist: one row per item that fell due. */
import { pastRows } from '../plan/history';
import type { LedgerEntry, PlayedSession } from '../plan/ledger';
import type { PlanRun } from '../plan/run';
import { formatDateTime } from '../text/format';
import { csvCell } from './csv';

export const PLAN_CSV_HEADER = [
	'due',
	'plan',
	'phase',
	'routine',
	'status',
	'how',
	'marked at'
] as const;

/** Every run's past items, oldest first, as RFC 4180 CSV. */
export function planCsv(options: {
	runs: readonly PlanRun[];
	entries: readonly LedgerEntry[];
	sessions: readonly PlayedSession[];
	now: number;
	formatDate?: (ms: number) => string;
}): string {
	const formatDate = options.formatDate ?? formatDateTime;
	const rows = options.runs.flatMap((run) =>
		pastRows({
			run,
			entries: options.entries.filter((e) => e.runId === run.id),
			sessions: options.sessions,
			now: options.now
		}).map((r) => ({ run, r }))
	);
	rows.sort((a, b) => a.r.at - b.r.at);
	const lines = rows.map(({ run, r }) => [
		formatDate(r.at),
		run.plan.title,
		run.plan.phases[r.phaseIndex]?.title ?? '',
		run.titles[r.routine] ?? r.routine,
		r.status,
		r.by === 'routine' ? 'played in Backbeat' : r.by === 'hand' ? 'marked by hand' : '',
		r.doneAt === undefined ? '' : formatDate(r.doneAt)
	]);
	return (
		[[...PLAN_CSV_HEADER], ...lines].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n'
	);
}
