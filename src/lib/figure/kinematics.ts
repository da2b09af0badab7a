import { BODY, SPINE_BEND, type Anchor, type Pose } from './body';

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
	/** Top view: how high each knee is above the floor, so the upper leg is drawn on top. */
	kneeHeight: [number, number];
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
 * Top view (lying on the back, seen from above): the upper body as in the front view, the legs
 * bent as in the side view, then rolled about the body's long axis and seen from above.
 */
export function forward(pose: Pose): Skeleton {
	const front = pose.view !== 'side';
	const hipMid = { x: 0, y: 0 };
	const across = dir(pose.pelvis - 90);
	const waist = add(hipMid, dir(pose.pelvis), BODY.pelvis);
	const chestDir = pose.pelvis - pose.spine;
	const neckBase = add(waist, dir(chestDir), BODY.chest);
	const up = dir(chestDir);
	// A twisted chest is seen turned: its shoulder line looks narrower.
	const span = (BODY.shoulderSpan / 2) * Math.cos(pose.twist * RAD);
	const shoulderAcross = dir(chestDir - 90);
	const lift = BODY.shrugMax * pose.shrug - BODY.shoulderDrop;
	const shoulders = pair((s) => add(add(neckBase, up, lift), shoulderAcross, front ? s * span : 0));
	const head = add(neckBase, dir(chestDir - pose.neck), BODY.neck + BODY.headR);

	const armDirs = pair((s, i) => {
		const { shoulder, elbow } = pose.arms[i];
		const upper = chestDir + 180 + (front ? s * shoulder : shoulder);
		return [upper, upper + (front ? s * elbow : elbow)] as const;
	});
	const elbows = pair((_, i) => add(shoulders[i], dir(armDirs[i][0]), BODY.upperArm));
	const forearm = pose.palms ? BODY.wristArm : BODY.forearm;
	const wrists = pair((_, i) =>
		add(elbows[i], dir(armDirs[i][1]), forearm * (pose.arms[i].fore ?? 1))
	);
	// Flat palms point the way the head points, along the floor.
	const ahead = neckBase.x >= hipMid.x ? 0 : 180;
	const hands = pair((_, i) => (pose.palms ? add(wrists[i], dir(ahead), BODY.palm) : wrists[i]));

	const legs = pose.view === 'top' ? topLegs(pose) : planeLegs(pose, front, across);
	return { hips: legs.hips, waist, shoulders, neckBase, head, elbows, wrists, hands, ...legs.rest };
}

type LegPoints = Pick<Skeleton, 'hips' | 'knees' | 'ankles' | 'heels' | 'toes' | 'kneeHeight'>;

/** Legs in the plane of the drawing: side view, or front view (abduction, foreshortened thighs). */
function planeLegs(
	pose: Pose,
	front: boolean,
	across: Point
): { hips: [Point, Point]; rest: Omit<LegPoints, 'hips'> } {
	const hipMid = { x: 0, y: 0 };
	const hips = pair((s) => (front ? add(hipMid, across, (s * BODY.hipSpan) / 2) : hipMid));
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
	return { hips, rest: { knees, ankles, heels, toes, kneeHeight: [0, 0] } };
}

/**
 * How far apart (degrees) the knees of a top view fall when both point at the ceiling, so their
 * bend shows from above; they close up as they drop to one side together.
 */
const SPLAY = 18;

/**
 * Legs of a body lying on its back, seen from above. Each leg is bent in its own sagittal plane
 * (hip and knee flexion, as from the side), then the pelvis and both legs roll together about
 * the body's long axis by `roll`, and the result is seen from above: a leg pointing at the
 * ceiling looks short, one dropped to the side shows its whole bend. The knees' height above
 * the floor says which leg lies on top.
 */
