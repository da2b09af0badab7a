import { BODY, type Area, type Pose } from './body';
import { backOf, mid, path, r1, shift, unit } from './geometry';
import { MAT, propShapes } from './props';
import { extents, place, type Point, type Skeleton } from './kinematics';
import type { Box, Drawing, Stroke } from './drawing';

export type { Box, Drawing, PropShape, Stroke } from './drawing';

/** A placed skeleton, raised onto the mat when the pose lies on one. */
export function scene(pose: Pose, anchor = pose.anchor): Skeleton {
	const s = place(pose, anchor);
	if (!pose.props.includes('mat')) return s;
	const lift = (p: Point) => ({ x: p.x, y: p.y + MAT });
	const two = (ps: [Point, Point]): [Point, Point] => [lift(ps[0]), lift(ps[1])];
	return {
		hips: two(s.hips),
		waist: lift(s.waist),
		shoulders: two(s.shoulders),
		neckBase: lift(s.neckBase),
		head: lift(s.head),
		elbows: two(s.elbows),
		wrists: two(s.wrists),
		hands: two(s.hands),
		knees: two(s.knees),
		ankles: two(s.ankles),
		heels: two(s.heels),
		toes: two(s.toes)
	};
}

/** A 4:3 scene that holds every given skeleton, so one step's frames share one scale. */
export function boxFor(skeletons: Skeleton[]): Box {
	const all = skeletons.flatMap(extents);
	const minX = Math.min(...all.map(({ p, r }) => p.x - r)) - 4;
	const maxX = Math.max(...all.map(({ p, r }) => p.x + r)) + 4;
	const top = Math.max(...all.map(({ p, r }) => p.y + r)) + 4;
	const h = Math.max(top, (maxX - minX) * 0.75);
	const w = Math.max(maxX - minX, h / 0.75);
	return { x: (minX + maxX) / 2 - w / 2, w, h };
}

/** The drawing of one pose in a given scene box. */
export function draw(pose: Pose, box: Box, anchor = pose.anchor): Drawing {
	const s = scene(pose, anchor);
	const side = pose.view === 'side';
	const arm = (i: 0 | 1): Stroke => ({
		d: path([s.shoulders[i], s.elbows[i], s.wrists[i], s.hands[i]]),
		w: BODY.armW
	});
	const leg = (i: 0 | 1): Stroke => ({
		d: path([s.hips[i], s.knees[i], s.ankles[i]]) + path([s.heels[i], s.toes[i]]),
		w: BODY.legW
	});
	const hipMid = mid(s.hips[0], s.hips[1]);
	const trunk: Stroke = { d: path([hipMid, s.waist, s.neckBase]), w: BODY.trunkW };
	const shoulderLine: Stroke[] = side ? [] : [{ d: path(s.shoulders), w: BODY.trunkW * 0.8 }];
	const hipLine: Stroke[] = side ? [] : [{ d: path(s.hips), w: BODY.trunkW * 0.8 }];
	const bottom = -3;
	const drawing: Drawing = {
		viewBox: [box.x, -box.h, box.w, box.h - bottom].map(r1).join(' '),
		props: pose.props.flatMap((p) => propShapes(p, s, pose, box)),
		far: side ? [leg(1), arm(1)] : [],
		body: side ? [trunk, leg(0)] : [leg(0), leg(1), ...hipLine, trunk, ...shoulderLine],
		head: { cx: r1(s.head.x), cy: r1(-s.head.y), r: BODY.headR },
		front: side ? [arm(0)] : [arm(0), arm(1)]
	};
	if (!side && Math.abs(pose.turn) > 0.05) {
		// A turned head shows its nose on one side: the only way a front view can show a turn.
		const k = pose.turn;
		const nose = [
			{ x: s.head.x + k * BODY.headR * 0.6, y: s.head.y + 0.5 },
			{ x: s.head.x + k * (BODY.headR + 2.2), y: s.head.y - 0.8 }
		];
		drawing.front.push({ d: path(nose), w: 3 });
	}
	if (pose.highlight) drawing.highlight = highlight(pose.highlight, s, pose);
	return drawing;
}

function highlight(area: Area, s: Skeleton, pose: Pose): Stroke {
	const hip = mid(s.hips[0], s.hips[1]);
	const back = backOf(s, pose);
	const off = pose.view === 'side' ? BODY.trunkW * 0.22 : 0;
	const w = BODY.trunkW * 0.5;
	const along = (a: Point, b: Point, t0: number, t1: number, o: number) => ({
		d: path([shift(mid(a, b, t0), back, o), shift(mid(a, b, t1), back, o)]),
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
			return along(hip, s.waist, 0.3, 1.4, -off);
		case 'lower-back':
			return along(hip, s.waist, 0.3, 1.4, off);
		case 'buttocks':
			return along(hip, s.waist, -0.25, 0.35, off);
		case 'shoulder-blades':
			return along(s.waist, s.neckBase, 0.45, 0.95, off);
		case 'chest':
			return along(s.waist, s.neckBase, 0.45, 0.95, -off);
		case 'side':
			return along(hip, s.neckBase, 0.15, 0.85, 0);
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
