import { arrowShapes } from './arrows';
import { BODY, SCENE, type Area, type Pose } from './body';
import type { Box, Drawing, Stroke } from './drawing';
import { backOf, curve, ellipse, mid, path, r1, shift, unit } from './geometry';
import {
	extents,
	mapSkeleton,
	place,
	spineAt,
	spineCtrl,
	type Point,
	type Skeleton
} from './kinematics';
import { MAT, propShapes } from './props';

export type { Box, Drawing, PropShape, Stroke } from './drawing';

/** The gap left around a near limb where it crosses what lies behind it. */
export const GAP = 1.6;

/** A placed skeleton, raised onto the mat when the pose lies on one. */
export function scene(pose: Pose, anchor = pose.anchor): Skeleton {
	const s = place(pose, anchor);
	if (!pose.props.includes('mat')) return s;
	return mapSkeleton(s, (p) => ({ x: p.x, y: p.y + MAT }));
}

/**
 * The scene box for the given skeletons (one pose, or every frame of a step): always SCENE's
 * size, so every figure is drawn at one scale, moved sideways to centre the bodies. Only a
 * made-up pair of poses too far apart for it gets a larger box (and so a smaller figure).
 */
export function boxFor(skeletons: Skeleton[]): Box {
	const all = skeletons.flatMap(extents);
	const minX = Math.min(...all.map(({ p, r }) => p.x - r)) - 3;
	const maxX = Math.max(...all.map(({ p, r }) => p.x + r)) + 3;
	const top = Math.max(...all.map(({ p, r }) => p.y + r)) + 3;
	const h = Math.max(SCENE.h, top, (maxX - minX) * (SCENE.h / SCENE.w));
	const w = (h * SCENE.w) / SCENE.h;
	return { x: (minX + maxX) / 2 - w / 2, w, h };
}

/** Part of a limb from a fraction `t` along its first segment: where its gap starts. */
function from(ps: Point[], t: number): Point[] {
	return [mid(ps[0]!, ps[1]!, t), ...ps.slice(1)];
}

/** The drawing of one pose in a given scene box. */
export function draw(pose: Pose, box: Box, anchor = pose.anchor): Drawing {
	const s = scene(pose, anchor);
	const armPts = (i: 0 | 1) => [s.shoulders[i], s.elbows[i], s.wrists[i], s.hands[i]];
	const legPts = (i: 0 | 1) => [s.hips[i], s.knees[i], s.ankles[i]];
	const arm = (i: 0 | 1, pale = false): Stroke => ({
		d: path(armPts(i)),
		w: BODY.armW,
		...(pale && { pale })
	});
	const leg = (i: 0 | 1, pale = false): Stroke => ({
		d: path(legPts(i)) + path([s.heels[i], s.toes[i]]),
		w: BODY.legW,
		...(pale && { pale })
	});
	// The gap starts a little way from the shoulder or hip, so the limb stays joined on.
	const armGap = (i: 0 | 1): Stroke => ({
		d: path(from(armPts(i), 0.45)),
		w: BODY.armW + 2 * GAP
	});
	const legGap = (i: 0 | 1): Stroke => ({
		d: path(from(legPts(i), 0.4)) + path([s.heels[i], s.toes[i]]),
		w: BODY.legW + 2 * GAP
	});
	const hipMid = mid(s.hips[0], s.hips[1]);
	const bottom = -3;
	const props = pose.props.flatMap((p) => propShapes(p, s, pose, box));
	// A pack drawn over the body gets a gap all round, like a near limb.
	const over = props.filter((p) => p.over).map((p) => ({ d: p.d, w: 2 * GAP }));
	const common = {
		viewBox: [box.x, -box.h, box.w, box.h - bottom].map(r1).join(' '),
		props,
		arrows: pose.arrow ? [arrowShapes(pose.arrow, s, pose)] : [],
		...face(pose, s),
		...(pose.highlight && { highlight: highlight(pose.highlight, s, pose) })
	};

	if (pose.view === 'side') {
		// Raised shoulders (a shrug) lift the top of the trunk with them.
		const top = shift(s.shoulders[0], unit(hipMid, s.neckBase), BODY.shoulderDrop);
		const shrug: Stroke[] =
			pose.shrug > 0.05 ? [{ d: path([s.neckBase, top]), w: BODY.trunkW * 0.85 }] : [];
		return {
			...common,
			back: [leg(1, true), arm(1, true)],
			body: [{ d: curve(hipMid, spineCtrl(s), s.neckBase), w: BODY.trunkW }, ...shrug, leg(0)],
			front: [arm(0)],
			gaps: { back: [legGap(0)], front: [armGap(0)], over }
		};
	}

	// Seen from the front the trunk ends at the shoulder line, leaving a neck below the head.
	const trunk: Stroke = {
		d: curve(hipMid, spineCtrl(s), mid(s.shoulders[0], s.shoulders[1])),
		w: BODY.trunkW
	};
	const hipLine: Stroke = { d: path(s.hips), w: BODY.trunkW * 0.8 };
	const shoulderLine: Stroke = { d: path(s.shoulders), w: BODY.trunkW * 0.8 };

	if (pose.view === 'top') {
		// Seen from above, the leg lying lower goes under the other one.
		const upper = s.kneeHeight[1] > s.kneeHeight[0] ? 1 : 0;
		const lower = upper ? 0 : 1;
		return {
			...common,
			back: [leg(lower)],
			body: [arm(0), arm(1), hipLine, trunk, shoulderLine, leg(upper)],
			front: [],
			gaps: { back: [legGap(upper)], front: [], over }
		};
	}

	// Front view: a twisted chest takes one shoulder back; that arm goes behind the body.
	const behind = pose.twist > 5 ? 1 : pose.twist < -5 ? 0 : -1;
	const arms = ([0, 1] as const).filter((i) => i !== behind);
	return {
		...common,
		back: behind === -1 ? [] : [arm(behind, true)],
		body: [leg(0), leg(1), hipLine, trunk, shoulderLine],
		front: arms.map((i) => arm(i)),
		gaps: { back: [], front: arms.map(armGap), over }
	};
}

