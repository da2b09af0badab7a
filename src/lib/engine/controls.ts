import { EXTENDABLE_KINDS } from './kinds';
import { startOf } from './locate';
import {
	afterAll,
	compareKeys,
	locationOf,
	markDone,
	markSkipped,
	reanchor,
	settle,
	type Location
} from './playback';
import type { CueKey, Extra, Playback, Timeline } from './types';

/** What every control needs: the timeline, the current playback and the clock reading. */
export interface ControlOptions {
	timeline: Timeline;
	playback: Playback;
	nowMs: number;
}

/** `previous` within this long after a segment starts goes to the previous step instead. */
export const PREVIOUS_GRACE_MS = 2000;
/** What the "+15 s" button adds to a rest. */
export const ADD_TIME_MS = 15_000;
/** The most time a rest can be extended by: 10 min (40 taps). More is a broken snapshot. */
export const MAX_ADDED_MS = 600_000;

const isOver = (pb: Playback) => pb.status === 'finished' || pb.status === 'ended';
const minKey = (a: CueKey, b: CueKey) => (compareKeys(a, b) <= 0 ? a : b);

/** Settles, then hands the location to `fn` unless playback is over (then returns it unchanged). */
function withLocation(o: ControlOptions, fn: (pb: Playback, loc: Location) => Playback): Playback {
	const pb = settle(o.timeline, o.playback, o.nowMs);
	if (isOver(pb)) return pb;
	return fn(pb, locationOf(o.timeline, pb, o.nowMs));
}

function startRaw(o: ControlOptions): Playback {
	if (o.playback.status !== 'ready') return o.playback;
	return settle(o.timeline, { ...o.playback, status: 'playing', anchorNow: o.nowMs }, o.nowMs);
}

function pauseRaw(o: ControlOptions): Playback {
	const pb = settle(o.timeline, o.playback, o.nowMs);
	// Pausing while waiting for Done stops the waiting time too: pause freezes everything.
	if (pb.status !== 'playing' && pb.status !== 'waiting') return pb;
	const a = reanchor(o.timeline, pb, o.nowMs);
	// Cues emitted ahead of the pause point are cancelled by the player and come again on resume.
	return { ...a, status: 'paused', cursor: minKey(a.cursor, afterAll(o.timeline, a.anchorPos)) };
}

function resumeRaw(o: ControlOptions): Playback {
	if (o.playback.status !== 'paused') return o.playback;
	return settle(o.timeline, { ...o.playback, status: 'playing', anchorNow: o.nowMs }, o.nowMs);
}

function nextRaw(o: ControlOptions): Playback {
	return withLocation(o, (pb, loc) => {
		const item = itemOf(o.timeline, loc);
		const after = o.timeline.items[item.index + 1];
		const toStep = after ? after.stepIndex : o.timeline.steps.length;
		return moveTo(o, pb, {
			seg: after ? after.firstSegment : o.timeline.segments.length,
			skip: range(item.stepIndex, toStep)
		});
	});
}

function previousRaw(o: ControlOptions): Playback {
	return withLocation(o, (pb, loc) => {
		const into = loc.pos - startOf(o.timeline, pb.extras, loc.seg);
		if (into >= PREVIOUS_GRACE_MS) return moveTo(o, pb, { seg: loc.seg, skip: [] });
		const item = itemOf(o.timeline, loc);
		const before = o.timeline.items[item.index - 1];
		return moveTo(o, pb, { seg: (before ?? item).firstSegment, skip: [] });
	});
}

function restartStepRaw(o: ControlOptions): Playback {
	return withLocation(o, (pb, loc) =>
		moveTo(o, pb, { seg: itemOf(o.timeline, loc).firstSegment, skip: [] })
	);
}

function jumpToRaw(o: ControlOptions & { stepIndex: number }): Playback {
	const step = o.timeline.steps[o.stepIndex];
	if (!step || !Number.isInteger(o.stepIndex)) {
		throw new RangeError(`jumpTo: no step ${o.stepIndex} (routine has ${o.timeline.steps.length})`);
	}
	return withLocation(o, (pb, loc) => {
		const from = itemOf(o.timeline, loc).stepIndex;
		return moveTo(o, pb, { seg: step.firstSegment, skip: range(from, o.stepIndex) });
	});
}

function addTimeRaw(o: ControlOptions & { ms?: number }): Playback {
	const ms = o.ms ?? ADD_TIME_MS;
	if (!Number.isFinite(ms) || ms <= 0) throw new RangeError(`addTime: expected ms > 0, got ${ms}`);
	return withLocation(o, (pb, loc) => {
		const kind = o.timeline.segments[loc.seg]?.kind;
		if (!kind || !EXTENDABLE_KINDS.has(kind) || pb.status === 'ready') return pb;
		const before = addedTo(pb, loc.seg);
		if (before >= MAX_ADDED_MS) return pb;
		const a = reanchor(o.timeline, pb, o.nowMs);
		const extras: Extra[] = [
			...a.extras.filter((e) => e.seg !== loc.seg),
			{ seg: loc.seg, ms: Math.min(MAX_ADDED_MS, before + ms) }
		].sort((x, y) => x.seg - y.seg);
		// Cues after now moved: they are re-emitted under a new epoch, so their ids change.
		const cursor = minKey(a.cursor, afterAll(o.timeline, loc.pos));
		return { ...a, extras, cursor, epoch: a.epoch + 1 };
	});
}

/** Time already added to segment `seg`. */
const addedTo = (pb: Playback, seg: number) =>
	pb.extras.reduce((sum, e) => (e.seg === seg ? sum + e.ms : sum), 0);

