/**
 * Formatting for the progress screen. Formatters are built once: Intl.DateTimeFormat is slow to
 * construct, and the calendar and list format hundreds of dates on open.
 */
import { DAY_MS } from '$lib/calendar/days';

const sessionDate = new Intl.DateTimeFormat(undefined, {
	weekday: 'short',
	day: 'numeric',
	month: 'short',
	year: 'numeric',
	hour: '2-digit',
	minute: '2-digit'
});
// Day numbers are local days already, so they are formatted as UTC midnights.
const dayMonth = new Intl.DateTimeFormat(undefined, {
	day: 'numeric',
	month: 'long',
	timeZone: 'UTC'
});
const monthYear = new Intl.DateTimeFormat(undefined, {
	month: 'long',
	year: 'numeric',
	timeZone: 'UTC'
});
const shortDay = new Intl.DateTimeFormat(undefined, {
	day: 'numeric',
	month: 'short',
	timeZone: 'UTC'
});

/** "Tue, 3 Mar 2026, 09:15" in the device's locale and time zone. */
export const formatSessionDate = (ms: number) => sessionDate.format(ms);
/** "12 March" for a local day number. */
export const formatDayMonth = (day: number) => dayMonth.format(day * DAY_MS);
/** "March 2026" for a local day number. */
export const formatMonth = (day: number) => monthYear.format(day * DAY_MS);
/** "3 Mar" for a 'YYYY-MM-DD' key. */
export const formatDayKey = (key: string) => shortDay.format(Date.parse(`${key}T00:00:00Z`));

/** "1 session", "2 sessions". */
export const plural = (n: number, one: string, many = `${one}s`) =>
	`${n.toLocaleString()} ${n === 1 ? one : many}`;

/** Active time as "under a minute", "1 min", "12 min". */
export function formatMinutes(seconds: number): string {
	if (seconds < 60) return seconds === 0 ? '0 min' : 'under a minute';
	return `${Math.round(seconds / 60).toLocaleString()} min`;
}

/** A pain score or a dash for "not rated". */
export const painText = (score: number | null | undefined) =>
	score === null || score === undefined ? 'not rated' : `${score} of 10`;