/**
 * The face, so every figure shows which way it looks: from the side a nose in front of the
 * head; facing the viewer (front and top view) two eyes cut out of the head, and a nose to the
 * side when the head turns.
 */
function face(pose: Pose, s: Skeleton): Pick<Drawing, 'head' | 'nose'> {
	const c = s.head;
	const r = BODY.headR;
	const up = unit(s.neckBase, c);
	const round = { cx: r1(c.x), cy: r1(-c.y), r };
	if (pose.view === 'side') {
		// The figure faces clockwise from its head's axis, mirrored when flipped; a nod tips it.
		const k = pose.flip ? -1 : 1;
		const a = (pose.nod * Math.PI) / 180;
		const level = { x: k * up.y, y: -k * up.x };
		const ahead = {
			x: level.x * Math.cos(a) - up.x * Math.sin(a),
			y: level.y * Math.cos(a) - up.y * Math.sin(a)
		};
		const root = shift(shift(c, ahead, r * 0.55), up, -0.6);
		const tip = shift(shift(c, ahead, r + 2.2), up, -1.5);
		return { head: { ...round, d: ellipse(c, r, r) }, nose: { d: path([root, tip]), w: 3.4 } };
	}
	// Screen right of the face, whichever way the head lies.
	const right = { x: up.y, y: -up.x };
	const turn = pose.turn;
	const eyes = [-1, 1].map((k) => shift(shift(c, right, k * 2.6 + turn * 2.2), up, 0.9));
	const head = { ...round, d: ellipse(c, r, r) + eyes.map((e) => ellipse(e, 1.35, 1.35)).join('') };
	if (Math.abs(turn) < 0.05) return { head };
	const root = shift(c, right, turn * r * 0.55);
	const tip = shift(shift(c, right, turn * (r + 2.2)), up, -0.8);
	return { head, nose: { d: path([root, tip]), w: 3.4 } };
}

function highlight(area: Area, s: Skeleton, pose: Pose): Stroke {
	const back = backOf(s, pose);
	const off = pose.view === 'side' ? BODY.trunkW * 0.22 : 0;
	const w = BODY.trunkW * 0.5;
	// A stretch of the spine curve, from t0 to t1, moved towards the back (o > 0) or front.
	const spine = (t0: number, t1: number, o: number): Stroke => ({
		d: path([0, 0.25, 0.5, 0.75, 1].map((k) => shift(spineAt(s, t0 + (t1 - t0) * k), back, o))),
		w
	});
	const limb = (a: Point, b: Point, toBack: boolean) => {
		const d = unit(a, b);
		const k = (pose.flip ? -1 : 1) * (toBack ? -1 : 1);
		const n = { x: -d.y * k, y: d.x * k };
		return { d: path([shift(mid(a, b, 0.2), n, 1.2), shift(mid(a, b, 0.8), n, 1.2)]), w: 3 };
	};
	switch (area) {
		case 'belly':
			return spine(0.12, 0.5, -off);
		case 'lower-back':
			return spine(0.12, 0.5, off);
		case 'buttocks':
			return spine(-0.08, 0.14, off);
		case 'shoulder-blades':
			return spine(0.66, 0.96, off);
		case 'chest':
			return spine(0.66, 0.96, -off);
		case 'side':
			return spine(0.15, 0.85, 0);
		case 'neck':
			return { d: path([s.neckBase, mid(s.neckBase, s.head, 0.55)]), w: BODY.armW };
		case 'thigh-front':
			return limb(s.hips[0], s.knees[0], false);
		case 'thigh-back':
			return limb(s.hips[0], s.knees[0], true);
		case 'calf':
			return limb(s.knees[0], s.ankles[0], true);
	}
}
