/** Standing and sitting, seen from the side, facing right. */
import { arm, leg, pose, tweak } from './build';

const standing = pose({
	pelvis: 90,
	anchor: 'ankle',
	arms: [arm(4, 8), arm(4, 8)],
	legs: [leg(0), leg(0)]
});

const sitting = pose({
	pelvis: 90,
	anchor: 'hip',
	props: ['floor', 'chair'],
	arms: [arm(-5, 70), arm(-5, 70)],
	legs: [leg(90, 90), leg(90, 90)]
});

/**
 * Standing tall beside a chair, the near hand on top of its back: the start of a standing
 * stretch. The far foot is the one that stays planted, so the near leg can step back.
 */
const standingChair = tweak(standing, {
	neck: -3,
	anchor: 'far-ankle',
	props: ['floor', 'chair-ahead'],
	arms: [arm(-4, 71), arm(-53, 108)]
});

/**
 * The standing leg of a march: a soft knee and a flat foot pointing ahead, so it reads as a
 * leg, not as a post under the body.
 */
const stance = leg(3, 6, 3);

/** One marching step: the near knee lifted, the opposite arm swinging forward. */
const march = tweak(standing, {
	arms: [arm(-20, 30), arm(35, 60)],
	legs: [leg(65, 75, -10), stance]
});

/** One walking stride: the near leg ahead, the far leg pushing off behind. */
const walk = tweak(standing, {
	arms: [arm(-20, 15), arm(25, 20)],
	legs: [leg(25, 8, 5), leg(-12, 25, -15)]
});

