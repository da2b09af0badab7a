import { countdownBeeps, REST_KINDS } from './kinds';
import { durationOf, locate, startOf, totalMs } from './locate';
import { afterAll, compareKeys, locationOf, settle, type Location } from './playback';
import { describeNow } from './describe';
import { SPOKEN } from '../text/spoken';
import type { Cue, CueKey, CueType, Playback, Timeline } from './types';

/** Cues due longer ago than this are dropped; one announcement of the current state replaces them. */
export const STALE_MS = 1500;
/** Rests at least this long say "next up" a second time, 10 s before they end. */
const LATE_NEXT_UP_MIN_MS = 30_000;
const LATE_NEXT_UP_BEFORE_MS = 10_000;

export interface AdvanceOptions {
	timeline: Timeline;
	playback: Playback;
	nowMs: number;
	/** Also return cues due up to this far ahead, so beeps can be scheduled on the audio clock. */
	lookaheadMs?: number;
}

export interface AdvanceResult {
	playback: Playback;
	cues: Cue[];
}

/**
 * The one call the player makes on every tick: settles the playback (waiting at an untimed
 * step, finished at the end) and returns the cues due from the cursor up to now + lookahead,
 * each once. Stale cues (a hidden tab, a locked phone) are dropped for one 'announce' cue.
 */
export function advance(o: AdvanceOptions): AdvanceResult {
	const { timeline, nowMs } = o;
	const pb = settle(timeline, o.playback, nowMs);
	if (pb.status === 'ready' || pb.status === 'paused' || pb.status === 'ended') {
		return { playback: pb, cues: [] };
	}
	const loc = locationOf(timeline, pb, nowMs);
	const limit = limitOf({ timeline, pb, loc, lookaheadMs: Math.max(0, o.lookaheadMs ?? 0) });
	if (compareKeys(pb.cursor, limit) >= 0) return { playback: pb, cues: [] };

	const cues: Cue[] = [];
	let dropped = 0;
	let missedReminder: Omit<Cue, 'atMs'> | undefined;
	for (const cue of cuesBetween({ timeline, playback: pb, from: pb.cursor, to: limit })) {
		// The clock maps to positions linearly since the anchor: that is what keeps cues drift-free.
		const atMs = pb.anchorNow + (cue.positionMs - pb.anchorPos);
		if (cue.type !== 'finish' && atMs < nowMs - STALE_MS) {
			dropped++;
			if (cue.type === 'remind' && cue.segmentIndex === loc.seg) missedReminder = cue;
		} else cues.push({ ...cue, atMs });
	}
	if (dropped > 0 && pb.status !== 'finished') {
		const seg = timeline.segments[loc.seg];
		// A skin check missed while the page slept is still worth saying, once, after the
		// catch-up sentence (a countdown is not: it would describe a moment that has passed).
		if (missedReminder) cues.unshift({ ...missedReminder, atMs: nowMs });
		cues.unshift({
			id: `${pb.epoch}:${loc.seg}:catch-up:${Math.floor(loc.pos)}`,
			type: 'announce',
			positionMs: loc.pos,
			atMs: nowMs,
			text: describeNow({ timeline, playback: pb, loc }),
			segmentIndex: loc.seg,
			stepIndex: seg?.stepIndex ?? 0
		});
	}
	return { playback: { ...pb, cursor: limit }, cues };
}

/** How far cues may be emitted: never past an untimed step until Done, and inclusive of `now`. */
function limitOf(o: {
	timeline: Timeline;
	pb: Playback;
	loc: Location;
	lookaheadMs: number;
}): CueKey {
	const { timeline, pb } = o;
	const end = totalMs(timeline, pb.extras);
	if (pb.status === 'finished') return afterAll(timeline, end);
	if (pb.status === 'waiting') return { pos: pb.anchorPos, seg: pb.anchorSeg + 1 };
	const upTo = o.loc.pos + o.lookaheadMs;
	const barrier = timeline.nextUntimed[pb.anchorSeg] ?? -1;
	if (barrier >= 0) {
		const at = startOf(timeline, pb.extras, barrier);
		if (upTo >= at) return { pos: at, seg: barrier + 1 };
	}
	return afterAll(timeline, Math.min(upTo, end));
}

