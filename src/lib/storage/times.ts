/**
 * The window a stored or imported timestamp must fall in. A number like 8.64e15 + 1 is a valid
 * JSON number but not a date `Date` can hold: `toISOString()` and `Intl` formatting throw on it.
 * Nothing Backbeat records predates 2000, and nothing is recorded in the future; a day of
 * slack covers a phone whose clock runs a little fast or a trip across time zones.
 */

/** 2000-01-01T00:00:00Z. */
export const EARLIEST_MS = Date.UTC(2000, 0, 1);

/** How far past this device's clock a timestamp may be. */
export const FUTURE_SLACK_MS = 86_400_000;

/** True for epoch milliseconds from 2000 to one day after now. */
export function isSaneTime(x: unknown, nowMs: number = Date.now()): x is number {
	return typeof x === 'number' && x >= EARLIEST_MS && x <= nowMs + FUTURE_SLACK_MS;
}

/** How far ahead a plan may be set to start (and its items fall due): a little over a year. */
export const PLAN_HORIZON_MS = 400 * 86_400_000;

/** True for epoch milliseconds from 2000 to a plan horizon after now (plans start later). */
export function isSanePlannedTime(x: unknown, nowMs: number = Date.now()): x is number {
	return typeof x === 'number' && x >= EARLIEST_MS && x <= nowMs + PLAN_HORIZON_MS;
}
