/** Motion cues: faint arrows for moves a still figure cannot show (circling, lengthening, twisting). */
import { BODY, type Arrow, type Pose } from './body';
import type { Stroke } from './drawing';
import { arrowHead, backOf, mid, path, shift, unit } from './geometry';
import { spineAt, type Point, type Skeleton } from './kinematics';

/** The width of an arrow's line. */
export const ARROW_W = 1.8;

const RAD = Math.PI / 180;

/** An arrow along the given points, its head at the last one. */
function along(ps: Point[]): Stroke {
	const tip = ps[ps.length - 1]!;
	const from = ps[ps.length - 2]!;
	return { d: path(ps) + arrowHead(from, tip), w: ARROW_W };
}

/** Points on an ellipse around c, from angle a0 to a1 (degrees, counter-clockwise, y up). */
function arc(c: Point, rx: number, ry: number, a0: number, a1: number, mirror = 1): Point[] {
	const n = Math.max(2, Math.ceil(Math.abs(a1 - a0) / 12));
	return Array.from({ length: n + 1 }, (_, i) => {
		const a = (a0 + ((a1 - a0) * i) / n) * RAD;
		return { x: c.x + mirror * rx * Math.cos(a), y: c.y + ry * Math.sin(a) };
	});
}

/** The arrow for a pose's motion cue, placed from its joints. */
export function arrowShapes(arrow: Arrow, s: Skeleton, pose: Pose): Stroke {
	const facing = pose.flip ? -1 : 1;
	const back = backOf(s, pose);
	const front = { x: -back.x, y: -back.y };
	const headUp = unit(s.neckBase, s.head);
	switch (arrow) {
		case 'lengthen': {
			const top = shift(s.head, headUp, BODY.headR + 2.5);
			return along([top, shift(top, headUp, 9)]);
		}
		case 'arm-circle': {
			// Forward circles: in front, up over the head, down behind; round the near shoulder,
			// a little outside the hand's path.
			const r = BODY.upperArm + BODY.forearm + 3;
			return along(arc(s.shoulders[0], r, r, -40, 215, facing));
		}
		case 'press-back': {
			const at = spineAt(s, 0.3);
			const start = shift(at, front, BODY.trunkW / 2 + 11);
			return along([start, shift(at, front, BODY.trunkW / 2 + 2.5)]);
		}
		case 'shrug': {
			const at = shift(s.shoulders[0], back, BODY.trunkW / 2 + 3.5);
			const up = unit(mid(s.hips[0], s.hips[1]), s.neckBase);
			return along([shift(at, up, -5), shift(at, up, 5)]);
		}
		case 'slide': {
			const heel = s.heels[0];
			const away = s.toes[0].x >= heel.x ? 1 : -1;
			const end = away > 0 ? Math.max(heel.x, s.toes[0].x) : Math.min(heel.x, s.toes[0].x);
			const start = { x: end + away * 4, y: 4 };
			return along([start, { x: start.x + away * 11, y: 4 }]);
		}
		case 'twist': {
			if (pose.view === 'top') {
				// The knees sweep from pointing at the ceiling down to the side they drop to.
				const hip = mid(s.hips[0], s.hips[1]);
				const toFeet = unit(s.waist, hip);
				const a0 = Math.atan2(toFeet.y, toFeet.x) / RAD;
				const k = Math.sign(pose.roll) || 1;
				return along(arc(hip, 31, 31, a0 + k * 10, a0 + k * 62));
			}
			// Round the chest, seen a little from above: the front half of a ring, turning the
			// way the chest turns.
			const c = spineAt(s, 0.8);
			const k = Math.sign(pose.twist) || 1;
			return along(arc(c, 20, 6, k > 0 ? 195 : 345, k > 0 ? 345 : 195));
		}
	}
}