function topLegs(pose: Pose): { hips: [Point, Point]; rest: Omit<LegPoints, 'hips'> } {
	// Along the body towards the feet, and across it towards the top of the screen.
	const along = dir(pose.pelvis + 180);
	const side = dir(pose.pelvis - 90);
	const at = (a: number, l: number): Point => ({
		x: along.x * a + side.x * l,
		y: along.y * a + side.y * l
	});
	const out = pair((s, i) => {
		const { hip, knee, ankle } = pose.legs[i];
		const splay = SPLAY * Math.max(0, 1 - Math.abs(pose.roll) / 45);
		const roll = (pose.roll + s * splay) * RAD;
		const hipL = ((s * BODY.hipSpan) / 2) * Math.cos(pose.roll * RAD);
		const hipH = ((s * BODY.hipSpan) / 2) * Math.sin(pose.roll * RAD);
		// In the leg's own plane: a along the body, h up from the floor.
		const kneeA = BODY.thigh * Math.cos(hip * RAD);
		const kneeH = BODY.thigh * Math.sin(hip * RAD);
		const shin = (hip - knee) * RAD;
		const ankleA = kneeA + BODY.shin * Math.cos(shin);
		const ankleH = kneeH + BODY.shin * Math.sin(shin);
		const foot = shin + (90 + ankle) * RAD;
		const toeA = ankleA + BODY.foot * 0.6 * Math.cos(foot);
		const toeH = ankleH + BODY.foot * 0.6 * Math.sin(foot);
		// Rolled about the long axis: height turns into sideways reach.
		const seen = (a: number, h: number) => at(a, hipL + h * Math.sin(roll));
		return {
			hip: at(0, hipL),
			knee: seen(kneeA, kneeH),
			ankle: seen(ankleA, ankleH),
			toe: seen(toeA, toeH),
			kneeHeight: hipH + kneeH * Math.cos(roll)
		};
	});
	return {
		hips: [out[0].hip, out[1].hip],
		rest: {
			knees: [out[0].knee, out[1].knee],
			ankles: [out[0].ankle, out[1].ankle],
			heels: [out[0].ankle, out[1].ankle],
			toes: [out[0].toe, out[1].toe],
			kneeHeight: [out[0].kneeHeight, out[1].kneeHeight]
		}
	};
}

function pair<T>(make: (sign: number, index: 0 | 1) => T): [T, T] {
	return [make(-1, 0), make(1, 1)];
}

/**
 * The control point of the spine as drawn: a smooth curve from between the hips to the shoulder
 * line, bending the way the waist does, SPINE_BEND times further.
 */
export function spineCtrl(s: Skeleton): Point {
	const hip = { x: (s.hips[0].x + s.hips[1].x) / 2, y: (s.hips[0].y + s.hips[1].y) / 2 };
	const k = 2 * SPINE_BEND;
	const c = (a: 'x' | 'y') => (hip[a] + s.neckBase[a]) / 2;
	return { x: c('x') + k * (s.waist.x - c('x')), y: c('y') + k * (s.waist.y - c('y')) };
}

/** The point a fraction t along the spine as drawn, from the hips (0) to the shoulders (1). */
export function spineAt(s: Skeleton, t: number): Point {
	const c = spineCtrl(s);
	const a = { x: (s.hips[0].x + s.hips[1].x) / 2, y: (s.hips[0].y + s.hips[1].y) / 2 };
	const b = s.neckBase;
	const u = 1 - t;
	return {
		x: u * u * a.x + 2 * u * t * c.x + t * t * b.x,
		y: u * u * a.y + 2 * u * t * c.y + t * t * b.y
	};
}

/** Every point with the half-width of what is drawn there, for bounds and grounding. */
export function extents(s: Skeleton): { p: Point; r: number }[] {
	// The trunk is drawn as a curve bending towards the waist: sample it.
	const spine = [0.25, 0.5, 0.75].map((t) => spineAt(s, t));
	const out: { p: Point; r: number }[] = [
		...spine.map((p) => ({ p, r: BODY.trunkW / 2 })),
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

/** The skeleton with every point moved by f. */
export function mapSkeleton(s: Skeleton, f: (p: Point) => Point): Skeleton {
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
		toes: two(s.toes),
		kneeHeight: s.kneeHeight
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
	return mapSkeleton(s, (p) => ({ x: (p.x - ax) * mirror, y: p.y - bottom }));
}
