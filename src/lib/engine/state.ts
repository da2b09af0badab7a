import { EXTENDABLE_KINDS, OUTSIDE_KINDS } from './kinds';
import { durationOf, startOf, totalMs } from './locate';
import { activeAt, locationOf, reanchor, settle, waitedAt } from './playback';
import type {
	Count,
	Extra,
	ItemKind,
	SegmentKind,
	Side,
	Playback,
	Status,
	Timeline
} from './types';

/** Everything the play screen shows, as plain data. */
export interface PlaybackView {
	status: Status;
	positionMs: number;
	/** End position, "+15 s" extensions included. */
	totalMs: number;
	stepIndex: number;
	stepCount: number;
	segmentIndex: number;
	/** Null once the end is reached. */
	segment: {
		kind: SegmentKind;
		name: string;
		instructions?: string;
		cue: string;
		stopIf?: string;
		/** An up or down phase's own word ("Lift"); absent = "Up"/"Down". */
		phase?: string;
	} | null;
	/** For the big countdown (0 while waiting for Done). */
	segmentRemainingMs: number;
	segmentDurationMs: number;
	segmentFraction: number;
	rep?: Count;
	set?: Count;
	side?: Side;
	breathing?: { phase: 'inhale' | 'exhale'; remainingMs: number; fraction: number };
	/** Share of the routine's timed part played (the prepare segment excluded). */
	overallFraction: number;
	/** Timed time left to the end. */
	remainingMs: number;
	elapsedActiveMs: number;
	waitedMs: number;
	next: { name: string; description: string; kind: ItemKind } | null;
	canAddTime: boolean;
	isUntimed: boolean;
	stepsDone: number[];
	stepsSkipped: number[];
}

/** What is on screen at `nowMs`. Pure: asking does not change the playback. */
export function stateAt(o: {
	timeline: Timeline;
	playback: Playback;
	nowMs: number;
}): PlaybackView {
	const { timeline, nowMs } = o;
	const pb = settle(timeline, o.playback, nowMs);
	const loc = locationOf(timeline, pb, nowMs);
	const marked = reanchor(timeline, pb, nowMs);
	const total = totalMs(timeline, pb.extras);
	const seg = timeline.segments[loc.seg];
	const start = startOf(timeline, pb.extras, loc.seg);
	const duration = seg ? durationOf(timeline, pb.extras, loc.seg) : 0;
	const timedMs = total - readyBefore(timeline, pb.extras, timeline.segments.length);
	const nextItem = seg ? timeline.items[seg.itemIndex + 1] : undefined;
	const view: PlaybackView = {
		status: pb.status,
		positionMs: loc.pos,
		totalMs: total,
		stepIndex: seg?.stepIndex ?? Math.max(0, timeline.steps.length - 1),
		stepCount: timeline.steps.length,
		segmentIndex: loc.seg,
		segment: seg
			? {
					kind: seg.kind,
					name: seg.name,
					cue: seg.cue,
					...(seg.instructions !== undefined && { instructions: seg.instructions }),
					...(seg.stopIf !== undefined && { stopIf: seg.stopIf }),
					...(seg.phase !== undefined && { phase: seg.phase })
				}
			: null,
		segmentRemainingMs: Math.max(0, start + duration - loc.pos),
		segmentDurationMs: duration,
		segmentFraction: duration > 0 ? clamp01((loc.pos - start) / duration) : 0,
		overallFraction:
			pb.status === 'finished'
				? 1
				: timedMs > 0
					? clamp01((loc.pos - readyAt(timeline, pb.extras, loc, start)) / timedMs)
					: loc.seg / timeline.segments.length,
		remainingMs: Math.max(0, total - loc.pos),
		elapsedActiveMs: activeAt(pb, loc),
		waitedMs: waitedAt(pb, nowMs),
		next: nextItem
			? { name: nextItem.name, description: nextItem.description, kind: nextItem.kind }
			: null,
		canAddTime:
			!!seg &&
			EXTENDABLE_KINDS.has(seg.kind) &&
			(pb.status === 'playing' || pb.status === 'paused'),
		isUntimed: seg?.kind === 'untimed',
		stepsDone: marked.done,
		stepsSkipped: marked.skipped
	};
	if (seg?.rep) view.rep = seg.rep;
	if (seg?.set) view.set = seg.set;
	if (seg?.side) view.side = seg.side;
	if (seg?.breathing) {
		const t = loc.pos - (start - (seg.startMs - seg.passStartMs));
		const inhale = seg.breathing.inhale * 1000;
		const cycle = inhale + seg.breathing.exhale * 1000;
		const m = ((t % cycle) + cycle) % cycle;
		view.breathing =
			m < inhale
				? { phase: 'inhale', remainingMs: inhale - m, fraction: m / inhale }
				: { phase: 'exhale', remainingMs: cycle - m, fraction: (m - inhale) / (cycle - inhale) };
	}
	return view;
}

/**
 * Time outside the routine's own length (kinds.ts OUTSIDE_KINDS: getting ready and lead-ins,
 * "+15 s" included) in the segments before `end`: the routine's own progress leaves it out.
 * 0 at once for a routine without any.
 */
function readyBefore(timeline: Timeline, extras: readonly Extra[], end: number): number {
	if (timeline.prepareMs === 0 && timeline.leadInMs === 0) return 0;
	let ms = 0;
	const last = Math.min(end, timeline.segments.length);
	for (let i = 0; i < last; i++) {
		if (OUTSIDE_KINDS.has(timeline.segments[i]?.kind ?? 'untimed'))
			ms += durationOf(timeline, extras, i);
	}
	return ms;
}

/** Getting-ready time up to a location: the segments before it, and this one so far. */
function readyAt(
	timeline: Timeline,
	extras: readonly Extra[],
	loc: { pos: number; seg: number },
	start: number
): number {
	const kind = timeline.segments[loc.seg]?.kind;
	const here = kind && OUTSIDE_KINDS.has(kind) ? loc.pos - start : 0;
	return readyBefore(timeline, extras, loc.seg) + here;
}

function clamp01(x: number): number {
	return Math.min(1, Math.max(0, x));
}
