/** What the body rests on or holds (floor, mat, chair, wall, pillow, pack), placed from its joints. */
import { BODY, type Pose, type Prop } from './body';
import type { Box, PropShape } from './drawing';
import { backOf, ellipse, mid, path, rect, shift, unit } from './geometry';
import { extents, spineAt, type Point, type Skeleton } from './kinematics';

/** The mat's thickness: a pose on a mat is raised by it. */
export const MAT = 2;

/** A cold or warm pack: a flat pad, the same in the hands and under the back. */
const PACK = { long: 16, thick: 5 } as const;

/** The pack as a pad with softened corners, centred on c, its long side along `dir`. */
function pack(c: Point, dir: Point): PropShape {
	const n = { x: -dir.y, y: dir.x };
	const at = (a: number, b: number) => shift(shift(c, dir, a), n, b);
	const [l, t, k] = [PACK.long / 2, PACK.thick / 2, 1.1];
	const outline = path([
		at(-l + k, t),
		at(l - k, t),
		at(l, t - k),
		at(l, -t + k),
		at(l - k, -t),
		at(-l + k, -t),
		at(-l, -t + k),
		at(-l, t - k)
	]);
	return { d: outline + 'Z', fill: true, strong: true, over: true };
}

/** A standing figure's chair (chair-ahead): seat and top of the back, in % of standing height. */
export const CHAIR_SEAT = 24;
export const CHAIR_BACK = 52;

/** The shapes of one prop for a placed skeleton, in a scene box. */
export function propShapes(prop: Prop, s: Skeleton, pose: Pose, box: Box): PropShape[] {
	const left = box.x + 1;
	const right = box.x + box.w - 1;
	const stroke = (d: string): PropShape => ({ d, fill: false });
	const fill = (d: string): PropShape => ({ d, fill: true });
	const facing = pose.flip ? -1 : 1;
	// The back of the body as drawn: the trunk's curve and the head (the first points of extents).
	const trunk = [...extents(s).slice(0, 5), { p: s.hips[0], r: BODY.trunkW / 2 }];
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
		case 'chair-ahead': {
			// Seen from the side, its back towards the person, who holds the top of it: the back
			// legs rise under the near hand into a backrest (drawn as a panel, so it cannot be
			// taken for a walking stick), the seat reaches away. Only x follows the hand, so the
			// chair keeps its size while the hand moves.
			const x = s.hands[0].x;
			const rest = x + facing * 4;
			const far = x + facing * 24;
			const strong = (d: string): PropShape => ({ d, fill: false, strong: true });
			return [
				strong(
					path([
						{ x, y: 0 },
						{ x, y: CHAIR_BACK },
						{ x: rest, y: CHAIR_BACK },
						{ x: rest, y: CHAIR_SEAT }
					])
				),
				strong(
					path([
						{ x, y: CHAIR_SEAT },
						{ x: far, y: CHAIR_SEAT },
						{ x: far, y: 0 }
					])
				)
			];
		}
		case 'wall-behind': {
			// Touching the back: heels, buttocks, shoulders and head against it.
			const backs = trunk.map(({ p, r }) => p.x - facing * r);
			const x = (facing > 0 ? Math.min(...backs) : Math.max(...backs)) - facing * 0.8;
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
		case 'pillow-head': {
			// Lying on the side: the pillow fills the gap between the head and the floor.
			const under = s.head.y - BODY.headR + 1;
			return [fill(ellipse({ x: s.head.x, y: under / 2 }, 11, Math.max(2, under / 2)))];
		}
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
			// A flat pad against the lower back, along it, half tucked under it: drawn over the
			// body, so it shows even where the back lies on it.
			const back = backOf(s, pose);
			const c = shift(spineAt(s, 0.3), back, BODY.trunkW / 2 - 0.6);
			return [pack(c, unit(mid(s.hips[0], s.hips[1]), s.neckBase))];
		}
		case 'pack-hands': {
			const h = mid(s.hands[0], s.hands[1]);
			return [pack({ x: h.x + facing * 1.5, y: h.y + 1 }, { x: 1, y: 0 })];
		}
		case 'towel':
			return [stroke(path([s.hands[0], s.toes[0]]))];
	}
}
