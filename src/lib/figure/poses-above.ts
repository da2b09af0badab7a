/** Poses that read only from the front or from above: twists, side-lying, side bends, arms in a W. */
import { arm, leg, pose, tweak } from './build';

/** On the back seen from above, arms out to the sides: the start of a lying twist. */
const lyingTop = pose({
	view: 'front',
	pelvis: 180,
	anchor: 'shoulder',
	props: ['mat-under'],
	arms: [arm(80, 10), arm(80, 10)],
	legs: [leg(4, 0), leg(4, 0)],
	thighScale: 0.7
});

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
	'lying-twist': tweak(lyingTop, {
		legs: [leg(40, 60), leg(-40, 60)],
		highlight: 'side'
	}),
	'knee-rock-left': tweak(lyingTop, { legs: [leg(22, 60), leg(-22, 60)], highlight: 'side' }),
	'knee-rock-right': tweak(lyingTop, { legs: [leg(-22, 60), leg(22, 60)], highlight: 'side' }),
	// Seen from above, curled on one side: head on a pillow, a pillow between the knees.
	'side-lying-pillow': pose({
		pelvis: 180,
		anchor: 'shoulder',
		spine: 10,
		neck: 15,
		props: ['mat-under', 'pillow-head', 'pillow-knees'],
		arms: [arm(80, 70), arm(70, 80)],
		legs: [leg(75, 95, -10), leg(55, 90, -10)]
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
	'seated-twist': tweak(sittingFront, {
		spine: 6,
		arms: [arm(40, 100), arm(35, 40)],
		highlight: 'side'
	})
} as const;
