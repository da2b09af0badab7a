import { DURING_EXERCISE } from '../content/safety';
import type { Routine } from '../routine/schema';
import { SPOKEN } from '../text/spoken';
import { WORDS_PER_SECOND } from '../text/speech-time';
import type { Segment } from './types';

/**
 * Full voice guidance, the words and how long they take: one home for the estimate of speech
 * time, so the lead-ins (guidance-lead-in.ts) and the cues (segment-cues.ts) agree.
 */

/** A breath between two sentences, so they do not run into each other. */
export const SENTENCE_GAP_MS = 500;
/** The longest lead-in before a step: beyond it the intro falls back to name and stop line. */
export const LEAD_IN_MAX_MS = 30_000;

/**
 * How long `text` takes to say at rate 1, in whole ms (0 for nothing): the words alone, at the
 * speaking rate the player's estimate uses (text/speech-time.ts). Lead-ins add SENTENCE_GAP_MS
 * per sentence and round up to whole seconds, which covers that estimate's pauses.
 */
export function speechMs(text: string | undefined): number {
	const words = text ? text.trim().split(/\s+/).filter(Boolean).length : 0;
	return Math.ceil((words / WORDS_PER_SECOND) * 1000);
}

/** One sentence of Full guidance, with today's short cue to say instead when it would not fit. */
export interface Line {
	text: string;
	short?: string;
}

/** Time to say `lines` one after the other, each followed by a short gap. */
export function linesMs(lines: readonly Line[]): number {
	return lines.reduce((t, line) => t + speechMs(line.text) + SENTENCE_GAP_MS, 0);
}

/** "8 times, each side", "45 seconds": how long a step runs, from its first segment. */
export function howLongOf(seg: Segment | undefined): string | undefined {
	if (!seg) return undefined;
	const eachSide = seg.side !== undefined;
	if (seg.rep) return SPOKEN.howLong({ reps: seg.rep.of, eachSide });
	if (seg.kind === 'timed') return SPOKEN.howLong({ seconds: seg.durationMs / 1000, eachSide });
	return undefined;
}

/**
 * The routine's own stop rule, said once before its first exercise with Full guidance: its first
 * safety note that starts with "Stop" (every built-in routine has one), else the rule that holds
 * during every exercise.
 */
export function routineStopRule(routine: Pick<Routine, 'safety'>): string {
	return routine.safety.find((note) => /^stop\b/i.test(note.trim())) ?? DURING_EXERCISE;
}

/**
 * What can be said before a step, best first: its name with how long it runs, its instructions
 * and its stop line; the same without how long; and, when even that is too long, the name and
 * the stop line only (the stop line is the one sentence never left out). Before the routine's
 * first exercise, `rule` (the routine's stop rule) follows the name in every choice.
 */
export function introChoices(seg: Segment, rule?: string): { full: Line[][]; fallback: Line[] } {
	const short = SPOKEN.nextUp(seg.name);
	const howLong = howLongOf(seg);
	const named = (withHow: boolean): Line => ({
		text: SPOKEN.nextStep({ name: seg.name, howLong: withHow ? howLong : undefined }),
		short
	});
	const rest: Line[] = [];
	if (rule) rest.push({ text: rule });
	if (seg.instructions) rest.push({ text: seg.instructions });
	if (seg.stopIf) rest.push({ text: seg.stopIf });
	const stop: Line[] = [
		...(rule ? [{ text: rule }] : []),
		...(seg.stopIf ? [{ text: seg.stopIf }] : [])
	];
	const full = howLong
		? [
				[named(true), ...rest],
				[named(false), ...rest]
			]
		: [[named(false), ...rest]];
	return { full, fallback: [named(false), ...stop] };
}