function doneRaw(o: ControlOptions): Playback {
	return withLocation(o, (pb, loc) => {
		const seg = o.timeline.segments[loc.seg];
		if (seg?.kind === 'get-ready') return readyRaw(o, pb, loc);
		if (seg?.kind === 'lead-in') return pastLeadInRaw(o, pb, loc);
		if (seg?.kind !== 'untimed' || (pb.status !== 'waiting' && pb.status !== 'paused')) return pb;
		const a = markDone(o.timeline, reanchor(o.timeline, pb, o.nowMs), {
			from: loc.seg,
			to: loc.seg + 1
		});
		const after = { pos: loc.pos, seg: loc.seg + 1 };
		const atEnd = after.seg >= o.timeline.segments.length;
		const status = atEnd ? 'finished' : a.status === 'waiting' ? 'playing' : a.status;
		const moved: Playback = {
			...a,
			status,
			anchorSeg: after.seg,
			anchorNow: o.nowMs,
			cursor: minKey(a.cursor, after)
		};
		return settle(o.timeline, moved, o.nowMs);
	});
}

/** "I'm ready" on a get-ready: it counts as done, and the 3-2-1 after it starts now. */
function readyRaw(o: ControlOptions, pb: Playback, loc: Location): Playback {
	if (pb.status !== 'playing' && pb.status !== 'paused') return pb;
	const a = markDone(o.timeline, reanchor(o.timeline, pb, o.nowMs), {
		from: loc.seg,
		to: loc.seg + 1
	});
	return moveTo(o, a, { seg: loc.seg + 1, skip: [] });
}

/**
 * "I'm ready" on a lead-in: the intro is cut short and the step's 3-2-1 (or the step) starts
 * now. Skip there would pass over the whole exercise, which is not what "enough talk" means.
 */
function pastLeadInRaw(o: ControlOptions, pb: Playback, loc: Location): Playback {
	if (pb.status !== 'playing' && pb.status !== 'paused') return pb;
	return moveTo(o, pb, { seg: loc.seg + 1, skip: [] });
}

function endRaw(o: ControlOptions): Playback {
	const pb = settle(o.timeline, o.playback, o.nowMs);
	if (isOver(pb)) return pb;
	return { ...reanchor(o.timeline, pb, o.nowMs), status: 'ended' };
}

/**
 * Every control leaves the cue cursor at or before "now", so the player's rule is simple and
 * safe: on any control, cancel every scheduled cue with atMs > nowMs; what is still due comes
 * again from `advance` (same id if it was only cancelled, a new id if the timeline moved).
 */
function control<O extends ControlOptions>(fn: (o: O) => Playback): (o: O) => Playback {
	return (o) => {
		const pb = settle(o.timeline, fn(o), o.nowMs);
		if (pb.status !== 'playing') return pb;
		const { pos } = locationOf(o.timeline, pb, o.nowMs);
		const cursor = minKey(pb.cursor, afterAll(o.timeline, pos));
		return cursor === pb.cursor ? pb : { ...pb, cursor };
	};
}

/** Starts a ready playback (from its position: 0 unless a jump came first). */
export const start = control(startRaw);
/** Freezes position, cues, the countdown and the waiting-for-Done time. */
export const pause = control(pauseRaw);
/** Continues a paused playback from where it stopped. */
export const resume = control(resumeRaw);
/** Skips to the start of the next step (one pass of a step: inside sets, the next exercise). */
export const next = control(nextRaw);
/** Back to the start of the segment; within its first 2 s, back to the start of the previous step. */
export const previous = control(previousRaw);
/** Back to the start of the current step. */
export const restartStep = control(restartStepRaw);
/** Goes to the start of routine step `stepIndex`; steps jumped over forwards count as skipped. */
export const jumpTo = control(jumpToRaw);
/** Adds time (15 s by default) to the current rest or get-ready; anything else is left as is. */
export const addTime = control(addTimeRaw);
/**
 * Ends an untimed step (playback goes on from where it waited), or a get-ready or a lead-in
 * early ("I'm ready": on to the 3-2-1). Paused stays paused.
 */
export const done = control(doneRaw);
/** Ends the session early: status 'ended' (reaching the end by playing gives 'finished'). */
export const end = control(endRaw);

/** Lands at the start of segment `seg` (the end when past the last), keeping paused/ready as is. */
function moveTo(o: ControlOptions, pb: Playback, target: { seg: number; skip: number[] }) {
	const a = markSkipped(reanchor(o.timeline, pb, o.nowMs), target.skip);
	const seg = Math.min(target.seg, o.timeline.segments.length);
	const pos = startOf(o.timeline, a.extras, seg);
	const atEnd = seg === o.timeline.segments.length;
	const status = atEnd ? 'finished' : a.status === 'waiting' ? 'playing' : a.status;
	const moved: Playback = {
		...a,
		status,
		anchorPos: pos,
		anchorNow: o.nowMs,
		anchorSeg: seg,
		// Inclusive: a cue exactly at the landing point (the step announcement) fires once.
		cursor: { pos, seg },
		epoch: a.epoch + 1
	};
	return settle(o.timeline, moved, o.nowMs);
}

function itemOf(timeline: Timeline, loc: Location) {
	const seg = timeline.segments[Math.min(loc.seg, timeline.segments.length - 1)];
	const item = timeline.items[seg?.itemIndex ?? 0];
	if (!item) throw new Error('timeline has no items');
	return item;
}

function range(from: number, to: number): number[] {
	const out: number[] = [];
	for (let k = from; k < to; k++) out.push(k);
	return out;
}
