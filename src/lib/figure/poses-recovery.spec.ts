/** The getting-up, slider and night poses (issue 24) touch what they rest on and hold what they hold. */
import { describe, expect, it } from 'vitest';
import { BODY } from './body';
import { place, type Point, type Skeleton } from './kinematics';
import { POSES } from './poses';

/** Height of the lowest part of a foot above the floor. */
const foot = (s: Skeleton, i: 0 | 1) =>
	Math.min(
		s.ankles[i].y - BODY.legW / 2,
		s.heels[i].y - BODY.legW / 2.5,
		s.toes[i].y - BODY.legW / 2.5
	);
const dist = (a: Point, b: Point) => Math.hypot(a.x - b.x, a.y - b.y);
/** Closest distance from a point to the segment a–b. */
function toSegment(p: Point, a: Point, b: Point): number {
	const l = (b.x - a.x) ** 2 + (b.y - a.y) ** 2;
	const t = Math.max(0, Math.min(1, ((p.x - a.x) * (b.x - a.x) + (p.y - a.y) * (b.y - a.y)) / l));
	return dist(p, { x: a.x + t * (b.x - a.x), y: a.y + t * (b.y - a.y) });
}

describe('getting up from the floor', () => {
	it('half-kneeling: front foot flat and back knee on the floor, hands on the front knee', () => {
		const s = place(POSES['half-kneeling']);
		expect(foot(s, 0)).toBeLessThan(0.5);
		expect(s.knees[1].y - BODY.legW / 2).toBeLessThan(1.5);
		expect(Math.abs(s.heels[0].y - s.toes[0].y)).toBeLessThan(1.5);
		for (const hand of s.hands) expect(dist(hand, s.knees[0])).toBeLessThan(BODY.legW);
	});

	it('pushing up from it: both feet down, the back knee lifted, hands on the front thigh', () => {
		const s = place(POSES['half-kneeling-rise']);
		expect(foot(s, 0)).toBeLessThan(1);
		expect(foot(s, 1)).toBeLessThan(1);
		expect(s.knees[1].y).toBeGreaterThan(10);
		for (const hand of s.hands) {
			expect(toSegment(hand, s.hips[0], s.knees[0])).toBeLessThan(BODY.legW);
		}
	});

	it('faces the way hands and knees does, so the floor sequence does not turn round', () => {
		const facing = (name: 'hands-knees' | 'half-kneeling' | 'half-kneeling-rise') => {
			const s = place(POSES[name]);
			return Math.sign(s.head.x - (s.hips[0].x + s.hips[1].x) / 2);
		};
		expect(facing('half-kneeling-rise')).toBe(facing('hands-knees'));
		expect(POSES['half-kneeling'].flip).toBe(POSES['hands-knees'].flip);
	});

	it('the log roll’s push rests on the lower forearm and the lower leg, the head held up', () => {
		const s = place(POSES['side-push-up']);
		expect(s.hands[0].y).toBeLessThan(BODY.armW);
		expect(foot(s, 0)).toBeLessThan(1);
		expect(s.head.y).toBeGreaterThan(s.hips[0].y + 10);
	});
});

describe('nerve sliders', () => {
	it('move the neck and the knee in opposite directions', () => {
		for (const [bend, straight] of [
			['seated-slider-bend', 'seated-slider-straight'],
			['lying-slider-bend', 'lying-slider-straight']
		] as const) {
			const a = POSES[bend];
			const b = POSES[straight];
			expect(b.legs[0].knee, straight).toBeLessThan(a.legs[0].knee - 60);
			// Knee straight, head back; knee bent, chin down.
			expect(b.neck, straight).toBeLessThan(a.neck);
		}
	});

	it('lying: the hands hold behind the raised thigh, the thigh no higher than upright', () => {
		for (const name of ['lying-slider-bend', 'lying-slider-straight'] as const) {
			const s = place(POSES[name]);
			for (const hand of s.hands) {
				expect(toSegment(hand, s.hips[0], s.knees[0]), name).toBeLessThan(BODY.legW);
			}
			expect(POSES[name].legs[0].hip, name).toBeLessThanOrEqual(90);
		}
	});
});

describe('on the back for the night', () => {
	it('shows a pillow under bent knees', () => {
		const p = POSES['lying-pillow-knees'];
		expect(p.props).toContain('cushion-knees');
		expect(place(p).knees[0].y).toBeGreaterThan(place(POSES['lying-cushion']).knees[0].y);
	});
});
