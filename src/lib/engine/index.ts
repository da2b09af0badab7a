/**
 * Backbeat's playback engine: pure TypeScript, no DOM, no timers, no Date. Time is an input
 * (`nowMs`, a monotonic clock reading such as performance.now()).
 *
 * 1. `compile(routine, settings)` → Timeline (flat segments with absolute offsets).
 * 2. `createPlayback(timeline)` → Playback (plain, immutable, serializable).
 * 3. Controls (`start`, `pause`, `next`, …) return a new Playback.
 * 4. On every tick: `advance(...)` → the settled Playback plus the cues to play, each once;
 *    `stateAt(...)` → what to show.
 * 5. `snapshot(...)` / `restore(...)` for checkpoints.
 */

/** Settings that shape the timeline and cues, and their defaults (prepare 5 s, countdown 3). */
export {
	DEFAULT_ENGINE_SETTINGS,
	resolveSettings,
	type EngineSettings,
	type Guidance
} from './settings';

/** Compiles a routine into a Timeline; segment durations other than prepare and lead-ins sum to routineSeconds × 1000. */
export { compile } from './timeline';

/** The 3-2-1 before time runs (after a get-ready, a Done tap, a resume): its length in seconds. */
export { COUNT_IN_SECONDS } from './prepare';

/** A new, not yet started playback; `settle` stores what the clock implies (waiting / finished). */
export { createPlayback, settle } from './playback';

/**
 * Pure control transitions, each `(ControlOptions) → Playback`. Every control except
 * pause/resume/done moves the cue cursor: cancel every scheduled cue with atMs > nowMs.
 */
export {
	start,
	pause,
	resume,
	next,
	previous,
	restartStep,
	jumpTo,
	addTime,
	done,
	end,
	ADD_TIME_MS,
	PREVIOUS_GRACE_MS,
	type ControlOptions
} from './controls';

/** The controls as data: `apply({ timeline, playback, nowMs, action })`. */
export { apply, type Action } from './actions';

/** The per-tick call: cues due in the window, each once; stale ones become one announcement. */
export { advance, cuesBetween, STALE_MS, type AdvanceOptions, type AdvanceResult } from './cues';

/** What the screen shows at a moment. */
export { stateAt, type PlaybackView } from './state';

/** Checkpoints: small JSON that restores to the same (paused) state. */
export { snapshot, restore, SnapshotError, type Snapshot } from './snapshot';

export type {
	Count,
	Cue,
	CueKey,
	CueTemplate,
	CueType,
	Extra,
	ItemKind,
	Playback,
	Segment,
	SegmentKind,
	Side,
	Status,
	Timeline,
	TimelineItem,
	TimelineStep
} from './types';
