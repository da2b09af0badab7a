import type { Extra, Segment, Timeline } from './types';

/**
 * Positions with "+15 s" extensions applied. Extensions are rare (a few taps per session),
 * so they stay a short sorted list and every lookup walks it instead of copying the timeline.
 */

function segmentAt(timeline: Timeline, index: number): Segment {
	const segment = timeline.segments[index];
	if (!segment) throw new RangeError(`no segment ${index}`);
	return segment;
}

/** Extra ms added to one segment. */
function extraOf(extras: readonly Extra[], seg: number): number {
	for (const extra of extras) if (extra.seg === seg) return extra.ms;
	return 0;
}

/** Sum of extensions of segments before `seg`. */
function shiftBefore(extras: readonly Extra[], seg: number): number {
	let shift = 0;
	for (const extra of extras) if (extra.seg < seg) shift += extra.ms;
	return shift;
}

export function totalMs(timeline: Timeline, extras: readonly Extra[]): number {
	return timeline.totalMs + shiftBefore(extras, Infinity);
}

/** Where segment `index` starts; `segments.length` gives the end of the timeline. */
export function startOf(timeline: Timeline, extras: readonly Extra[], index: number): number {
	if (index >= timeline.segments.length) return totalMs(timeline, extras);
	return segmentAt(timeline, index).startMs + shiftBefore(extras, index);
}

export function durationOf(timeline: Timeline, extras: readonly Extra[], index: number): number {
	return segmentAt(timeline, index).durationMs + extraOf(extras, index);
}

/**
 * The timed segment containing `pos` (the last one starting at or before it), or
 * `segments.length` at or past the end. Untimed segments are found through the anchor, not here.
 */
export function locate(timeline: Timeline, extras: readonly Extra[], pos: number): number {
	let shift = 0;
	for (const extra of extras) {
		const seg = segmentAt(timeline, extra.seg);
		const start = seg.startMs + shift;
		if (pos < start) break;
		if (pos < start + seg.durationMs + extra.ms) return extra.seg;
		shift += extra.ms;
	}
	const base = pos - shift;
	const segments = timeline.segments;
	if (base >= timeline.totalMs) return segments.length;
	let lo = 0;
	let hi = segments.length - 1;
	while (lo < hi) {
		const mid = (lo + hi + 1) >> 1;
		if ((segments[mid]?.startMs ?? 0) <= base) lo = mid;
		else hi = mid - 1;
	}
	return lo;
}
