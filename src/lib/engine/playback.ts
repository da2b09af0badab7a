import { locate, startOf, totalMs } from './locate';
import type { CueKey, Playback, Timeline } from './types';

/** Where playback is: a position and the segment (needed to tell an untimed segment from what follows it). */
export interface Location {
	pos: number;
	seg: number;
}

/** A fresh playback at the start of the timeline, not yet started. */
export function createPlayback(timeline: Timeline): Playback {
	return {
		routineId: timeline.routineId,
		routineVersion: timeline.routineVersion,
		status: 'ready',
		anchorPos: 0,
		anchorNow: 0,
		anchorSeg: 0,
		activeMs: 0,
		waitedMs: 0,
		extras: [],
		cursor: { pos: 0, seg: 0 },
		epoch: 0,
		done: [],
		skipped: []
	};
}

/**
 * Turns what the clock implies into stored status: a playing playback that has reached an
 * untimed segment is waiting there (its clock stopped on arrival), one past the end is finished.
 * Everything else is returned as is, so settling twice changes nothing.
 */
export function settle(timeline: Timeline, pb: Playback, nowMs: number): Playback {
	if (pb.status !== 'playing') return pb;
	const raw = pb.anchorPos + Math.max(0, nowMs - pb.anchorNow);
	const barrier = timeline.nextUntimed[pb.anchorSeg] ?? -1;
	const stopPos =
		barrier >= 0 ? startOf(timeline, pb.extras, barrier) : totalMs(timeline, pb.extras);
	if (raw < stopPos) return pb;
	const toSeg = barrier >= 0 ? barrier : timeline.segments.length;
	return {
		...markDone(timeline, pb, { from: pb.anchorSeg, to: toSeg }),
		status: barrier >= 0 ? 'waiting' : 'finished',
		anchorPos: stopPos,
		anchorNow: pb.anchorNow + (stopPos - pb.anchorPos),
		anchorSeg: toSeg,
		activeMs: pb.activeMs + (stopPos - pb.anchorPos)
	};
}

/** The location of a settled playback at `nowMs`. */
export function locationOf(timeline: Timeline, pb: Playback, nowMs: number): Location {
	if (pb.status !== 'playing') return { pos: pb.anchorPos, seg: pb.anchorSeg };
	const pos = pb.anchorPos + Math.max(0, nowMs - pb.anchorNow);
	return { pos, seg: Math.max(pb.anchorSeg, locate(timeline, pb.extras, pos)) };
}

/** Playing time so far (settled playback): waiting for Done and pauses are not counted. */
export function activeAt(pb: Playback, loc: Location): number {
	return pb.activeMs + (pb.status === 'playing' ? loc.pos - pb.anchorPos : 0);
}

export function waitedAt(pb: Playback, nowMs: number): number {
	return pb.waitedMs + (pb.status === 'waiting' ? Math.max(0, nowMs - pb.anchorNow) : 0);
}

/** Moves the anchor to now (settled playback), recording steps completed on the way. */
export function reanchor(timeline: Timeline, pb: Playback, nowMs: number): Playback {
	if (pb.status === 'waiting') {
		return { ...pb, waitedMs: waitedAt(pb, nowMs), anchorNow: nowMs };
	}
	if (pb.status !== 'playing') return pb;
	const loc = locationOf(timeline, pb, nowMs);
	return {
		...markDone(timeline, pb, { from: pb.anchorSeg, to: loc.seg }),
		anchorPos: loc.pos,
		anchorNow: nowMs,
		anchorSeg: loc.seg,
		activeMs: activeAt(pb, loc)
	};
}

/** Marks as done the steps whose last segment lies in [from, to): playback went through their end. */
export function markDone(
	timeline: Timeline,
	pb: Playback,
	range: { from: number; to: number }
): Playback {
	const finished: number[] = [];
	const first = timeline.segments[range.from]?.stepIndex ?? timeline.steps.length;
	for (let k = first; k < timeline.steps.length; k++) {
		const last = (timeline.steps[k]?.endSegment ?? 0) - 1;
		if (last >= range.to) break;
		if (last >= range.from) finished.push(k);
	}
	if (finished.length === 0) return pb;
	return {
		...pb,
		done: union(pb.done, finished),
		skipped: pb.skipped.filter((k) => !finished.includes(k))
	};
}

/** Marks steps as skipped unless they were already completed once. */
export function markSkipped(pb: Playback, steps: readonly number[]): Playback {
	const fresh = steps.filter((k) => !pb.done.includes(k));
	return fresh.length === 0 ? pb : { ...pb, skipped: union(pb.skipped, fresh) };
}

function union(a: readonly number[], b: readonly number[]): number[] {
	return [...new Set([...a, ...b])].sort((x, y) => x - y);
}

/** -1, 0, 1 in cue order: by position, then by segment. */
export function compareKeys(a: CueKey, b: CueKey): number {
	if (a.pos !== b.pos) return a.pos < b.pos ? -1 : 1;
	return a.seg === b.seg ? 0 : a.seg < b.seg ? -1 : 1;
}

/** A key after every cue at `pos` (finish included): nothing at `pos` is due again. */
export function afterAll(timeline: Timeline, pos: number): CueKey {
	return { pos, seg: timeline.segments.length + 1 };
}
