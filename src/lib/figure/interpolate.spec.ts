import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BODY, RANGES, type Pose } from './body';
import { ease, lerpPose, mirrorPose } from './interpolate';
import { extents, forward, place } from './kinematics';
import { POSE_NAMES } from './names';
import { POSES } from './poses';

/** Every joint angle of a pose that leaves its range, as "legs[1].knee = 140". */
function outOfRange(p: Pose): string[] {
	const r = RANGES[p.view];
	const bad: string[] = [];
	const check = (what: string, v: number, [min, max]: readonly [number, number]) => {
		if (!(v >= min - 1e-9 && v <= max + 1e-9)) bad.push(`${what} = ${v}`);
	};
	check('spine', p.spine, r.spine);
	check('neck', p.neck, r.neck);
	p.arms.forEach((a, i) => {
		check(`arms[${i}].shoulder`, a.shoulder, r.shoulder);
		check(`arms[${i}].elbow`, a.elbow, r.elbow);
	});
	p.legs.forEach((l, i) => {
		check(`legs[${i}].hip`, l.hip, r.hip);
		check(`legs[${i}].knee`, l.knee, r.knee);
		check(`legs[${i}].ankle`, l.ankle, r.ankle);
	});
	return bad;
}

const dist = (a: { x: number; y: number }, b: { x: number; y: number }) =>
	Math.hypot(a.x - b.x, a.y - b.y);

const name = fc.constantFrom(...POSE_NAMES);

describe('named poses', () => {
	it.each(POSE_NAMES)('%s stays inside the normal joint ranges', (n) => {
		expect(outOfRange(POSES[n])).toEqual([]);
	});

	it.each(POSE_NAMES)('%s touches the floor and goes nowhere below it', (n) => {
		const lowest = Math.min(...extents(place(POSES[n])).map(({ p, r }) => p.y - r));
		expect(lowest).toBeCloseTo(0, 9);
	});
});

describe('lerpPose', () => {
	it('never passes through a joint angle a body cannot take, for every pair of poses', () => {
		fc.assert(
			fc.property(name, name, fc.double({ min: 0, max: 1, noNaN: true }), (a, b, t) => {
				expect(outOfRange(lerpPose(POSES[a], POSES[b], t))).toEqual([]);
				expect(outOfRange(lerpPose(mirrorPose(POSES[a]), mirrorPose(POSES[b]), t))).toEqual([]);
			}),
			{ numRuns: 2000 }
		);
	});

	it('stays in range on a fine grid of frames between every pair of poses, mirrored too', () => {
		const bad: string[] = [];
		for (const a of POSE_NAMES) {
			for (const b of POSE_NAMES) {
				for (let i = 0; i <= 20; i++) {
					const t = i / 20;
					for (const [x, y] of [
						[POSES[a], POSES[b]],
						[mirrorPose(POSES[a]), mirrorPose(POSES[b])]
					] as const) {
						const out = outOfRange(lerpPose(x, y, t));
						if (out.length) bad.push(`${a} → ${b} at ${t}: ${out.join(', ')}`);
					}
				}
			}
		}
		expect(bad).toEqual([]);
	});

	it('keeps every limb its length in between (angles move, not points)', () => {
		fc.assert(
			fc.property(name, name, fc.double({ min: 0, max: 1, noNaN: true }), (a, b, t) => {
				const p = lerpPose(POSES[a], POSES[b], t);
				const s = forward(p);
				for (const i of [0, 1] as const) {
					expect(dist(s.shoulders[i], s.elbows[i])).toBeCloseTo(BODY.upperArm, 6);
					// Seen from above, a shin pointing at the ceiling looks short on purpose.
					if (p.view !== 'top') expect(dist(s.knees[i], s.ankles[i])).toBeCloseTo(BODY.shin, 6);
				}
				expect(dist(s.waist, s.neckBase)).toBeCloseTo(BODY.chest, 6);
			})
		);
	});

	it('starts at the first pose and ends at the second', () => {
		const a = POSES['lying-knees-bent'];
		const b = POSES['pelvic-tilt'];
		expect(lerpPose(a, b, 0)).toEqual(a);
		const end = lerpPose(a, b, 1);
		expect(end.pelvis).toBe(b.pelvis);
		expect(end.legs).toEqual(b.legs);
		expect(end.highlight).toBe('lower-back');
		expect(end.arrow).toBe('press-back');
	});

	it('moves every angle part of the way at a middle t', () => {
		const mid = lerpPose(POSES.standing, POSES['mini-squat'], 0.5);
		expect(mid.legs[0].knee).toBeCloseTo((POSES.standing.legs[0].knee + 55) / 2);
		expect(mid.pelvis).toBeCloseTo(82.5);
	});

	it('cuts at the midpoint between poses seen from different views instead of blending', () => {
		const side = POSES['lying-knees-bent'];
		const top = POSES['lying-twist'];
		expect(lerpPose(side, top, 0.49).view).toBe('side');
		expect(lerpPose(side, top, 0.51).view).toBe('top');
	});
});

