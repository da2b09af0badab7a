import { describe, expect, it } from 'vitest';
import { boxFor, draw, scene } from './draw';
import { mirrorPose } from './interpolate';
import { POSE_NAMES } from './names';
import { POSES } from './poses';
import { toSvg } from './svg';

/** Every number in a path, as [x, y] pairs of its absolute commands. */
function points(d: string): [number, number][] {
	return [...d.matchAll(/[ML](-?[\d.]+) (-?[\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])]);
}

describe('draw', () => {
	it.each(POSE_NAMES)('%s fits its scene box, head and limbs included', (name) => {
		const pose = POSES[name];
		const d = draw(pose, boxFor([scene(pose)]));
		const [x, y, w, h] = d.viewBox.split(' ').map(Number) as [number, number, number, number];
		const body = [...d.back, ...d.body, ...d.front].flatMap((s) => points(s.d));
		expect(body.length).toBeGreaterThan(6);
		for (const [px, py] of body) {
			expect(px).toBeGreaterThanOrEqual(x);
			expect(px).toBeLessThanOrEqual(x + w);
			expect(py).toBeGreaterThanOrEqual(y);
			expect(py).toBeLessThanOrEqual(y + h);
		}
		expect(d.head.cy - d.head.r).toBeGreaterThanOrEqual(y);
		expect(Boolean(d.highlight)).toBe(Boolean(pose.highlight));
	});

	it('draws the far limbs apart (lighter) in a side view, and none in a front view', () => {
		const side = POSES['knee-to-chest'];
		const front = POSES['arms-y'];
		expect(draw(side, boxFor([scene(side)])).back.filter((s) => s.pale)).toHaveLength(2);
		expect(draw(front, boxFor([scene(front)])).back).toHaveLength(0);
	});

	it('mirrors the props with the body', () => {
		const pose = POSES['calf-stretch'];
		const wallX = (p: typeof pose) =>
			points(draw(p, boxFor([scene(p)])).props.at(-1)?.d ?? '')[0]?.[0] ?? NaN;
		expect(wallX(pose)).toBeGreaterThan(0);
		expect(wallX(mirrorPose(pose))).toBeCloseTo(-wallX(pose), 0);
	});

	it('writes a standalone SVG in currentColor', () => {
		const svg = toSvg(draw(POSES.bridge, boxFor([scene(POSES.bridge)])));
		expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" viewBox="[-\d. ]+"/);
		expect(svg).toContain('stroke="currentColor"');
		expect(svg).toContain('class="head"');
	});
});
