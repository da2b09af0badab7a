import { BODY, type Area, type Pose, type Prop } from './body';
import { extents, place, type Point, type Skeleton } from './kinematics';

/** A round-capped stroke: an SVG path and its width. */
export interface Stroke {
	d: string;
	w: number;
}

/** Something drawn behind the body: filled (pillow, mat, panel) or stroked (chair, wall, floor). */
export interface PropShape {
	d: string;
	fill: boolean;
	/** Something the person holds or places (a cold or warm pack): drawn darker. */
	strong?: boolean;
}

/** A pose ready to render: plain data (SVG path strings), so a page can ship it prerendered. */
export interface Drawing {
	viewBox: string;
	props: PropShape[];
	/** The far arm and leg (side view), drawn a step lighter and behind. */
	far: Stroke[];
	/** Trunk and the limbs drawn behind the near arm. */
	body: Stroke[];
	head: { cx: number; cy: number; r: number };
	/** The near arm: drawn last so it crosses in front of the trunk. */
	front: Stroke[];
	highlight?: Stroke;
}

/** The scene rectangle in figure units, y up; the floor is y = 0. */
export interface Box {
	x: number;
	w: number;
	h: number;
}

const MAT = 2;
const r1 = (n: number) => Math.round(n * 10) / 10;
/** Figure y is up, SVG y is down. */
const path = (ps: Point[]) => ps.map((p, i) => `${i ? 'L' : 'M'}${r1(p.x)} ${r1(-p.y)}`).join('');
const rect = (x0: number, y0: number, x1: number, y1: number) =>
	path([
		{ x: x0, y: y0 },
		{ x: x1, y: y0 },
		{ x: x1, y: y1 },
		{ x: x0, y: y1 }
	]) + 'Z';
const ellipse = (c: Point, rx: number, ry: number) =>
	`M${r1(c.x - rx)} ${r1(-c.y)}a${r1(rx)} ${r1(ry)} 0 1 0 ${r1(2 * rx)} 0a${r1(rx)} ${r1(ry)} 0 1 0 ${r1(-2 * rx)} 0Z`;

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

const mid = (a: Point, b: Point, t = 0.5): Point => ({
	x: a.x + (b.x - a.x) * t,
	y: a.y + (b.y - a.y) * t
});
const unit = (a: Point, b: Point): Point => {
	const l = Math.hypot(b.x - a.x, b.y - a.y) || 1;
	return { x: (b.x - a.x) / l, y: (b.y - a.y) / l };
};
const shift = (p: Point, d: Point, len: number): Point => ({
	x: p.x + d.x * len,
	y: p.y + d.y * len
});

/**
 * The direction of the body's back, square to the trunk: the figure faces clockwise from
 * its trunk when unmirrored, so its back is counter-clockwise.
 */
