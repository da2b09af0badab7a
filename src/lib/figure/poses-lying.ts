/** Poses on the back, on the front and on the side (lying family: head to the left). */
import type { Arm, Leg } from './body';
import { arm, leg, pose, tweak } from './build';

// The head is rounder than the trunk is deep: a small nod lets both rest on the floor.
const onBack = { pelvis: 180, neck: 5, anchor: 'shoulder', props: ['floor', 'mat'] } as const;
const hook = leg(45, 90, -45);
/** Lying on the front: legs resting on the floor, the tops of the feet flat. */
const prone = leg(-1, 0, -80);

/**
 * On the back, knees bent, with the lower back's natural hollow: the pelvis tips a little
 * forward and the spine arches back, so a small gap shows under the waist. A pelvic tilt
 * closes it.
 */
const lyingKneesBent = pose({
	...onBack,
	pelvis: 166,
	spine: -22.5,
	neck: 13.5,
	// The arms along the floor by the sides, below the trunk's middle: the belly stays clear.
	arms: [arm(-13), arm(-13)],
	legs: [leg(59, 90, -45), leg(59, 90, -45)]
});

/**
 * Hands on the shins below the knees, arms reaching from the shoulders, the knee pulled in; a
 * knee drawn in tips the pelvis back and flattens the lower back.
 */
const hug: { arms: [Arm, Arm]; knee: Leg } = {
	arms: [arm(34, 35), arm(34, 35)],
	knee: leg(125, 110, -20)
};
const flat = { pelvis: 180, spine: 0, neck: 5 } as const;

/** Hips and knees bent a little over a cushion: the easy rest on the back. */
const lyingCushion = pose({
	...onBack,
	props: ['floor', 'mat', 'cushion-knees'],
	arms: [arm(-4), arm(-4)],
	legs: [leg(25, 45, -20), leg(25, 45, -20)]
});

export const LYING_POSES = {
	'lying-knees-bent': lyingKneesBent,
	// The legs slope down a little from the hip joints so the heels rest on the floor.
	'lying-flat': pose({
		...onBack,
		arms: [arm(-4), arm(-4)],
		legs: [leg(0, 0, -10), leg(0, 0, -10)]
	}),
	'lying-cushion': lyingCushion,
	// The near hand rests on the belly: the elbow on the floor, the forearm across the belly
	// (so from the side it looks short).
	'lying-breathing': tweak(lyingCushion, {
		arms: [arm(-9, 108, 0.57), arm(-4)],
		highlight: 'belly'
	}),
	// The pack itself marks the lower back: no highlight over it.
	'lying-pack': tweak(lyingKneesBent, { props: ['floor', 'mat', 'pack-back'] }),
	// The lower back pressed flat into the floor (the pelvis tips back, the hollow closes), an
	// arrow pressing down, the highlight where it moves.
	'pelvic-tilt': tweak(lyingKneesBent, {
		...flat,
		arms: [arm(-4), arm(-4)],
		legs: [hook, hook],
		highlight: 'lower-back',
		arrow: 'press-back'
	}),
	// Still, in neutral: only the belly works.
	'tummy-brace': tweak(lyingKneesBent, { highlight: 'belly' }),
	'knee-to-chest': tweak(lyingKneesBent, {
		...flat,
		arms: hug.arms,
		legs: [hug.knee, hook],
		highlight: 'lower-back'
	}),
	'knees-to-chest': tweak(lyingKneesBent, {
		...flat,
		arms: hug.arms,
		legs: [hug.knee, hug.knee],
		highlight: 'lower-back'
	}),
	// The near ankle rests on the far knee, the near knee turned out: the shin crosses in front
	// of the supporting thigh, which is drawn pale behind it.
	'figure-4-stretch': tweak(lyingKneesBent, {
		...flat,
		arms: [arm(-4), arm(-4)],
		legs: [leg(100, 102, -5), hook],
		highlight: 'buttocks'
	}),
	bridge: tweak(lyingKneesBent, {
		pelvis: 200,
		spine: 0,
		anchor: 'shoulder',
		legs: [leg(-2, 95, -5), leg(-2, 95, -5)],
		highlight: 'buttocks'
	}),
	'dead-bug': tweak(lyingKneesBent, {
		...flat,
		arms: [arm(90), arm(90)],
		legs: [leg(90, 90, -20), leg(90, 90, -20)]
	}),
	'dead-bug-reach': tweak(lyingKneesBent, {
		...flat,
		arms: [arm(90), arm(170)],
		legs: [leg(25, 10, -20), leg(90, 90, -20)],
		highlight: 'belly'
	}),
	// The heel slides along the floor until the leg is nearly straight: the heel stays down.
	'heel-slide': tweak(lyingKneesBent, {
		legs: [leg(27, 26, -5), lyingKneesBent.legs[1]],
		highlight: 'belly',
		arrow: 'slide'
	}),
	'hamstring-towel': tweak(lyingKneesBent, {
		props: ['floor', 'mat', 'towel'],
		arms: [arm(70, 10), arm(70, 10)],
		legs: [leg(84, 5, 0), lyingKneesBent.legs[1]],
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
		legs: [prone, prone]
	}),
	// The sphinx: pelvis and legs lie on the floor, the lower back arches, the chest rises on
	// the forearms, elbows under the shoulders.
	'prone-on-elbows': pose({
		pelvis: 18,
		flip: true,
		anchor: 'hip',
		spine: -25,
		neck: 5,
		props: ['floor', 'mat'],
		arms: [arm(56, 81), arm(56, 81)],
		legs: [leg(-15, 5, -80), leg(-15, 5, -80)],
		highlight: 'lower-back'
	}),
	'prone-pack': pose({
		pelvis: 0,
		flip: true,
		anchor: 'shoulder',
		props: ['floor', 'mat', 'pack-back'],
		arms: [arm(0), arm(0)],
		legs: [prone, prone]
	})
} as const;
