import type { Routine, SimpleStep } from '../routine/schema';
import { SPOKEN } from '../text/spoken';
import type { CueTemplate, SegmentKind } from './types';

/**
 * The spoken and beeped 3-2-1 before time runs: after a get-ready, after a Done tap, after a
 * one-tap resume (the player's count-in uses the same number and words).
 */
export const COUNT_IN_SECONDS = 3;

/**
 * Where the opening "Get ready" goes: only before a routine that starts straight away with a
 * step on the clock. A routine that opens with a get-ready or an untimed step ("Wrap the
 * pack") has its own time to get ready; the 3-2-1 after it (`needsCountIn`) takes the place of
 * this one, so nothing is counted in twice. -1: no opening "Get ready".
 */
export function prepareStepIndex(routine: Routine): number {
	const first = routine.steps[0];
	if (!first || first.type === 'untimed' || first.type === 'get-ready') return -1;
	return 0;
}

/** Segments after which the next exercise gets a 3-2-1: a get-ready and a Done tap. */
const COUNT_IN_AFTER: ReadonlySet<SegmentKind> = new Set<SegmentKind>(['get-ready', 'untimed']);

/**
 * Whether step `step` starts with a 3-2-1 count-in, coming after a segment of kind `after`:
 * an exercise (timed, hold, tempo) right after a get-ready or an untimed step. A rest needs
 * no count, nor does a second get-ready.
 */
export function needsCountIn(step: SimpleStep, after: SegmentKind | undefined): boolean {
	if (after === undefined || !COUNT_IN_AFTER.has(after)) return false;
	return step.type === 'timed' || step.type === 'hold' || step.type === 'tempo';
}

/**
 * The cues of a prepare segment: its "Get ready: …" when it has one (the opening one), and a
 * spoken and beeped "3", "2", "1" over its last seconds, never on the instant its "Get ready"
 * is said. The count is the count-in, so it plays whatever the countdown-beeps setting says.
 */
export function prepareCues(o: {
	durationMs: number;
	announce?: string | undefined;
}): CueTemplate[] {
	const out: CueTemplate[] = [];
	if (o.announce !== undefined) out.push({ type: 'announce', offsetMs: 0, text: o.announce });
	const whole = Math.ceil(o.durationMs / 1000) - (o.announce !== undefined ? 1 : 0);
	for (let n = Math.min(COUNT_IN_SECONDS, whole); n >= 1; n--) {
		out.push({
			type: 'countdown',
			offsetMs: Math.max(0, o.durationMs - n * 1000),
			text: SPOKEN.countIn(n),
			n
		});
	}
	return out;
}
