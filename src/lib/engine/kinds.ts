import type { SegmentKind } from './types';

/**
 * Segments that end with countdown beeps. Tempo phases are too short: they get rep counts
 * instead. A prepare segment has its own spoken 3-2-1 (prepare.ts), whatever this setting says;
 * a get-ready has none: the count-in after it is its 3-2-1, so nothing is counted twice.
 */
const COUNTDOWN_KINDS: ReadonlySet<SegmentKind> = new Set<SegmentKind>([
	'timed',
	'hold',
	'relax',
	'rest',
	'set-rest',
	'switch-sides',
	'lead-in'
]);

/**
 * Getting ready: the opening "Get ready", a get-ready step and the 3-2-1 count-ins. Not part
 * of the routine's own length (routineSeconds), so progress leaves them out.
 */
export const READY_KINDS: ReadonlySet<SegmentKind> = new Set<SegmentKind>(['prepare', 'get-ready']);

/**
 * Time outside the routine's own length: getting ready and the lead-ins of Full voice
 * guidance. The progress bar counts neither.
 */
export const OUTSIDE_KINDS: ReadonlySet<SegmentKind> = new Set<SegmentKind>([
	...READY_KINDS,
	'lead-in'
]);

/** Rests: they say "next up" (again near the end of a long one). */
export const REST_KINDS: ReadonlySet<SegmentKind> = new Set<SegmentKind>(['rest', 'set-rest']);

/**
 * What "+15 s" can stretch: rests, and a get-ready (more time to get into position). Switching
 * sides has a fixed pause.
 */
export const EXTENDABLE_KINDS: ReadonlySet<SegmentKind> = new Set<SegmentKind>([
	...REST_KINDS,
	'get-ready'
]);

/** Holds (and timed stretches, which are holds too) of 20 s or more get a halfway call. */
export const HALFWAY_KINDS: ReadonlySet<SegmentKind> = new Set<SegmentKind>(['hold', 'timed']);
export const HALFWAY_MIN_MS = 20_000;

/**
 * How many countdown beeps a segment gets: one per second before its end, never on its first
 * instant (where the segment's own start cue plays).
 */
export function countdownBeeps(options: {
	kind: SegmentKind;
	durationMs: number;
	countdownSeconds: number;
}): number {
	if (!COUNTDOWN_KINDS.has(options.kind)) return 0;
	return Math.max(0, Math.min(options.countdownSeconds, Math.ceil(options.durationMs / 1000) - 1));
}
