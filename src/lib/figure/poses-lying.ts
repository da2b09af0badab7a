/** Poses on the back, on the front and on the side (lying family: head to the left). */
import { arm, leg, pose, tweak } from './build';

const onBack = { pelvis: 180, anchor: 'shoulder', props: ['floor', 'mat'] } as const;
const hook = leg(45, 90, -45);

const lyingKneesBent = pose({ ...onBack, arms: [arm(4), arm(4)], legs: [hook, hook] });

/** Hips and knees bent a little over a cushion: the easy rest on the back. */
const lyingCushion = pose({
	...onBack,
	props: ['floor', 'mat', 'cushion-knees'],
	arms: [arm(4), arm(4)],
	legs: [leg(25, 45, -20), leg(25, 45, -20)]
});

export const LYING_POSES = {
	'lying-knees-bent': lyingKneesBent,
	'lying-flat': pose({ ...onBack, arms: [arm(4), arm(4)], legs: [leg(0, 0, -20), leg(0, 0, -20)] }),
	'lying-cushion': lyingCushion,
	'lying-breathing': tweak(lyingCushion, { arms: [arm(-15, 60), arm(4)], highlight: 'belly' }),
	'lying-pack': tweak(lyingKneesBent, {
		props: ['floor', 'mat', 'pack-back'],
		highlight: 'lower-back'
	}),
	'pelvic-tilt': tweak(lyingKneesBent, {
		pelvis: 186,
		spine: 6,
		legs: [leg(39, 90, -45), leg(39, 90, -45)],
		highlight: 'belly'
	}),
	'tummy-brace': tweak(lyingKneesBent, { highlight: 'belly' }),
	'knee-to-chest': tweak(lyingKneesBent, {
		arms: [arm(8, 82), arm(8, 82)],
		legs: [leg(118, 120, -20), hook],
		highlight: 'lower-back'
	}),
	'knees-to-chest': tweak(lyingKneesBent, {
		arms: [arm(8, 82), arm(8, 82)],
		legs: [leg(118, 120, -20), leg(118, 120, -20)],
		highlight: 'lower-back'
	}),
	// One ankle over the other knee: the crossing shin is drawn across the supporting knee.
	'figure-4-stretch': tweak(lyingKneesBent, {
		arms: [arm(8, 82), arm(8, 82)],
		legs: [leg(95, 100, -10), leg(75, 95, -10)],
		highlight: 'buttocks'
	}),
	bridge: tweak(lyingKneesBent, {
		pelvis: 200,
		anchor: 'shoulder',
		legs: [leg(-2, 95, -5), leg(-2, 95, -5)],
		highlight: 'buttocks'
	}),
	'dead-bug': tweak(lyingKneesBent, {
		arms: [arm(90), arm(90)],
		legs: [leg(90, 90, -20), leg(90, 90, -20)]
	}),
	'dead-bug-reach': tweak(lyingKneesBent, {
		arms: [arm(90), arm(170)],
		legs: [leg(25, 10, -20), leg(90, 90, -20)],
		highlight: 'belly'
	}),
	'heel-slide': tweak(lyingKneesBent, { legs: [leg(8, 10, -10), hook], highlight: 'belly' }),
	'hamstring-towel': tweak(lyingKneesBent, {
		props: ['floor', 'mat', 'towel'],
		arms: [arm(70, 10), arm(70, 10)],
		legs: [leg(70, 5, 0), hook],
		highlight: 'thigh-back'
	}),
	'rest-calves-on-chair': pose({
		...onBack,
		props: ['floor', 'mat', 'chair-calves'],
		arms: [arm(4), arm(4)],
		legs: [leg(88, 88, -10), leg(88, 88, -10)]
	}),
	prone: pose({
		pelvis: 0,
		flip: true,
		anchor: 'shoulder',
		props: ['floor', 'mat'],
		// Forehead resting on folded hands: the head-down, face-down shape of lying on the front.
		arms: [arm(172, 150), arm(172, 150)],
		legs: [leg(0, 0, -50), leg(0, 0, -50)]
	}),
	'prone-on-elbows': pose({
		pelvis: 0,
		flip: true,
		anchor: 'hip',
		spine: -20,
		neck: 5,
		props: ['floor', 'mat'],
		arms: [arm(70, 90), arm(70, 90)],
		legs: [leg(0, 0, -50), leg(0, 0, -50)],
		highlight: 'lower-back'
	}),
	'prone-pack': pose({
		pelvis: 0,
		flip: true,
		anchor: 'shoulder',
		props: ['floor', 'mat', 'pack-back'],
		arms: [arm(0), arm(0)],
		legs: [leg(0, 0, -50), leg(0, 0, -50)],
		highlight: 'lower-back'
	})
} as const;
