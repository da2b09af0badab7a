/** Small geometry and SVG path helpers shared by the drawing and the props. */
import type { Pose } from './body';
import type { Point, Skeleton } from './kinematics';

export const r1 = (n: number) => Math.round(n * 10) / 10;
/** Figure y is up, SVG y is down. */
export const path = (ps: Point[]) =>
	ps.map((p, i) => `${i ? 'L' : 'M'}${r1(p.x)} ${r1(-p.y)}`).join('');
export const rect = (x0: number, y0: number, x1: number, y1: number) =>
	path([
		{ x: x0, y: y0 },
		{ x: x1, y: y0 },
		{ x: x1, y: y1 },
		{ x: x0, y: y1 }
	]) + 'Z';
export const ellipse = (c: Point, rx: number, ry: number) =>
	`M${r1(c.x - rx)} ${r1(-c.y)}a${r1(rx)} ${r1(ry)} 0 1 0 ${r1(2 * rx)} 0a${r1(rx)} ${r1(ry)} 0 1 0 ${r1(-2 * rx)} 0Z`;

export const mid = (a: Point, b: Point, t = 0.5): Point => ({
	x: a.x + (b.x - a.x) * t,
	y: a.y + (b.y - a.y) * t
});
export const unit = (a: Point, b: Point): Point => {
	const l = Math.hypot(b.x - a.x, b.y - a.y) || 1;
	return { x: (b.x - a.x) / l, y: (b.y - a.y) / l };
};
export const shift = (p: Point, d: Point, len: number): Point => ({
	x: p.x + d.x * len,
	y: p.y + d.y * len
});

/** A quadratic curve from a to b that bends towards c (SVG path). */
export const curve = (a: Point, c: Point, b: Point) =>
	`M${r1(a.x)} ${r1(-a.y)}Q${r1(c.x)} ${r1(-c.y)} ${r1(b.x)} ${r1(-b.y)}`;

/** An open arrowhead at `tip`, coming from `from`. */
export function arrowHead(from: Point, tip: Point, size = 3.2): string {
	const d = unit(from, tip);
	const side = (k: number): Point => ({
		x: tip.x - size * (d.x * Math.cos(0.5) - k * d.y * Math.sin(0.5)),
		y: tip.y - size * (d.y * Math.cos(0.5) + k * d.x * Math.sin(0.5))
	});
	return path([side(1), tip, side(-1)]);
}

/**
 * The direction of the body's back, square to the trunk: the figure faces clockwise from
 * its trunk when unmirrored, so its back is counter-clockwise.
 */
export function backOf(s: Skeleton, pose: Pose): Point {
	const t = unit(mid(s.hips[0], s.hips[1]), s.neckBase);
	const k = pose.flip ? -1 : 1;
	return { x: -t.y * k, y: t.x * k };
}
