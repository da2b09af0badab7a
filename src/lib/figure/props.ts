/** What the body rests on or holds (floor, mat, chair, wall, pillow, pack), placed from its joints. */
import { BODY, type Pose, type Prop } from './body';
import type { Box, PropShape } from './drawing';
import { backOf, ellipse, mid, path, rect, shift } from './geometry';
import { extents, type Skeleton } from './kinematics';

/** The mat's thickness: a pose on a mat is raised by it. */
export const MAT = 2;

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
			return [{ d: rect(h.x - 7, h.y - 3.5, h.x + 7, h.y + 3.5), fill: true, strong: true }];
		}
		case 'towel':
			return [stroke(path([s.hands[0], s.toes[0]]))];
	}
}
