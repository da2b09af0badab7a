/**
 * Every way Backbeat writes a duration, a number or a date: one file to change a unit or a
 * word. Pure (Intl is part of the language). Date formatters are built once, on first use: Intl.DateTimeFormat
 * is slow to construct, and the calendar and list format hundreds of dates on open.
 */
import { DAY_MS } from '../calendar/days';

/** "10 s", "4 min", "1 min 30 s": a step's timing, exact. */
export function formatSeconds(total: number): string {
	if (total < 60) return `${total} s`;
	const m = Math.floor(total / 60);
	const s = total % 60;
	return s ? `${m} min ${s} s` : `${m} min`;
}

/** "12 min", "45 s", "1 h 5 min": rounded for a card. */
export function formatDuration(totalSeconds: number): string {
	if (totalSeconds < 60) return `${totalSeconds} s`;
	const minutes = Math.round(totalSeconds / 60);
	if (minutes < 60) return `${minutes} min`;
	const h = Math.floor(minutes / 60);
	const m = minutes % 60;
	return m ? `${h} h ${m} min` : `${h} h`;
}

/** "2:05" for a countdown or time spent. */
export function formatClock(totalSeconds: number): string {
	const s = Math.max(0, Math.ceil(totalSeconds));
	const m = Math.floor(s / 60);
	return `${m}:${String(s % 60).padStart(2, '0')}`;
}

/**
 * A date formatter built on its first use and kept: building one costs a phone several
 * milliseconds (the locale's data is loaded), and this module is imported by every page, most
 * of which format no date while they start (issue 15: four built at import time were 46 ms of
 * the routine page's start at a phone's speed).
 */
function dateFormat(options: Intl.DateTimeFormatOptions): (value: number) => string {
	let format: Intl.DateTimeFormat | undefined;
	return (value) => (format ??= new Intl.DateTimeFormat(undefined, options)).format(value);
}

const sessionDate = dateFormat({
	weekday: 'short',
	day: 'numeric',
	month: 'short',
	year: 'numeric',
	hour: '2-digit',
	minute: '2-digit'
});
// Day numbers are local days already, so they are formatted as UTC midnights.
const dayMonth = dateFormat({ day: 'numeric', month: 'long', timeZone: 'UTC' });
const monthYear = dateFormat({ month: 'long', year: 'numeric', timeZone: 'UTC' });
const shortDay = dateFormat({ day: 'numeric', month: 'short', timeZone: 'UTC' });

/** "Tue, 3 Mar 2026, 09:15" in the device's locale and time zone. */
export const formatSessionDate = (ms: number) => sessionDate(ms);
/** "12 March" for a local day number. */
export const formatDayMonth = (day: number) => dayMonth(day * DAY_MS);
/** "March 2026" for a local day number. */
export const formatMonth = (day: number) => monthYear(day * DAY_MS);
/** "3 Mar" for a 'YYYY-MM-DD' key. */
export const formatDayKey = (key: string) => shortDay(Date.parse(`${key}T00:00:00Z`));

/** Active time as "under a minute", "1 min", "12 min". */
export function formatMinutes(seconds: number): string {
	if (seconds < 60) return seconds === 0 ? '0 min' : 'under a minute';
	return `${Math.round(seconds / 60).toLocaleString()} min`;
}

/** A pain score or a dash for "not rated". */
export const painText = (score: number | null | undefined) =>
	score === null || score === undefined ? 'not rated' : `${score} of 10`;

/** "3 Mar 2024, 09:15": a date and time in the device's locale and zone (the CSV files). */
export const formatDateTime = dateFormat({ dateStyle: 'medium', timeStyle: 'short' });

/** Formatters for a time zone (a plan's), built once per zone and options. */
const zoned = new Map<string, Intl.DateTimeFormat>();
function inZone(ms: number, timeZone: string, options: Intl.DateTimeFormatOptions): string {
	const key = `${timeZone} ${JSON.stringify(options)}`;
	let format = zoned.get(key);
	if (!format)
		zoned.set(key, (format = new Intl.DateTimeFormat(undefined, { ...options, timeZone })));
	return format.format(ms);
}

/** A time in a plan's zone, in the person's locale: "14:00" or "2:00 PM". */
export const clockTime = (ms: number, timeZone: string) =>
	inZone(ms, timeZone, { timeStyle: 'short' });

/** "Monday, 7 December 2026 at 08:00" in a plan's zone: when a plan starts. */
export const formatStartIn = (ms: number, timeZone: string) =>
	inZone(ms, timeZone, { dateStyle: 'full', timeStyle: 'short' });

const weekdayLetter = dateFormat({ weekday: 'narrow', timeZone: 'UTC' });
/** The seven weekdays' initials in the device's locale, Monday first: "M", "T", "W"… */
export const weekdayInitials = () =>
	// 2024-01-01 was a Monday (day 19723).
	Array.from({ length: 7 }, (_, i) => weekdayLetter((19_723 + i) * DAY_MS));