describe('stepping into the standing hip-flexor stretch', () => {
	const a = POSES['standing-chair'];
	const b = POSES['hip-flexor-stretch'];

	it('keeps the front foot planted and the hand on the chair back on every frame', () => {
		const hand = place(a).hands[0];
		for (let i = 0; i <= 20; i++) {
			const s = place(lerpPose(a, b, ease(i / 20)), a.anchor);
			const foot = Math.min(
				s.ankles[1].y - BODY.legW / 2,
				s.heels[1].y - BODY.legW / 2.5,
				s.toes[1].y - BODY.legW / 2.5
			);
			expect(s.ankles[1].x).toBeCloseTo(0, 9);
			expect(foot).toBeLessThan(1.5);
			expect(Math.abs(s.hands[0].x - hand.x)).toBeLessThan(0.5);
			expect(Math.abs(s.hands[0].y - hand.y)).toBeLessThan(1.5);
		}
	});

	it('stands tall on the back toes, unlike the calf stretch that leans onto a wall', () => {
		const s = place(b);
		const hips = (s.hips[0].x + s.hips[1].x) / 2;
		expect(Math.abs(s.head.x - hips)).toBeLessThan(2);
		expect(s.heels[0].y - s.toes[0].y).toBeGreaterThan(4);
		const calf = place(POSES['calf-stretch']);
		expect(calf.head.x - calf.hips[0].x).toBeGreaterThan(5);
	});
});

describe('mirrorPose', () => {
	it('draws a side view as its mirror image', () => {
		const p = POSES['knee-to-chest'];
		const left = place(p);
		const right = place(mirrorPose(p));
		expect(right.knees[0].x).toBeCloseTo(-left.knees[0].x);
		expect(right.knees[0].y).toBeCloseTo(left.knees[0].y);
		expect(right.head.x).toBeCloseTo(-left.head.x);
	});

	it('swaps left and right limbs in a front view, so a side bend goes the other way', () => {
		const p = POSES['side-reach'];
		const m = mirrorPose(p);
		expect(m.arms[0]).toEqual(p.arms[1]);
		expect(m.arms[1]).toEqual(p.arms[0]);
		expect(m.spine).toBe(-p.spine);
		const a = place(p);
		const b = place(m);
		expect(b.hands[1].x).toBeCloseTo(-a.hands[0].x);
	});

	it('is its own inverse', () => {
		fc.assert(
			fc.property(name, (n) => {
				expect(mirrorPose(mirrorPose(POSES[n]))).toEqual(POSES[n]);
			})
		);
	});
});

describe('ease', () => {
	it('runs from 0 to 1 without overshoot, slow at both ends', () => {
		expect(ease(0)).toBe(0);
		expect(ease(1)).toBe(1);
		expect(ease(0.5)).toBeCloseTo(0.5);
		expect(ease(0.1)).toBeLessThan(0.1);
		expect(ease(0.9)).toBeGreaterThan(0.9);
		expect(ease(-1)).toBe(0);
		expect(ease(2)).toBe(1);
	});
});
