/**
 * Local calendar days as plain integers, so streaks and weeks are integer arithmetic.
 * The time zone is an input (a UTC-offset function) so tests are deterministic and DST-aware.
 */

export const DAY_MS = 86_400_000;

/** Minutes east of UTC at a moment: 120 in Berlin in summer, -300 in New York in winter. */
export type UtcOffset = (ms: number) => number;

/** The device's time zone, including its daylight-saving changes. */
export const deviceUtcOffset: UtcOffset = (ms) => -new Date(ms).getTimezoneOffset();

/** Whole local days since 1970-01-01 (day 0 was a Thursday). */
export function dayNumber(ms: number, offset: UtcOffset): number {
	return Math.floor((ms + offset(ms) * 60_000) / DAY_MS);
}

/**
 * 'YYYY-MM-DD' of a day number (years 1000..9999). Integer arithmetic (Howard Hinnant's civil_from_days) because
 * Date#toISOString was the slowest step of the stats over a long history.
 */
export function dayKey(day: number): string {
	const z = day + 719_468;
	const era = Math.floor(z / 146_097);
	const doe = z - era * 146_097;
	const yoe = Math.floor(
		(doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365
	);
	const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
	const mp = Math.floor((5 * doy + 2) / 153);
	const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
	const m = mp < 10 ? mp + 3 : mp - 9;
	const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
	return `${y}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`;
}

/** Monday = 0 … Sunday = 6. */
export function weekday(day: number): number {
	return (((day + 3) % 7) + 7) % 7;
}

/** The day number of the first day of the month `monthsBack` months before `day`'s month. */
export function monthStart(day: number, monthsBack = 0): number {
	const date = new Date(day * DAY_MS);
	return Date.UTC(date.getUTCFullYear(), date.getUTCMonth() - monthsBack, 1) / DAY_MS;
}
