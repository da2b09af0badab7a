/**
 * When Backbeat treats a pain score as a warning. Pure: scores and times come in as data.
 *
 * - A **recorded spasm** is a recent, high pain check-in: the newest check-in (before, after or
 *   "it hurts") from the last 72 hours scored 7 or more out of 10. 72 hours is the "first days"
 *   window the facts give for cold packs; a later, lower score means it has eased.
 * - **Rising pain** after a routine (the facts' "2-point rule") is a score 2 or more above the one
 *   before it, or 8 or more and not lower than before. A high score that fell or held in the first
 *   days of a spasm is expected: it gets encouragement, never "rest instead".
 * - **Time to book an appointment** (the third tier of content/safety.ts): check-ins of 7 or more
 *   for more than a week, or flares on three separate days within two weeks.
 */

/** A score of 7 or more out of 10 is high. */
export const HIGH_PAIN = 7;
/** A rise of 2 or more points during a routine counts as rising pain. */
export const PAIN_RISE = 2;
/** A score of 8 or more after a routine that is not lower than before it counts as rising too. */
export const VERY_HIGH_PAIN = 8;
/** Check-ins older than this (72 hours) no longer say someone is in the first days. */
export const RECENT_MS = 72 * 60 * 60 * 1000;

/** True when the pain after a routine calls for the "take it easier" card. */
export function isRisingPain(before: number | null | undefined, after: number): boolean {
	const known = before !== null && before !== undefined;
	if (known && after - before >= PAIN_RISE) return true;
	return after >= VERY_HIGH_PAIN && (!known || after >= before);
}

/**
 * What the finish screen says about the pain after a routine:
 * - `rising`: the take-it-easier card (isRisingPain);
 * - `eased`: lower than before ("well done: moving is helping");
 * - `steady`: the same as before and high (expected in the first days of a spasm);
 * - `small-rise`: up by 1 (normal if it settles within about an hour);
 * - `none`: nothing to add.
 */
export type PainAfterKind = 'rising' | 'eased' | 'steady' | 'small-rise' | 'none';

export function painAfterKind(before: number | null | undefined, after: number): PainAfterKind {
	if (isRisingPain(before, after)) return 'rising';
	if (before === null || before === undefined) return 'none';
	if (after < before) return 'eased';
	if (after === before) return after >= HIGH_PAIN ? 'steady' : 'none';
	return 'small-rise';
}

/**
 * The high score that says someone is in a spasm now, or null. `now` is the score just given
 * (it wins over stored ones); otherwise the newest check-in of the last 72 hours decides.
 */
export function spasmScore(options: {
	checkins: readonly { time: number; score: number }[];
	now: number;
	current?: number | null;
}): number | null {
	const { checkins, now, current } = options;
	if (current !== null && current !== undefined) return current >= HIGH_PAIN ? current : null;
	let newest: { time: number; score: number } | undefined;
	for (const c of checkins) {
		if (c.time > now || now - c.time > RECENT_MS) continue;
		if (!newest || c.time > newest.time) newest = c;
	}
	return newest && newest.score >= HIGH_PAIN ? newest.score : null;
}

/** A check-in, as far as the referral rule cares (storage's Checkin fits). */
export interface ReferralCheckin {
	time: number;
	score: number;
	moment: 'before' | 'after' | 'hurts';
}

const DAY_MS = 24 * 60 * 60 * 1000;
/** High pain for longer than this suggests an appointment. */
export const HIGH_FOR_MS = 7 * DAY_MS;
/** Flares on this many separate days within FLARE_WINDOW_MS suggest an appointment. */
export const FLARE_DAYS = 3;
export const FLARE_WINDOW_MS = 14 * DAY_MS;

/**
 * The days (local, as `dayKey` names them) with a flare: a check-in after a routine that counts
 * as rising pain against the check-in before it on the same routine run (the "before" just
 * earlier), or "It hurts" pressed twice on one day.
 */
export function flareDays(
	checkins: readonly ReferralCheckin[],
	dayKey: (time: number) => string
): Map<string, number> {
	const sorted = [...checkins].sort((a, b) => a.time - b.time);
	const days = new Map<string, number>();
	const hurts = new Map<string, number>();
	let lastBefore: ReferralCheckin | undefined;
	for (const c of sorted) {
		const key = dayKey(c.time);
		if (c.moment === 'before') lastBefore = c;
		else if (c.moment === 'after') {
			const before =
				lastBefore && c.time - lastBefore.time <= 6 * 60 * 60 * 1000 ? lastBefore.score : null;
			if (isRisingPain(before, c.score) && !days.has(key)) days.set(key, c.time);
			lastBefore = undefined;
		} else {
			const n = (hurts.get(key) ?? 0) + 1;
			hurts.set(key, n);
			if (n >= 2 && !days.has(key)) days.set(key, c.time);
		}
	}
	return days;
}

/**
 * Why booking an appointment is worth suggesting now, or null: every check-in of the last week
 * and a day is 7 or more and the first of them is more than a week old (pain has stayed high),
 * or flares fell on three separate days within the last two weeks. Pure; `dayKey` names the
 * local day of a time (the person's time zone).
 */
export function referralReason(options: {
	checkins: readonly ReferralCheckin[];
	now: number;
	dayKey: (time: number) => string;
}): 'high-for-a-week' | 'repeated-flares' | null {
	const { now, dayKey } = options;
	const past = options.checkins.filter((c) => c.time <= now).sort((a, b) => a.time - b.time);
	// Pain has stayed high: the newest run of check-ins of 7 or more, unbroken by a lower one,
	// spans more than a week and is still going (its last check-in is from the last three days).
	let runStart: number | undefined;
	for (const c of past) {
		if (c.score >= HIGH_PAIN) runStart ??= c.time;
		else runStart = undefined;
	}
	const newest = past.at(-1);
	if (
		runStart !== undefined &&
		newest &&
		newest.time - runStart > HIGH_FOR_MS &&
		now - newest.time <= RECENT_MS
	) {
		return 'high-for-a-week';
	}
	const recent = past.filter((c) => now - c.time <= FLARE_WINDOW_MS);
	if (flareDays(recent, dayKey).size >= FLARE_DAYS) return 'repeated-flares';
	return null;
}