export const UPRIGHT_POSES = {
	standing,
	// Growing tall: an arrow up from the crown, the chin level and the chest a little lifted.
	'standing-tall': tweak(standing, { spine: -3, neck: 0, arrow: 'lengthen' }),
	'standing-wall': tweak(standing, { props: ['floor', 'wall-behind'] }),
	'standing-chair': standingChair,
	'arms-forward': tweak(standing, { arms: [arm(90, 0), arm(90, 0)] }),
	'mini-squat': tweak(standing, {
		pelvis: 75,
		arms: [arm(60, 10), arm(60, 10)],
		legs: [leg(50, 55, 20), leg(50, 55, 20)],
		highlight: 'thigh-front'
	}),
	'hip-hinge': tweak(standing, {
		pelvis: 45,
		neck: -15,
		arms: [arm(45, 5), arm(45, 5)],
		legs: [leg(50, 15, 10), leg(50, 15, 10)],
		highlight: 'thigh-back'
	}),
	// Hands on the lower back, hips pushed forward, the trunk leaning back from the waist.
	'standing-back-bend': tweak(standing, {
		pelvis: 96,
		spine: -25,
		neck: -22,
		arms: [arm(-78, 100), arm(-78, 100)],
		legs: [leg(-18, 4), leg(-18, 4)],
		highlight: 'lower-back'
	}),
	'heel-raise': tweak(standing, {
		props: ['floor', 'wall-ahead'],
		arms: [arm(60, 30), arm(60, 30)],
		legs: [leg(0, 0, -35), leg(0, 0, -35)],
		highlight: 'calf'
	}),
	'standing-hold': tweak(standing, {
		props: ['floor', 'wall-ahead'],
		arms: [arm(60, 30), arm(60, 30)]
	}),
	'march-near': march,
	'march-far': tweak(march, {
		arms: [arm(35, 60), arm(-20, 30)],
		legs: [stance, leg(65, 75, -10)]
	}),
	'walk-near': walk,
	'walk-far': tweak(walk, {
		arms: [arm(25, 20), arm(-20, 15)],
		legs: [leg(-12, 25, -15), leg(25, 8, 5)]
	}),
	// Arm circles: the arms sweep round the shoulders, as the faint arrow shows; up high the arm
	// passes in front of the face, clear of the head.
	'arm-circle-low': tweak(standing, { arms: [arm(30, 5), arm(30, 5)], arrow: 'arm-circle' }),
	'arm-circle-high': tweak(standing, { arms: [arm(150, 5), arm(150, 5)], arrow: 'arm-circle' }),
	// The near leg is the stretched one: straight, well back, heel down; the front knee bends.
	'calf-stretch': tweak(standing, {
		pelvis: 80,
		props: ['floor', 'wall-ahead'],
		arms: [arm(80, 20), arm(80, 20)],
		legs: [leg(-10, 0, 20), leg(28, 38, 20)],
		highlight: 'calf'
	}),
	'thigh-stretch': tweak(standing, {
		props: ['floor', 'wall-ahead'],
		arms: [arm(-30, 0), arm(70, 30)],
		legs: [leg(-5, 130, -40), leg(0)],
		highlight: 'thigh-front'
	}),
	// Split stance, the near leg well back on its toes, the pelvis tucked under (tilted back,
	// the chest upright over it): the front of the back hip stretches, not the calf, so the
	// trunk stays tall instead of leaning onto a wall as in the calf stretch.
	'hip-flexor-stretch': tweak(standingChair, {
		pelvis: 95,
		spine: 7,
		neck: 0,
		arms: [arm(36, 37), arm(-51, 108)],
		legs: [leg(-28, 25, 13), leg(30, 40, 5)],
		highlight: 'thigh-front'
	}),
	'chest-opener': tweak(standing, {
		spine: -5,
		arms: [arm(-40, 5), arm(-40, 5)],
		highlight: 'chest'
	}),
	'shoulder-squeeze': tweak(standing, {
		arms: [arm(-30, 95), arm(-30, 95)],
		highlight: 'shoulder-blades'
	}),
	'elbows-bent': tweak(standing, { arms: [arm(0, 90), arm(0, 90)] }),
	'pack-in-hands': tweak(standing, {
		props: ['floor', 'pack-hands'],
		arms: [arm(35, 70), arm(35, 70)]
	}),
	sitting,
	// Leaning back against the chair, shoulders and arms loose, hands resting on the thighs.
	'sitting-relaxed': tweak(sitting, {
		pelvis: 104,
		spine: 4,
		neck: 8,
		arms: [arm(8, 45), arm(8, 45)],
		legs: [leg(76, 90), leg(76, 90)]
	}),
	// The near hand on the belly: the forearm lies across it, so from the side it looks short.
	'sitting-breathing': tweak(sitting, {
		arms: [arm(-5, 100, 0.5), arm(-5, 70)],
		highlight: 'belly'
	}),
	// The pack itself marks the lower back: no highlight over it.
	'sitting-pack': tweak(sitting, { props: ['floor', 'chair', 'pack-back'] }),
	// The pelvis tips forward and the lower back hollows: the spine curves forward at the waist,
	// the chest lifts. The opposite curve of seated-round.
	'seated-arch': tweak(sitting, {
		pelvis: 70,
		spine: -25,
		neck: -8,
		legs: [leg(110, 90), leg(110, 90)],
		highlight: 'lower-back'
	}),
	// The pelvis tips back and the back rounds into a C, head and shoulders forward and down.
	'seated-round': tweak(sitting, {
		pelvis: 112,
		spine: 45,
		neck: 20,
		arms: [arm(10, 60), arm(10, 60)],
		legs: [leg(68, 90), leg(68, 90)],
		highlight: 'lower-back'
	}),
	// The head slides straight back: the neck tips back, the face stays level.
	'chin-tuck': tweak(sitting, { neck: -12, nod: 12, highlight: 'neck' }),
	// Shoulders pulled up towards the ears (arrow), hands still on the thighs.
	'sitting-shrug': tweak(sitting, {
		shrug: 1,
		arms: [arm(-5, 62), arm(-5, 62)],
		arrow: 'shrug',
		highlight: 'neck'
	}),
	'sitting-squeeze': tweak(sitting, {
		arms: [arm(-30, 95), arm(-30, 95)],
		highlight: 'shoulder-blades'
	})
} as const;
