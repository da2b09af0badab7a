/**
 * When Backbeat treats a pain score as a warning. Pure: scores and times come in as data.
 *
 * - A **recorded spasm** is a recent, high pain check-in: the newest check-in (before, after or
 *   "it hurts") from the last 72 hours scored 7 or more out of 10. 72 hours is the "first days"
 *   window the facts give for cold packs; a later, lower score means it has eased.
 * - **Rising pain** after a routine is a score 2 or more above the one before it, or 7 or more.
 */

/** A score of 7 or more out of 10 is high. */
export const HIGH_PAIN = 7;
/** A rise of 2 or more points during a routine counts as rising pain. */
export const PAIN_RISE = 2;
/** Check-ins older than this (72 hours) no longer say someone is in the first days. */
export const RECENT_MS = 72 * 60 * 60 * 1000;

/** True when the pain after a routine calls for the "stop for today" card. */
export function isRisingPain(before: number | null | undefined, after: number): boolean {
	if (after >= HIGH_PAIN) return true;
	return before !== null && before !== undefined && after - before >= PAIN_RISE;
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
