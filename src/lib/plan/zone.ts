/**
 * Wall-clock time in a named time zone, from Intl alone (no clock, no DOM). The zone is always
 * passed in, so a plan's times are the person's local times and stay right across daylight-saving
 * changes: 09:00 is 09:00 on the Sunday the clocks go forward too.
 */

/** A calendar date with no time zone: the "day" a person lives in. */
export interface CivilDate {
	year: number;
	month: number;
	day: number;
}

export interface ZonedParts extends CivilDate {
	hour: number;
	minute: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
	let f = formatters.get(timeZone);
	if (!f) {
		f = new Intl.DateTimeFormat('en-US', {
			timeZone,
			hourCycle: 'h23',
			year: 'numeric',
			month: 'numeric',
			day: 'numeric',
			hour: 'numeric',
			minute: 'numeric',
			second: 'numeric'
		});
		formatters.set(timeZone, f);
	}
	return f;
}

/** True when Intl knows the zone name (a stored zone may come from another device). */
export function isTimeZone(timeZone: string): boolean {
	try {
		formatter(timeZone);
		return true;
	} catch {
		return false;
	}
}

/** The local date and time at `ms` in `timeZone`. */
export function zonedParts(ms: number, timeZone: string): ZonedParts & { second: number } {
	const out: Record<string, number> = {};
	for (const part of formatter(timeZone).formatToParts(ms)) {
		if (part.type !== 'literal') out[part.type] = Number(part.value);
	}
	return {
		year: out.year!,
		month: out.month!,
		day: out.day!,
		hour: out.hour! % 24,
		minute: out.minute!,
		second: out.second!
	};
}

/** The zone's offset from UTC at `ms`, in minutes (Berlin in summer: 120). */
export function offsetMinutes(ms: number, timeZone: string): number {
	const p = zonedParts(ms, timeZone);
	const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
	return Math.round((asUtc - Math.floor(ms / 1000) * 1000) / 60_000);
}

const DAY_MS = 86_400_000;

/**
 * The instant when the wall clock in `timeZone` shows `minutes` past midnight on `date`.
 * A time that the clocks skip (spring forward) moves on by the gap, as clocks do; a time that
 * happens twice (autumn) is the first of the two.
 */
export function zonedToUtc(date: CivilDate, minutes: number, timeZone: string): number {
	const wall = Date.UTC(date.year, date.month - 1, date.day) + minutes * 60_000;
	// Transitions are at most one a day, so the offsets a day either side cover both readings.
	const before = offsetMinutes(wall - DAY_MS, timeZone);
	const after = offsetMinutes(wall + DAY_MS, timeZone);
	const fits = [before, after]
		.map((offset) => wall - offset * 60_000)
		.filter((t) => wallMs(t, timeZone) === wall);
	if (fits.length) return Math.min(...fits);
	return wall - before * 60_000;
}

function wallMs(ms: number, timeZone: string): number {
	const p = zonedParts(ms, timeZone);
	return Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute);
}

/** The local date at `ms`. */
export function civilDate(ms: number, timeZone: string): CivilDate {
	const { year, month, day } = zonedParts(ms, timeZone);
	return { year, month, day };
}

/** `date` moved by `days` (negative goes back). */
export function addDays(date: CivilDate, days: number): CivilDate {
	const d = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
	return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** Whole days from `a` to `b` (calendar days, whatever the clocks did in between). */
export function daysBetween(a: CivilDate, b: CivilDate): number {
	return Math.round(
		(Date.UTC(b.year, b.month - 1, b.day) - Date.UTC(a.year, a.month - 1, a.day)) / DAY_MS
	);
}

/** "2026-03-29". */
export function dateKey(date: CivilDate): string {
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${date.year}-${pad(date.month)}-${pad(date.day)}`;
}

/** "09:30" → 570. The schema has already checked the form. */
export function minutesOf(time: string): number {
	const [h, m] = time.split(':').map(Number);
	return h! * 60 + m!;
}

/** 570 → "09:30". */
export function timeOf(minutes: number): string {
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}
