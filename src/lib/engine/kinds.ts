import type { SegmentKind } from './types';

/** Segments that end with countdown beeps. Tempo phases are too short: they get rep counts instead. */
const COUNTDOWN_KINDS: ReadonlySet<SegmentKind> = new Set<SegmentKind>([
	'prepare',
	'timed',
	'hold',
	'relax',
	'rest',
	'set-rest',
	'switch-sides',
	'lead-in'
]);

/** Only rests can be stretched with "+15 s"; switching sides has a fixed pause. */
export const REST_KINDS: ReadonlySet<SegmentKind> = new Set<SegmentKind>(['rest', 'set-rest']);

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
