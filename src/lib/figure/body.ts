/**
 * The pose model: a 2-D pictogram body whose joints are angles. Lengths are in percent of
 * standing height (H = 100), from the anthropometric table in figure-reference.md, so a pose
 * reads the same at any size.
 */

/** Segment lengths and stroke widths, in % of standing height. */
export const BODY = {
	headR: 6.5,
	neck: 4.5,
	/** Hip joint to the waist bend: the pelvis and lumbar spine. */
	pelvis: 11,
	/** Waist bend to the shoulder line. */
	chest: 18,
	upperArm: 18.6,
	/** Forearm plus half the hand: a pictogram arm ends at the fingers' middle. */
	forearm: 19.5,
	/** With the palm flat on the floor: elbow to wrist, then the hand itself. */
	wristArm: 14.6,
	palm: 7,
	thigh: 24.5,
	shin: 24.6,
	foot: 11,
	heel: 3,
	trunkW: 11,
	legW: 6.5,
	armW: 5,
	/** Front view: distance between the shoulder joints and between the hip joints. */
	shoulderSpan: 20,
	hipSpan: 12
} as const;

/** Side view (sagittal plane) or front view (frontal plane; also "from above" when lying). */
export type View = 'side' | 'front';

/** What the body rests on or holds, drawn with it. */
export const PROPS = [
	'floor',
	'mat',
	/** A mat seen from above, behind the whole body. */
	'mat-under',
	'chair',
	'chair-calves',
	/** Standing: a chair ahead with its back to the person, the near hand on top of it. */
	'chair-ahead',
	'wall-behind',
	'wall-ahead',
	'wall-panel',
	'pillow-head',
	'pillow-knees',
	'cushion-knees',
	'pack-back',
	'pack-hands',
	'towel'
] as const;
export type Prop = (typeof PROPS)[number];

/** The working area a pose may highlight. */
export const AREAS = [
	'belly',
	'lower-back',
	'buttocks',
	'shoulder-blades',
	'chest',
	'neck',
	'side',
	'thigh-front',
	'thigh-back',
	'calf'
] as const;
export type Area = (typeof AREAS)[number];

/**
 * Shoulder flexion (side view) or abduction (front view), then elbow flexion, in degrees.
 * Zero is the arm hanging straight along the trunk.
 */
export interface Arm {
	shoulder: number;
	elbow: number;
}

/** Hip flexion (side) or abduction (front), knee flexion, ankle dorsiflexion (− is pointing the toes). */
export interface Leg {
	hip: number;
	knee: number;
	ankle: number;
}

/** The joint angles that define a pose; every one is interpolated and clamped to its range. */
export interface Joints {
	/**
	 * Absolute direction of the pelvis (hip joint → waist), degrees counter-clockwise from
	 * "pointing right" with y up: 90 is upright, 180 lies with the head to the left.
	 */
	pelvis: number;
	/** Trunk flexion at the waist (+ rounds forward; side view) or side bend (front view). */
	spine: number;
	/** Neck flexion (+ nods forward; side view) or side tilt (front view). */
	neck: number;
	/** Side view: [near, far]. Front view: [screen left, screen right]. */
	arms: [Arm, Arm];
	legs: [Leg, Leg];
	/** Front view: thighs pointing at the viewer look shorter (1 = full length). */
	thighScale: number;
	/** Front view: the head turned towards screen right (+1) or left (−1), drawn as a nose. */
	turn: number;
	/** Hands flat on the floor (on hands and knees): a short forearm and a flat hand. */
	palms: boolean;
}

/**
 * The point whose horizontal position stays put while the figure moves. `ankle` is the near
 * one (side view) or screen-left one (front view); `far-ankle` the other, for a foot that
 * stays planted while the near leg steps away.
 */
export type Anchor = 'hip' | 'shoulder' | 'knee' | 'ankle' | 'far-ankle';

/** A named pose: the joints plus how it is seen and what it rests on. */
export interface Pose extends Joints {
	view: View;
	/** Mirror left-right (the right side of a per-side step, or a family drawn facing left). */
	flip: boolean;
	anchor: Anchor;
	props: readonly Prop[];
	highlight?: Area;
}

type Range = readonly [min: number, max: number];

/** Active ranges of motion (figure-reference.md), per view, that no pose or frame may leave. */
export const RANGES: Record<
	View,
	{
		spine: Range;
		neck: Range;
		shoulder: Range;
		elbow: Range;
		hip: Range;
		knee: Range;
		ankle: Range;
	}
> = {
	side: {
		spine: [-25, 80],
		neck: [-45, 45],
		shoulder: [-60, 180],
		elbow: [0, 150],
		hip: [-30, 120],
		knee: [0, 135],
		// Kneeling rests the top of the foot on the floor: a passive stretch past the active 50°.
		ankle: [-80, 20]
	},
	front: {
		spine: [-35, 35],
		neck: [-45, 45],
		shoulder: [0, 180],
		elbow: [0, 150],
		// Adduction to ~40° lets both knees drop to one side when seen from above.
		hip: [-40, 45],
		knee: [0, 135],
		ankle: [-50, 20]
	}
};

/** Clamps a value into a range. */
export function clampTo(value: number, [min, max]: Range): number {
	return Math.min(max, Math.max(min, value));
}