function backOf(s: Skeleton, pose: Pose): Point {
	const t = unit(mid(s.hips[0], s.hips[1]), s.neckBase);
	const k = pose.flip ? -1 : 1;
	return { x: -t.y * k, y: t.x * k };
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

function propShapes(prop: Prop, s: Skeleton, pose: Pose, box: Box): PropShape[] {
	const left = box.x + 1;
	const right = box.x + box.w - 1;
	const stroke = (d: string): PropShape => ({ d, fill: false });
	const fill = (d: string): PropShape => ({ d, fill: true });
	const facing = pose.flip ? -1 : 1;
	const trunkXs = [s.hips[0], s.waist, s.neckBase, s.head].map((p) => p.x);
	switch (prop) {
		case 'floor':
			return [
				stroke(
					path([
						{ x: left, y: 0 },
						{ x: right, y: 0 }
					])
				)
			];
		case 'mat': {
			const xs = extents(s).map(({ p }) => p.x);
			return [fill(rect(Math.min(...xs) - 5, 0, Math.max(...xs) + 5, MAT))];
		}
		case 'mat-under': {
			const all = extents(s);
			const xs = all.map(({ p }) => p.x);
			const ys = all.map(({ p }) => p.y);
			return [fill(rect(Math.min(...xs) - 4, -2, Math.max(...xs) + 4, Math.max(...ys) + 5))];
		}
		case 'chair': {
			// From the side: seat under the buttocks, a back behind them. From the front: the
			// seat's edge under the knees and the backrest as a panel behind the trunk.
			const side = pose.view === 'side';
			const seat = side
				? Math.min(s.hips[0].y, s.hips[1].y) - BODY.trunkW / 2
				: Math.min(s.knees[0].y, s.knees[1].y) - BODY.legW / 2;
			const back = s.hips[0].x - facing * 8;
			const a = side ? back : s.hips[0].x - 11;
			const b = side ? s.knees[0].x - facing * 3 : s.hips[1].x + 11;
			const frame: PropShape = {
				d: path([
					{ x: a, y: 0 },
					{ x: a, y: seat },
					{ x: b, y: seat },
					{ x: b, y: 0 }
				]),
				fill: false,
				strong: true
			};
			const rest: PropShape = side
				? {
						d: path([
							{ x: back, y: seat },
							{ x: back, y: seat + 30 }
						]),
						fill: false,
						strong: true
					}
				: fill(rect(a + 3, seat, b - 3, seat + 38));
			return [frame, rest];
		}
		case 'chair-calves': {
			const seat = Math.min(s.knees[0].y, s.ankles[0].y) - BODY.legW / 2;
			const a = s.knees[0].x - facing * 2;
			const b = s.ankles[0].x + facing * 8;
			return [
				stroke(
					path([
						{ x: a, y: 0 },
						{ x: a, y: seat },
						{ x: b, y: seat },
						{ x: b, y: 0 }
					])
				),
				stroke(
					path([
						{ x: b, y: seat },
						{ x: b, y: seat + 22 }
					])
				)
			];
		}
		case 'wall-behind': {
			const x = facing > 0 ? Math.min(...trunkXs) - 7 : Math.max(...trunkXs) + 7;
			return [
				stroke(
					path([
						{ x, y: 0 },
						{ x, y: box.h - 2 }
					])
				)
			];
		}
		case 'wall-ahead': {
			const hx = [s.hands[0].x, s.hands[1].x];
			const x = (facing > 0 ? Math.max(...hx) : Math.min(...hx)) + facing * (BODY.armW / 2 + 0.8);
			return [
				stroke(
					path([
						{ x, y: 0 },
						{ x, y: box.h - 2 }
					])
				)
			];
		}
		case 'wall-panel':
			return [fill(rect(left + 3, 0, right - 3, box.h - 3))];
		case 'pillow-head':
			return [fill(ellipse({ x: s.head.x - facing * 1.5, y: s.head.y }, 10, 8.5))];
		case 'pillow-knees': {
			const c = mid(s.knees[0], s.knees[1]);
			const gap = Math.abs(s.knees[0].y - s.knees[1].y) / 2;
			return [fill(ellipse(c, 8, Math.max(2, gap)))];
		}
		case 'cushion-knees': {
			const k = s.knees[0];
			const h = k.y - BODY.legW / 2;
			return [fill(ellipse({ x: k.x, y: h / 2 }, 8, Math.max(2, h / 2)))];
		}
		case 'pack-back': {
			const back = backOf(s, pose);
			const c = shift(mid(s.hips[0], s.waist, 0.7), back, BODY.trunkW / 2 + 1.2);
			return [{ d: ellipse(c, 4.5, 2.6), fill: true, strong: true }];
		}
		case 'pack-hands': {
			const h = s.hands[0];
			return [{ d: rect(h.x - 5, h.y - 2.5, h.x + 5, h.y + 2.5), fill: true, strong: true }];
		}
		case 'towel':
			return [stroke(path([s.hands[0], s.toes[0]]))];
	}
}
