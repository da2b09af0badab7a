/** Poses that read only from the front or from above: twists, side-lying, side bends, arms in a W. */
import { arm, leg, pose, tweak } from './build';
import { mirrorPose } from './interpolate';

/**
 * On the back seen from above, head to the left, arms out to the sides, knees bent and pointing
 * at the ceiling: the start of a lying twist. Facing up, the figure's left is the top of the
 * screen, so knees dropping to the left go up the screen.
 */
const lyingTop = pose({
	view: 'top',
	pelvis: 180,
	anchor: 'shoulder',
	props: [],
	arms: [arm(80, 15), arm(80, 15)],
	legs: [leg(45, 90, -30), leg(45, 90, -30)]
});

/** Both knees rocked a little to the left, shoulders flat: one end of a knee rock. */
const kneeRockLeft = tweak(lyingTop, { roll: 32, arrow: 'twist', highlight: 'side' });

const standingFront = pose({
	view: 'front',
	pelvis: 90,
	anchor: 'hip',
	arms: [arm(8, 5), arm(8, 5)],
	legs: [leg(4), leg(4)]
});

/** Sitting, seen from the front: thighs point at the viewer, so they look short. */
const sittingFront = tweak(standingFront, {
	props: ['floor', 'chair'],
	legs: [leg(12), leg(12)],
	arms: [arm(12, 25), arm(12, 25)],
	thighScale: 0.15
});

export const FRONT_POSES = {
	'lying-twist-start': lyingTop,
	'lying-twist': tweak(lyingTop, { roll: 68, arrow: 'twist', highlight: 'side' }),
	'knee-rock-left': kneeRockLeft,
	// The other side is the mirror image, exactly.
	'knee-rock-right': mirrorPose(kneeRockLeft),
	// Lying on one side seen from in front (a side view cannot show it): head on a pillow, the
	// lower arm along the floor under the body, the top arm reaching down in front of the chest
	// to the floor, knees bent towards the viewer with a pillow between them.
	'side-lying-pillow': pose({
		view: 'front',
		pelvis: 180,
		anchor: 'shoulder',
		props: ['floor', 'pillow-head', 'pillow-knees'],
		arms: [arm(4, 0), arm(-60, 43)],
		legs: [leg(0, 15), leg(3, 25)],
		thighScale: 0.55
	}),
	'standing-front': standingFront,
	'side-step': tweak(standingFront, { legs: [leg(18), leg(4)] }),
	'side-reach': tweak(standingFront, {
		spine: 15,
		arms: [arm(180, 35), arm(10, 5)],
		highlight: 'side'
	}),
	'arms-w': tweak(standingFront, {
		props: ['floor', 'wall-panel'],
		arms: [arm(75, 105), arm(75, 105)],
		highlight: 'shoulder-blades'
	}),
	'arms-w-low': tweak(standingFront, {
		props: ['floor', 'wall-panel'],
		arms: [arm(55, 115), arm(55, 115)],
		highlight: 'shoulder-blades'
	}),
	'arms-y': tweak(standingFront, {
		props: ['floor', 'wall-panel'],
		arms: [arm(150, 15), arm(150, 15)],
		highlight: 'shoulder-blades'
	}),
	'sitting-front': sittingFront,
	'seated-side-reach': tweak(sittingFront, {
		spine: 15,
		arms: [arm(180, 35), arm(10, 5)],
		highlight: 'side'
	}),
	'ear-to-shoulder': tweak(sittingFront, { neck: 40, highlight: 'neck' }),
	'head-turn': tweak(sittingFront, { turn: 1, highlight: 'neck' }),
	'reach-up': tweak(standingFront, { arms: [arm(165, 5), arm(165, 5)], highlight: 'side' }),
	// Turned to the right: the chest rotates (its shoulder line narrows, the right arm goes
	// behind to the chair), the head turns with it and the left hand holds the right knee. The
	// arrow round the chest says it all: no highlight to cover the crossing arm.
	'seated-twist': tweak(sittingFront, {
		twist: 45,
		turn: 1,
		arms: [arm(-28, 15), arm(38, 25)],
		arrow: 'twist'
	})
} as const;
