import { speechMs } from '../text/speech-time';
import { SENTENCE_GAP_MS } from './guidance';
import { countdownBeeps } from './kinds';
import type { CueTemplate, Segment } from './types';

/** Breath cues this close before a reminder would still be talking when it starts. */
const BREATH_CLEARANCE_MS = 1500;

/**
 * A timed step's reminder ("Check your skin…"): said at each whole `remind.every` from the
 * segment's start (a per-side step's right side counts from its own start), whatever the
 * guidance, because it is about safety. Each must be heard whole before the countdown beeps:
 * one that would still be talking when they start (or when the step ends, with no beeps) is
 * left out. Time is the segment's offset, so a pause (elapsed time is derived) delays them.
 */
export function reminderCues(o: { seg: Segment; countdownSeconds: number }): CueTemplate[] {
	const { seg } = o;
	const remind = seg.remind;
	if (seg.kind !== 'timed' || !remind) return [];
	const beeps = countdownBeeps({
		kind: seg.kind,
		durationMs: seg.durationMs,
		countdownSeconds: o.countdownSeconds
	});
	const lastStart = seg.durationMs - beeps * 1000 - speechMs(remind.say) - SENTENCE_GAP_MS;
	const everyMs = remind.every * 1000;
	const out: CueTemplate[] = [];
	for (let k = 1; k * everyMs <= lastStart; k++) {
		out.push({ type: 'remind', offsetMs: k * everyMs, text: remind.say, n: k });
	}
	return out;
}

/**
 * The breath cues that do not talk over a reminder: none from just before one starts until
 * it has been said. (A step that says reminders has no "Halfway" either: segment-cues.ts.)
 */
export function breathsClearOf(
	breaths: readonly CueTemplate[],
	reminders: readonly CueTemplate[]
): CueTemplate[] {
	if (reminders.length === 0) return [...breaths];
	return breaths.filter((b) =>
		reminders.every((r) => {
			const from = r.offsetMs - BREATH_CLEARANCE_MS;
			const to = r.offsetMs + speechMs(r.text ?? '') + SENTENCE_GAP_MS;
			return b.offsetMs < from || b.offsetMs >= to;
		})
	);
}
