/**
 * Getting up, nerve sliders and the night's positions (issue 24). Added beside the other
 * families and drawn in their conventions: lying and kneeling head to the left, sitting facing
 * right. Its own file so the existing poses stay as they are.
 */
import { arm, leg, pose, tweak } from './build';
import { FRONT_POSES } from './poses-above';

/** On the back with the near thigh held upright, hands behind it: a lying nerve slider. */
const sliderLying = pose({
	pelvis: 180,
	anchor: 'shoulder',
	props: ['floor', 'mat'],
	// Both hands reach past the hips to hold behind the thigh, near the knee.
	arms: [arm(28, 15), arm(28, 15)],
	highlight: 'thigh-back'
});

/** Sitting tall on a chair, hands on the seat: a seated nerve slider. */
const sliderSeated = pose({
	pelvis: 90,
	anchor: 'hip',
	props: ['floor', 'chair'],
	arms: [arm(0, 5), arm(0, 5)],
	highlight: 'thigh-back'
});

export const RECOVERY_POSES = {
	// Rolled onto one side as one piece, knees bent together: side-lying-pillow, seen from in
	// front like it (a side view cannot show it), head on a pillow, no pillow at the knees.
	'side-lying': tweak(FRONT_POSES['side-lying-pillow'], { props: ['floor', 'pillow-head'] }),
	// The log roll's push: still on one side, the trunk raised on the lower forearm, the legs
	// stacked with the lower one on the floor. Seen from the front, where a sideways push is in
	// the picture's plane; the top hand rests on the hip.
	'side-push-up': pose({
		view: 'front',
		pelvis: 145,
		anchor: 'hip',
		neck: -15,
		props: ['floor', 'mat'],
		arms: [arm(60, 85), arm(8, 15)],
		legs: [leg(-30, 5), leg(35, 12)]
	}),
	// Up from the floor, after hands and knees (and facing the same way): the near foot forward
	// and flat, the far knee down, both hands resting on the front knee.
	'half-kneeling': pose({
		pelvis: 88,
		flip: true,
		anchor: 'knee',
		props: ['floor', 'mat'],
		arms: [arm(45, 3), arm(45, 3)],
		legs: [leg(90, 90, 5), leg(0, 90, -80)]
	}),
	// Pushing up from it: leaning forward, hands pressing on the front thigh, the front foot
	// flat and the back knee lifted with its toes still down (both feet touch the floor).
	'half-kneeling-rise': pose({
		pelvis: 65,
		flip: true,
		anchor: 'knee',
		spine: 5,
		props: ['floor', 'mat'],
		arms: [arm(34, 3), arm(34, 3)],
		legs: [leg(70, 65, 20), leg(-10, 30, -40)]
	}),
	// A slider moves the neck and the leg in opposite directions: knee bent with the chin down,
	// knee straight (toes up a little) with the head tipped back to look up.
	'seated-slider-bend': tweak(sliderSeated, {
		neck: 40,
		legs: [leg(90, 100), leg(90, 90)]
	}),
	'seated-slider-straight': tweak(sliderSeated, {
		neck: -35,
		legs: [leg(90, 15, 10), leg(90, 90)]
	}),
	// Lying: knee bent with the chin tucked (the head lifts a little), knee straightened with the
	// head resting back. The other foot stays flat.
	'lying-slider-bend': tweak(sliderLying, {
		neck: 25,
		legs: [leg(80, 95, -10), leg(45, 90, -45)]
	}),
	'lying-slider-straight': tweak(sliderLying, {
		legs: [leg(80, 20, 0), leg(45, 90, -45)]
	}),
	// For the night: on the back with a pillow under the knees, hips and knees bent enough
	// that the pillow shows plainly (lying-cushion is the flatter rest of the day routines).
	'lying-pillow-knees': pose({
		pelvis: 180,
		anchor: 'shoulder',
		props: ['floor', 'mat', 'cushion-knees'],
		arms: [arm(4), arm(4)],
		legs: [leg(35, 65, -25), leg(35, 65, -25)]
	})
} as const;
