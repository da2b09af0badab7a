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
	cat: tweak(handsKnees, {
		pelvis: 30,
		spine: 42,
		neck: 40,
		arms: [arm(98, 0), arm(98, 0)],
		legs: [leg(60, 90, -80), leg(60, 90, -80)],
		highlight: 'shoulder-blades'
	}),
	cow: tweak(handsKnees, {
		pelvis: 0,
		spine: -18,
		neck: -25,
		arms: [arm(72, 0), arm(72, 0)],
		legs: [leg(90, 90, -80), leg(90, 90, -80)],
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
	'childs-pose': tweak(handsKnees, {
		pelvis: 10,
		spine: 25,
		neck: 20,
		arms: [arm(175, 0), arm(175, 0)],
		legs: [leg(120, 135, -80), leg(120, 135, -80)],
		highlight: 'lower-back'
	}),
	kneeling: pose({
		pelvis: 90,
		flip: true,
		anchor: 'knee',
		props: ['floor', 'mat'],
		arms: [arm(5, 10), arm(5, 10)],
		legs: [leg(0, 90, -80), leg(0, 90, -80)]
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
