import { BODY, type Anchor, type Pose } from './body';

/** A point in figure units (% of standing height), y up, the floor at y = 0. */
export interface Point {
	x: number;
	y: number;
}

/** Where every joint of a pose lies. Pairs are [near, far] (side view) or [left, right] (front). */
export interface Skeleton {
	hips: [Point, Point];
	waist: Point;
	shoulders: [Point, Point];
	/** Middle of the shoulder line: where the neck starts. */
	neckBase: Point;
	head: Point;
	elbows: [Point, Point];
	/** Where the forearm ends: the hand itself unless the palms lie flat. */
	wrists: [Point, Point];
	hands: [Point, Point];
	knees: [Point, Point];
	ankles: [Point, Point];
	heels: [Point, Point];
	toes: [Point, Point];
}

const RAD = Math.PI / 180;
const dir = (deg: number): Point => ({ x: Math.cos(deg * RAD), y: Math.sin(deg * RAD) });
const add = (p: Point, d: Point, len: number): Point => ({
	x: p.x + d.x * len,
	y: p.y + d.y * len
});

/**
 * Forward kinematics: joint angles to points, before the figure is placed on the floor.
 * Side view: the figure faces +x when upright, so flexion turns a segment clockwise.
 * Front view: index 0 is the screen-left limb (sign −1), index 1 the screen-right one.
 */
export function forward(pose: Pose): Skeleton {
	const front = pose.view === 'front';
	const hipMid = { x: 0, y: 0 };
	const across = dir(pose.pelvis - 90);
	const hips = pair((s) => (front ? add(hipMid, across, (s * BODY.hipSpan) / 2) : hipMid));
	const waist = add(hipMid, dir(pose.pelvis), BODY.pelvis);
	const chestDir = pose.pelvis - pose.spine;
	const neckBase = add(waist, dir(chestDir), BODY.chest);
	const shoulderAcross = dir(chestDir - 90);
	const shoulders = pair((s) =>
		front ? add(neckBase, shoulderAcross, (s * BODY.shoulderSpan) / 2) : neckBase
	);
	const head = add(neckBase, dir(chestDir - pose.neck), BODY.neck + BODY.headR);

	const armDirs = pair((s, i) => {
		const { shoulder, elbow } = pose.arms[i];
		const upper = chestDir + 180 + (front ? s * shoulder : shoulder);
		return [upper, upper + (front ? s * elbow : elbow)] as const;
	});
	const elbows = pair((_, i) => add(shoulders[i], dir(armDirs[i][0]), BODY.upperArm));
	const forearm = pose.palms ? BODY.wristArm : BODY.forearm;
	const wrists = pair((_, i) => add(elbows[i], dir(armDirs[i][1]), forearm));
	// Flat palms point the way the head points, along the floor.
	const ahead = neckBase.x >= hipMid.x ? 0 : 180;
	const hands = pair((_, i) => (pose.palms ? add(wrists[i], dir(ahead), BODY.palm) : wrists[i]));

	const legDirs = pair((s, i) => {
		const { hip, knee, ankle } = pose.legs[i];
		const thigh = pose.pelvis + 180 + (front ? s * hip : hip);
		const shin = thigh - (front ? s * knee : knee);
		// Seen from the front the feet point outwards a little; from the side they point ahead.
		const foot = front ? shin + s * 90 : shin + 90 + ankle;
		return [thigh, shin, foot] as const;
	});
	const thighLen = BODY.thigh * (front ? pose.thighScale : 1);
	const knees = pair((_, i) => add(hips[i], dir(legDirs[i][0]), thighLen));
	const ankles = pair((_, i) => add(knees[i], dir(legDirs[i][1]), BODY.shin));
	const footLen = front ? BODY.foot * 0.45 : BODY.foot;
	const heels = pair((_, i) => add(ankles[i], dir(legDirs[i][2]), front ? 0 : -BODY.heel));
	const toes = pair((_, i) => add(ankles[i], dir(legDirs[i][2]), footLen));
	return {
		hips,
		waist,
		shoulders,
		neckBase,
		head,
		elbows,
		wrists,
		hands,
		knees,
		ankles,
		heels,
		toes
	};
}

function pair<T>(make: (sign: number, index: 0 | 1) => T): [T, T] {
	return [make(-1, 0), make(1, 1)];
}

/** Every point with the half-width of what is drawn there, for bounds and grounding. */
export function extents(s: Skeleton): { p: Point; r: number }[] {
	const out: { p: Point; r: number }[] = [
		{ p: s.waist, r: BODY.trunkW / 2 },
		{ p: s.neckBase, r: BODY.trunkW / 2 },
		{ p: s.head, r: BODY.headR }
	];
	for (const i of [0, 1] as const) {
		out.push({ p: s.hips[i], r: BODY.trunkW / 2 }, { p: s.shoulders[i], r: BODY.trunkW / 2 });
		out.push({ p: s.elbows[i], r: BODY.armW / 2 }, { p: s.hands[i], r: BODY.armW / 2 });
		out.push({ p: s.knees[i], r: BODY.legW / 2 }, { p: s.ankles[i], r: BODY.legW / 2 });
		out.push({ p: s.heels[i], r: BODY.legW / 2.5 }, { p: s.toes[i], r: BODY.legW / 2.5 });
	}
	return out;
}

function anchorPoint(s: Skeleton, anchor: Anchor): Point {
	if (anchor === 'shoulder') return s.neckBase;
	if (anchor === 'knee') return s.knees[0];
	if (anchor === 'ankle') return s.ankles[0];
	if (anchor === 'far-ankle') return s.ankles[1];
	return { x: (s.hips[0].x + s.hips[1].x) / 2, y: 0 };
}

function map(s: Skeleton, f: (p: Point) => Point): Skeleton {
	const two = (ps: [Point, Point]): [Point, Point] => [f(ps[0]), f(ps[1])];
	return {
		hips: two(s.hips),
		waist: f(s.waist),
		shoulders: two(s.shoulders),
		neckBase: f(s.neckBase),
		head: f(s.head),
		elbows: two(s.elbows),
		wrists: two(s.wrists),
		hands: two(s.hands),
		knees: two(s.knees),
		ankles: two(s.ankles),
		heels: two(s.heels),
		toes: two(s.toes)
	};
}

/**
 * The pose's points placed in the scene: its lowest part touches the floor (y = 0), its
 * anchor sits at x = 0 so a moving limb does not slide the whole body, and a flipped pose
 * is mirrored.
 */
export function place(pose: Pose, anchor: Anchor = pose.anchor): Skeleton {
	const s = forward(pose);
	const bottom = Math.min(...extents(s).map(({ p, r }) => p.y - r));
	const ax = anchorPoint(s, anchor).x;
	const mirror = pose.flip ? -1 : 1;
	return map(s, (p) => ({ x: (p.x - ax) * mirror, y: p.y - bottom }));
}
