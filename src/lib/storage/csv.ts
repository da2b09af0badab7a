/** Session history as CSV for a physiotherapist: opens in any spreadsheet, one row a session. */
import { formatDateTime } from '../text/format';
import type { SessionRecord } from './records';

const CSV_HEADER = [
	'date',
	'routine',
	'minutes',
	'outcome',
	'pain before',
	'pain after',
	'steps completed',
	'steps skipped'
] as const;

/**
 * The sessions oldest first as RFC 4180 CSV (CRLF line ends, quotes only where needed).
 * `formatDate` renders the date cell; tests pass a fixed one.
 */
export function sessionsCsv(
	sessions: readonly SessionRecord[],
	options: { formatDate?: (ms: number) => string } = {}
): string {
	const formatDate = options.formatDate ?? formatDateTime;
	const rows = [...sessions]
		.sort((a, b) => a.startedAt - b.startedAt)
		.map((s) => [
			formatDate(s.startedAt),
			s.routineTitle,
			String(Math.round(s.activeSeconds / 6) / 10),
			s.outcome,
			s.painBefore == null ? '' : String(s.painBefore),
			s.painAfter == null ? '' : String(s.painAfter),
			String(s.stepsCompleted),
			String(s.stepsSkipped)
		]);
	return [[...CSV_HEADER], ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/**
 * One cell. A leading = + - @ (or tab/CR) would make a spreadsheet run the cell as a formula,
 * so such cells get a ' prefix (OWASP's advice); then RFC 4180 quoting.
 */
export function csvCell(value: string): string {
	const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
	return /[",\r\n]|^\s|\s$/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
