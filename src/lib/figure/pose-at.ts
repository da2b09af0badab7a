import type { Pose } from './body';
import { ease, lerpPose, mirrorPose } from './interpolate';
import type { PoseName } from './names';
import { POSES } from './poses';

/** A step's figure as the routine format gives it: pose names, and a cadence for loops. */
export interface FigureSpec {
	start: PoseName;
	end?: PoseName;
	/** Moves per minute (start → end is one move, end → start the next): a loop for marching or walking. */
	cadence?: number;
}

/** The part of the engine's PlaybackView that drives the figure (see engine/state.ts). */
export interface FigureClock {
	segment: { kind: string } | null;
	segmentFraction: number;
	segmentDurationMs: number;
	side?: 'left' | 'right';
}

/** How long a hold takes to get into its pose, and a relax to come out of it. */
export const SETTLE_MS = 1000;

/**
 * The pose to show now: a pure function of the engine's view, so pausing freezes it, a reload
 * resumes it where the time is, and skipping lands on the right frame. The figure has no clock
 * of its own. Up moves start → end over exactly the phase; down moves back; a hold (or a
 * timed step with an end pose) settles into the end pose in about a second and stays; relax
 * settles back; a cadence loops start ↔ end. The right side is the mirror image.
 * With `still` (prefers-reduced-motion) it shows the phase's target pose without motion.
 */
export function poseAt(spec: FigureSpec, view: FigureClock, o: { still?: boolean } = {}): Pose {
	const a = POSES[spec.start];
	const b = spec.end ? POSES[spec.end] : a;
	const kind = view.segment?.kind ?? 'prepare';
	const elapsed = view.segmentFraction * view.segmentDurationMs;
	const settle = (target: 0 | 1) => {
		if (o.still) return target;
		const t = ease(Math.min(1, elapsed / SETTLE_MS));
		return target ? t : 1 - t;
	};
	let t: number;
	if (kind === 'up') t = o.still ? 1 : ease(view.segmentFraction);
	else if (kind === 'down') t = o.still ? 0 : 1 - ease(view.segmentFraction);
	else if (kind === 'hold') t = settle(1);
	else if (kind === 'relax') t = settle(0);
	else if (kind === 'timed' && spec.cadence) t = o.still ? 0 : loop(elapsed, spec.cadence);
	else if (kind === 'timed') t = spec.end ? settle(1) : 0;
	else if (kind === 'untimed' || kind === 'get-ready') t = 1;
	else t = 0;
	const pose = lerpPose(a, b, t);
	// Changing sides gets ready in the start pose of the side to come.
	return view.side === 'right' || kind === 'switch-sides' ? mirrorPose(pose) : pose;
}

/** Where a start ↔ end loop is after `ms`, eased at both turns. */
function loop(ms: number, cadence: number): number {
	const moveMs = 60000 / cadence;
	const phase = (ms / moveMs) % 2;
	return phase < 1 ? ease(phase) : 1 - ease(phase - 1);
}

/** The pose a step is known by: its end pose, else its start pose (library cards, step lists). */
export function signaturePose(spec: FigureSpec): Pose {
	return POSES[spec.end ?? spec.start];
}
