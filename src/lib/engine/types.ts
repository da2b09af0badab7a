import type { Breathing, Remind, Step } from '../routine/schema';
import type { EngineSettings } from './settings';

/** One flat piece of the timeline. Untimed segments have no length: playback waits there for Done. */
export type SegmentKind =
	| 'prepare'
	| 'timed'
	| 'hold'
	| 'relax'
	| 'up'
	| 'down'
	| 'rest'
	| 'set-rest'
	| 'switch-sides'
	| 'get-ready'
	| 'untimed'
	/** Full voice guidance: time before a step to say its name, instructions and stop line (see guidance-lead-in.ts). */
	| 'lead-in';

/** What `next`/`previous` move between: one pass of a simple step (a step inside sets counts once per set). */
export type ItemKind = 'prepare' | 'exercise' | 'rest' | 'set-rest' | 'get-ready' | 'untimed';

export type Side = 'left' | 'right';

/** "rep 2 of 5", "set 1 of 3". */
export interface Count {
	n: number;
	of: number;
}

export type CueType =
	| 'announce'
	| 'next-up'
	/** Full voice guidance: a step's name, instructions and stop line, before it starts. */
	| 'intro'
	| 'countdown'
	| 'go'
	| 'halfway'
	| 'rep'
	| 'down'
	| 'switch-sides'
	| 'inhale'
	| 'exhale'
	| 'relax'
	| 'rest'
	/** A timed step's own reminder ("Check your skin…"), every `remind.every` s (reminders.ts). */
	| 'remind'
	| 'finish';

/** A cue fixed at compile time, placed relative to its segment's start. */
export interface CueTemplate {
	type: CueType;
	offsetMs: number;
	/** What to speak; absent = a beep or tick only. */
	text?: string;
	n?: number;
	/** A shorter phrase to say instead when the full text would not fit. */
	short?: string;
	/** ms from the cue until the next step starts, i.e. how long the sentence may take. */
	roomMs?: number;
}

export interface Segment {
	index: number;
	kind: SegmentKind;
	/** Index into routine.steps (the prepare segment reports the step it gets you ready for). */
	stepIndex: number;
	itemIndex: number;
	/** Offset from the timeline start before any "+15 s" extensions. */
	startMs: number;
	/** 0 for untimed segments. */
	durationMs: number;
	name: string;
	instructions?: string;
	/** Short spoken text for the step (the routine's `cue`, else its name). */
	cue: string;
	stopIf?: string;
	rep?: Count;
	set?: Count;
	side?: Side;
	breathing?: Breathing;
	/** An up or down segment's own word from the step ("Lift", "Rock left"); absent = "Up"/"Down". */
	phase?: string | undefined;
	/** Start of this side's pass through the step: the breathing rhythm counts from here. */
	passStartMs: number;
	/** A timed segment's reminder, said every `every` s from its start (only timed segments). */
	remind?: Remind | undefined;
	/** Cues anchored to the segment start (end-anchored ones depend on extensions: see cues.ts). */
	cues: CueTemplate[];
}

export interface TimelineItem {
	index: number;
	kind: ItemKind;
	stepIndex: number;
	firstSegment: number;
	/** Exclusive. */
	endSegment: number;
	name: string;
	/** "Hold 10 s × 5, each side": for "next up" on screen. */
	description: string;
	set?: Count;
}

export interface TimelineStep {
	index: number;
	name: string;
	type: Step['type'];
	firstSegment: number;
	endSegment: number;
	firstItem: number;
	endItem: number;
}

/**
 * A compiled routine: flat segments with absolute offsets. Invariant: the durations of all
 * segments except getting ready (prepare: the opening "Get ready" and the 3-2-1 after a
 * get-ready or a tap; get-ready steps) and lead-ins sum to routineSeconds(routine) * 1000
 * (untimed ones are 0).
 */
export interface Timeline {
	routineId: string;
	routineVersion: number;
	settings: EngineSettings;
	segments: Segment[];
	items: TimelineItem[];
	steps: TimelineStep[];
	/** Getting ready, before any "+15 s": prepare and get-ready segments together (kinds.ts READY_KINDS). */
	prepareMs: number;
	/** The lead-ins of Full voice guidance, all together (0 with Short guidance). */
	leadInMs: number;
	/** routineSeconds(routine) * 1000. */
	routineMs: number;
	/** prepareMs + leadInMs + routineMs: the end position before extensions. */
	totalMs: number;
	/** nextUntimed[i]: first untimed segment index ≥ i, or -1 (length segments.length + 1). */
	nextUntimed: number[];
}

export type Status = 'ready' | 'playing' | 'paused' | 'waiting' | 'finished' | 'ended';

/** A cue-order key: cues sort by position, then by segment (zero-length untimed segments share a position). */
export interface CueKey {
	pos: number;
	seg: number;
}

/** "+15 s" added to one rest segment. */
export interface Extra {
	seg: number;
	ms: number;
}

/**
 * Playback state: plain, serializable, never mutated. The position is derived, never counted:
 * while playing it is anchorPos + (now − anchorNow), capped at the next untimed segment or the end.
 */
export interface Playback {
	routineId: string;
	routineVersion: number;
	status: Status;
	/** Timeline position (ms, extensions included) at anchorNow. */
	anchorPos: number;
	/** Clock reading (ms) when the anchor was taken. */
	anchorNow: number;
	/** Segment at the anchor: disambiguates untimed segments, which share a position with what follows. */
	anchorSeg: number;
	/** Playing time before the anchor (waiting and paused time excluded). */
	activeMs: number;
	/** Time spent waiting for Done before the anchor. */
	waitedMs: number;
	/** Sorted by seg. */
	extras: Extra[];
	/** Cues with a key ≥ cursor have not been emitted yet. */
	cursor: CueKey;
	/** Bumped by every control that moves or reshapes the timeline, so replayed cues get new ids. */
	epoch: number;
	/** Routine step indexes completed by playing through them (sorted). */
	done: number[];
	/** Routine step indexes skipped past and never completed (sorted). */
	skipped: number[];
}

/** A cue due at `positionMs` on the timeline, i.e. at clock time `atMs`. Plain data for the player. */
export interface Cue {
	/** Unique per occurrence: `${epoch}:${segment}:${type}:${n}`. The same id is never worth playing twice. */
	id: string;
	type: CueType;
	positionMs: number;
	atMs: number;
	text?: string;
	n?: number;
	/** A shorter phrase to say instead when the full text would not fit. */
	short?: string;
	/** ms from the cue until the next step starts, i.e. how long the sentence may take. */
	roomMs?: number;
	segmentIndex: number;
	stepIndex: number;
}
