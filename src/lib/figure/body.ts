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
	hipSpan: 12,
	/**
	 * The shoulder joints sit this far below the top of the spine, so an arm raised overhead
	 * starts at a visible shoulder instead of growing out of the head, and from the front a neck
	 * shows between the shoulders and the head.
	 */
	shoulderDrop: 2.5,
	/** How far a shrug lifts the shoulders towards the ears. */
	shrugMax: 5
} as const;

/**
 * How much the drawn spine exaggerates the bend at the waist: 1 passes through the waist; more
 * bends further, as pictograms do, so a back rounded in a cat or hollowed in a cow reads at a
 * glance although the joint angles stay in their normal range.
 */
export const SPINE_BEND = 1.6;

/**
 * The one scene every figure is drawn in: a 4:3 box, in % of standing height, tall enough for
 * arms raised overhead. Every pose is drawn at this one scale, so a body is the same size in a
 * standing, a lying and a kneeling pose; the box only moves sideways to centre the body.
 */
export const SCENE = { w: 168, h: 126 } as const;

/**
 * Side view (sagittal plane), front view (frontal plane: standing, sitting, lying on the side
 * seen from in front) or top view (lying on the back seen from above, head to the left, for the
 * twists: the knees drop to one side, which no side view can show).
 */
export type View = 'side' | 'front' | 'top';

/** What the body rests on or holds, drawn with it. */
export const PROPS = [
	'floor',
	'mat',
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
	/**
	 * How long the forearm looks (1 = full length): a hand resting on the belly has its forearm
	 * across the body, towards or away from the viewer, so from the side it looks short.
	 */
	fore?: number;
}

/**
 * Hip flexion (side and top view) or abduction (front), knee flexion, ankle dorsiflexion (− is
 * pointing the toes).
 */
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
	/** Side view: [near, far]. Front and top view: [screen left, screen right] / [bottom, top]. */
	arms: [Arm, Arm];
	legs: [Leg, Leg];
	/** Front view: thighs pointing at the viewer look shorter (1 = full length). */
	thighScale: number;
	/** Front view: the head turned towards screen right (+1) or left (−1), drawn as a nose. */
	turn: number;
	/**
	 * Front view: the chest rotated towards screen right (+) or left (−), in degrees: the
	 * shoulder line narrows and the arm of the shoulder that goes back is drawn behind.
	 */
	twist: number;
	/** Top view: the bent knees dropped towards the top (+) or the bottom (−) of the screen, degrees. */
	roll: number;
	/** Shoulders lifted towards the ears, 0 to 1. */
	shrug: number;
	/**
	 * Side view: the face tipped down (+) or up (−) on top of the neck, degrees: a chin tuck
	 * moves the head back (neck) but keeps the face level (nod).
	 */
	nod: number;
	/** Hands flat on the floor (on hands and knees): a short forearm and a flat hand. */
	palms: boolean;
}

/**
 * The point whose horizontal position stays put while the figure moves. `ankle` is the near
 * one (side view) or screen-left one (front view); `far-ankle` the other, for a foot that
 * stays planted while the near leg steps away.
 */
export type Anchor = 'hip' | 'shoulder' | 'knee' | 'ankle' | 'far-ankle';

/** A motion cue: a faint arrow that says what moves, for a move a still figure cannot show. */
export const ARROWS = [
	/** Standing or sitting tall: straight up from the crown. */
	'lengthen',
	/** Arm circles: round the shoulder, along the hand's path. */
	'arm-circle',
	/** Pelvic tilt: the lower back presses down into the floor. */
	'press-back',
	/** Shoulder shrug: straight up beside the shoulder. */
	'shrug',
	/** Heel slide: along the floor, away from the heel. */
	'slide',
	/** Twists: round the trunk (front view) or the knees sweeping to one side (top view). */
	'twist'
] as const;
export type Arrow = (typeof ARROWS)[number];

/** A named pose: the joints plus how it is seen and what it rests on. */
export interface Pose extends Joints {
	view: View;
	/** Mirror left-right (the right side of a per-side step, or a family drawn facing left). */
	flip: boolean;
	anchor: Anchor;
	props: readonly Prop[];
	highlight?: Area;
	arrow?: Arrow;
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
		// Past the active 60° of extension only as seen from the side: hands on the lower back
		// take the elbows out to the sides, so the upper arm looks further back than it is.
		shoulder: [-80, 180],
		elbow: [0, 150],
		// Past the active 120° and 135° only passively: hands pulling a knee to the chest, or
		// the hips sitting back onto the heels in child's pose.
		hip: [-30, 135],
		knee: [0, 155],
		// Kneeling rests the top of the foot on the floor: a passive stretch past the active 50°.
		ankle: [-80, 20]
	},
	front: {
		spine: [-35, 35],
		neck: [-45, 45],
		// Below 0 the arm crosses in front of the body: a hand to the other knee in a seated
		// twist, or the top arm of a body lying on its side reaching down to the floor.
		shoulder: [-100, 180],
		elbow: [0, 150],
		hip: [-40, 45],
		knee: [0, 135],
		ankle: [-50, 20]
	},
	top: {
		spine: [-35, 35],
		neck: [-45, 45],
		shoulder: [0, 180],
		elbow: [0, 150],
		hip: [-30, 120],
		knee: [0, 135],
		ankle: [-50, 20]
	}
};

/** Ranges of the joints that are not per limb, the same in every view. */
export const TWIST_RANGE: Range = [-60, 60];
/** The knees may drop almost to the floor in a lying twist. */
export const ROLL_RANGE: Range = [-75, 75];
/** The face tips a little on top of the neck. */
export const NOD_RANGE: Range = [-30, 30];

/** Clamps a value into a range. */
export function clampTo(value: number, [min, max]: Range): number {
	return Math.min(max, Math.max(min, value));
}
