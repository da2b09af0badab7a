/** On hands and knees and kneeling (drawn head to the left, like the lying family). */
import { arm, leg, pose, tweak } from './build';

const handsKnees = pose({
	pelvis: 12,
	flip: true,
	anchor: 'knee',
	palms: true,
	props: ['floor', 'mat'],
	arms: [arm(92, 0), arm(92, 0)],
	legs: [leg(78, 90, -80), leg(78, 90, -80)]
});

export const KNEELING_POSES = {
	'hands-knees': handsKnees,
	// The back rounded up into a hump between hands and knees, head dropped.
	cat: tweak(handsKnees, {
		pelvis: 42,
		spine: 40,
		neck: 40,
		arms: [arm(88, 0), arm(88, 0)],
		legs: [leg(48, 90, -80), leg(48, 90, -80)],
		highlight: 'shoulder-blades'
	}),
	// The opposite of cat: the back sags into a hollow (the waist below the line from hips to
	// shoulders), head up a little.
	cow: tweak(handsKnees, {
		pelvis: 2,
		spine: -25,
		neck: -28,
		arms: [arm(63, 0), arm(63, 0)],
		legs: [leg(88, 90, -80), leg(88, 90, -80)],
		highlight: 'lower-back'
	}),
	'bird-dog': tweak(handsKnees, {
		arms: [arm(92, 0), arm(168, 0)],
		legs: [leg(-10, 0, -30), leg(78, 90, -80)],
		highlight: 'lower-back'
	}),
	// The first half of a bird-dog: one arm reaches forward, both knees stay down.
	'arm-reach-kneeling': tweak(handsKnees, {
		arms: [arm(92, 0), arm(168, 0)],
		highlight: 'belly'
	}),
	// Hips sitting back onto the heels, the trunk folded over the thighs, forehead down, arms
	// reaching forward along the floor.
	'childs-pose': tweak(handsKnees, {
		pelvis: 20,
		spine: 35,
		neck: 19,
		arms: [arm(159, 35), arm(159, 35)],
		legs: [leg(135, 155, -80), leg(135, 155, -80)],
		highlight: 'lower-back'
	}),
	// Upright on the knees: the thighs lean a little forward so the bend at the hip shows, and
	// the shins and feet lie along the floor behind.
	kneeling: pose({
		pelvis: 92,
		flip: true,
		anchor: 'knee',
		props: ['floor', 'mat'],
		arms: [arm(5, 10), arm(5, 10)],
		legs: [leg(16, 108, -80), leg(16, 108, -80)]
	}),
	'half-kneeling-stretch': pose({
		pelvis: 95,
		anchor: 'knee',
		props: ['floor', 'mat'],
		arms: [arm(-5, 70), arm(-5, 70)],
		legs: [leg(-15, 75, -80), leg(90, 90, 0)],
		highlight: 'thigh-front'
	})
} as const;