/**
 * Every cue with a key in [from, to), in order, without clock times. Exposed for previews and
 * tests; the player should use `advance`.
 */
export function cuesBetween(o: {
	timeline: Timeline;
	playback: Playback;
	from: CueKey;
	to: CueKey;
}): Omit<Cue, 'atMs'>[] {
	const { timeline, playback: pb, from, to } = o;
	const n = timeline.segments.length;
	const end = totalMs(timeline, pb.extras);
	let s = from.pos >= end ? n : locate(timeline, pb.extras, from.pos);
	// Untimed segments share their position with what follows; start from the first of them.
	while (
		s > 0 &&
		timeline.segments[s - 1]?.durationMs === 0 &&
		startOf(timeline, pb.extras, s - 1) === from.pos
	)
		s--;
	const out: Omit<Cue, 'atMs'>[] = [];
	const inRange = (key: CueKey) => compareKeys(key, from) >= 0 && compareKeys(key, to) < 0;
	for (; s < n; s++) {
		const start = startOf(timeline, pb.extras, s);
		if (compareKeys({ pos: start, seg: s }, to) >= 0) return out;
		for (const cue of segmentCues({ timeline, playback: pb, index: s, start })) {
			if (inRange({ pos: cue.positionMs, seg: s })) out.push(cue);
		}
	}
	if (inRange({ pos: end, seg: n })) {
		const stepIndex = Math.max(0, timeline.steps.length - 1);
		out.push({
			id: `${pb.epoch}:${n}:finish:0`,
			type: 'finish',
			positionMs: end,
			text: SPOKEN.finish,
			segmentIndex: n,
			stepIndex
		});
	}
	return out;
}

/** All cues of one segment at their positions: compile-time ones plus those tied to its (extended) end. */
function segmentCues(o: {
	timeline: Timeline;
	playback: Playback;
	index: number;
	start: number;
}): Omit<Cue, 'atMs'>[] {
	const { timeline, playback: pb, index, start } = o;
	const seg = timeline.segments[index];
	if (!seg) return [];
	const duration = durationOf(timeline, pb.extras, index);
	const make = (
		type: CueType,
		positionMs: number,
		text?: string,
		n?: number,
		more: { short?: string | undefined; roomMs?: number | undefined } = {}
	): Omit<Cue, 'atMs'> => ({
		id: `${pb.epoch}:${index}:${type}:${n ?? 0}`,
		type,
		positionMs,
		...(text !== undefined && { text }),
		...(n !== undefined && { n }),
		...(more.short !== undefined && { short: more.short }),
		...(more.roomMs !== undefined && { roomMs: more.roomMs }),
		segmentIndex: index,
		stepIndex: seg.stepIndex
	});
	const out = seg.cues.map((c) => make(c.type, start + c.offsetMs, c.text, c.n, c));
	const nextItem = timeline.items[seg.itemIndex + 1];
	if (
		REST_KINDS.has(seg.kind) &&
		timeline.settings.announceNext &&
		nextItem &&
		duration >= LATE_NEXT_UP_MIN_MS
	) {
		out.push(
			make('next-up', start + duration - LATE_NEXT_UP_BEFORE_MS, SPOKEN.nextUp(nextItem.name), 2)
		);
	}
	// A lead-in or a 3-2-1 count-in counts into the step itself: one count, not one before it too.
	const after = timeline.segments[index + 1]?.kind;
	const beeps =
		after === 'lead-in' || after === 'prepare'
			? 0
			: countdownBeeps({
					kind: seg.kind,
					durationMs: duration,
					countdownSeconds: timeline.settings.countdownSeconds
				});
	for (let k = beeps; k >= 1; k--)
		out.push(make('countdown', start + duration - k * 1000, undefined, k));
	return out.sort((a, b) => a.positionMs - b.positionMs);
}
