import {
	NOD_RANGE,
	RANGES,
	ROLL_RANGE,
	TWIST_RANGE,
	clampTo,
	type Arm,
	type Leg,
	type Pose
} from './body';

/** Smooth start and stop, like a body moving on purpose (cubic ease-in-out). */
export function ease(t: number): number {
	const x = Math.min(1, Math.max(0, t));
	return x < 0.5 ? 4 * x * x * x : 1 - (-2 * x + 2) ** 3 / 2;
}

const lerp = (a: number, b: number, t: number) => a + (b - a) * t;

/** Every joint angle pulled into the active range of motion for the pose's view. */
export function clampPose(pose: Pose): Pose {
	const r = RANGES[pose.view];
	const arm = (a: Arm): Arm => ({
		shoulder: clampTo(a.shoulder, r.shoulder),
		elbow: clampTo(a.elbow, r.elbow),
		...(a.fore !== undefined && { fore: clampTo(a.fore, [0.3, 1]) })
	});
	const leg = (l: Leg): Leg => ({
		hip: clampTo(l.hip, r.hip),
		knee: clampTo(l.knee, r.knee),
		ankle: clampTo(l.ankle, r.ankle)
	});
	return {
		...pose,
		spine: clampTo(pose.spine, r.spine),
		neck: clampTo(pose.neck, r.neck),
		arms: [arm(pose.arms[0]), arm(pose.arms[1])],
		legs: [leg(pose.legs[0]), leg(pose.legs[1])],
		thighScale: clampTo(pose.thighScale, [0.1, 1]),
		turn: clampTo(pose.turn, [-1, 1]),
		twist: clampTo(pose.twist, TWIST_RANGE),
		roll: clampTo(pose.roll, ROLL_RANGE),
		shrug: clampTo(pose.shrug, [0, 1]),
		nod: clampTo(pose.nod, NOD_RANGE)
	};
}

/**
 * The pose a fraction `t` of the way from `a` to `b` (t is used as given: ease it first).
 * Joint angles are interpolated, never points, so limbs keep their length; each angle moves
 * between two in-range values and is clamped, so no frame bends a joint the wrong way.
 * Two poses seen from different views cannot blend: the figure cuts at the midpoint.
 * The anchor and mirroring stay those of `a`, so the figure does not jump sideways.
 */
export function lerpPose(a: Pose, b: Pose, t: number): Pose {
	if (t <= 0) return a;
	if (a.view !== b.view || a.flip !== b.flip || a.palms !== b.palms)
		return t < 0.5 ? a : { ...b, anchor: a.anchor };
	// Props, the highlight and the arrow are those of the nearer pose.
	const near = t < 0.5 ? a : b;
	const arm = (x: Arm, y: Arm): Arm => ({
		shoulder: lerp(x.shoulder, y.shoulder, t),
		elbow: lerp(x.elbow, y.elbow, t),
		...((x.fore ?? y.fore) !== undefined && { fore: lerp(x.fore ?? 1, y.fore ?? 1, t) })
	});
	const leg = (x: Leg, y: Leg): Leg => ({
		hip: lerp(x.hip, y.hip, t),
		knee: lerp(x.knee, y.knee, t),
		ankle: lerp(x.ankle, y.ankle, t)
	});
	return clampPose({
		view: a.view,
		flip: a.flip,
		anchor: a.anchor,
		pelvis: lerp(a.pelvis, b.pelvis, t),
		spine: lerp(a.spine, b.spine, t),
		neck: lerp(a.neck, b.neck, t),
		arms: [arm(a.arms[0], b.arms[0]), arm(a.arms[1], b.arms[1])],
		legs: [leg(a.legs[0], b.legs[0]), leg(a.legs[1], b.legs[1])],
		thighScale: lerp(a.thighScale, b.thighScale, t),
		palms: a.palms,
		turn: lerp(a.turn, b.turn, t),
		twist: lerp(a.twist, b.twist, t),
		roll: lerp(a.roll, b.roll, t),
		shrug: lerp(a.shrug, b.shrug, t),
		nod: lerp(a.nod, b.nod, t),
		props: near.props,
		...(near.highlight && { highlight: near.highlight }),
		...(near.arrow && { arrow: near.arrow })
	});
}

/**
 * The same pose done with the other side of the body. From the side that is the mirror
 * image; from the front or above the left and right limbs also swap their angles, and side
 * bends, turns, twists and the knees' roll change direction.
 */
export function mirrorPose(pose: Pose): Pose {
	if (pose.view === 'side') return { ...pose, flip: !pose.flip };
	return {
		...pose,
		spine: -pose.spine,
		neck: -pose.neck,
		turn: -pose.turn,
		twist: -pose.twist,
		roll: -pose.roll,
		arms: [pose.arms[1], pose.arms[0]],
		legs: [pose.legs[1], pose.legs[0]]
	};
}
