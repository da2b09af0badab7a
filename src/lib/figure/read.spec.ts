/**
 * What a stranger must be able to see in the figures (issue 24's blind test): each check is a
 * misreading found there, turned into geometry that would have caught it.
 */
import { describe, expect, it } from 'vitest';
import { BODY, SCENE, type Pose } from './body';
import { boxFor, draw, scene } from './draw';
import { specBox } from './frame';
import { backOf, mid, unit } from './geometry';
import { mirrorPose } from './interpolate';
import { spineAt, type Point, type Skeleton } from './kinematics';
import { POSE_NAMES, type PoseName } from './names';
import { POSES } from './poses';
import { MAT } from './props';
import { figureOf } from './step-figures';
import { parseRoutineOrThrow } from '../routine/parse';

const dist = (a: Point, b: Point) => Math.hypot(a.x - b.x, a.y - b.y);
const dot = (a: Point, b: Point) => a.x * b.x + a.y * b.y;
const sub = (a: Point, b: Point): Point => ({ x: a.x - b.x, y: a.y - b.y });
const at = (name: PoseName) => scene(POSES[name]);
const drawn = (name: PoseName) => draw(POSES[name], boxFor([at(name)]));
/** The floor under a pose: the mat's top when it lies on one. */
const floor = (p: Pose) => (p.props.includes('mat') ? MAT : 0);
/** The way the figure faces (side view): +1 to the right, −1 to the left. */
const facing = (p: Pose) => (p.flip ? -1 : 1);
/** Distance from p to the segment a–b. */
function toSegment(p: Point, a: Point, b: Point): number {
	const d = sub(b, a);
	const t = Math.max(0, Math.min(1, dot(sub(p, a), d) / dot(d, d)));
	return dist(p, { x: a.x + d.x * t, y: a.y + d.y * t });
}
/** How far the drawn spine bows towards the back (+) or the front (−) at the waist. */
function bow(name: PoseName): number {
	const s = at(name);
	const chord = mid(mid(s.hips[0], s.hips[1]), s.neckBase);
	return dot(sub(spineAt(s, 0.5), chord), backOf(s, POSES[name]));
}
/** The front surface of the trunk at a fraction t along the spine. */
function front(s: Skeleton, p: Pose, t: number): Point {
	const b = backOf(s, p);
	const q = spineAt(s, t);
	return { x: q.x - (b.x * BODY.trunkW) / 2, y: q.y - (b.y * BODY.trunkW) / 2 };
}

const routineFiles = import.meta.glob<unknown>(['/routines/*.json', '!/routines/schema.json'], {
	eager: true,
	import: 'default'
});

describe('one body size', () => {
	it.each(POSE_NAMES)('%s is drawn in the one scene size, so at the one scale', (name) => {
		const [, , w, h] = drawn(name).viewBox.split(' ').map(Number);
		expect(w).toBeCloseTo(SCENE.w, 0);
		// The scene box and the strip below the floor line.
		expect(h).toBeCloseTo(SCENE.h + 3, 0);
	});

	it('holds every frame of every built-in routine step at that scale', () => {
		const wide: string[] = [];
		for (const [path, json] of Object.entries(routineFiles)) {
			const routine = parseRoutineOrThrow(json, path);
			const steps = routine.steps.flatMap((s) => (s.type === 'sets' ? s.steps : [s]));
			for (const step of steps) {
				const spec = figureOf(step);
				if (!spec) continue;
				for (const right of [false, true]) {
					const box = specBox(spec, right);
					if (box.w > SCENE.w + 1e-6) wide.push(`${routine.id}: ${spec.start} → ${spec.end}`);
				}
			}
		}
		expect(wide).toEqual([]);
	});
});

describe('which way a figure faces', () => {
	it.each(POSE_NAMES)('%s shows a face: a nose from the side, eyes from the front', (name) => {
		const pose = POSES[name];
		const d = drawn(name);
		if (pose.view === 'side') {
			// A nose that sticks out of the head, where a small head can still show it.
			const tip = d.nose!.d.match(/L(-?[\d.]+) (-?[\d.]+)$/)!;
			const out = Math.hypot(Number(tip[1]) - d.head.cx, Number(tip[2]) - d.head.cy);
			expect(out).toBeGreaterThan(BODY.headR + 1.5);
		} else {
			// The head plus two eyes cut out of it.
			expect(d.head.d.match(/M/g)).toHaveLength(3);
		}
	});

	it('points the nose the way the feet point, standing and sitting', () => {
		for (const name of ['standing', 'standing-back-bend', 'walk-near', 'sitting'] as const) {
			const s = at(name);
			const toes = Math.sign(s.toes[0].x - s.heels[0].x);
			const d = drawn(name);
			const tip = Number(d.nose!.d.match(/L(-?[\d.]+) /)![1]);
			expect(Math.sign(tip - d.head.cx), name).toBe(toes);
		}
	});
});

describe('the poses the blind test misread', () => {
	it('standing back bend leans back from the hips, hands on the lower back', () => {
		const p = POSES['standing-back-bend'];
		const s = at('standing-back-bend');
		const hip = mid(s.hips[0], s.hips[1]);
		// The head well behind the hips, the hips in front of the feet.
		expect((s.head.x - hip.x) * facing(p)).toBeLessThan(-8);
		expect((hip.x - s.ankles[0].x) * facing(p)).toBeGreaterThan(3);
		const back = backOf(s, p);
		const low = spineAt(s, 0.15);
		expect(dot(sub(s.hands[0], low), back)).toBeGreaterThan(BODY.trunkW / 2);
		expect(dist(s.hands[0], low)).toBeLessThan(BODY.trunkW / 2 + BODY.armW);
	});

	it('calf stretch marks the straight back leg', () => {
		const p = POSES['calf-stretch'];
		const s = at('calf-stretch');
		expect(p.highlight).toBe('calf');
		// The highlighted leg (the near one) is straight and behind the hips, its heel down.
		expect(p.legs[0].knee).toBe(0);
		expect((s.ankles[0].x - s.hips[0].x) * facing(p)).toBeLessThan(-5);
		expect(Math.min(s.heels[0].y, s.toes[0].y)).toBeLessThan(BODY.legW / 2 + 0.5);
	});

	it('figure-4 rests the near ankle on the far knee, arms starting at the shoulders', () => {
		const s = at('figure-4-stretch');
		expect(dist(s.ankles[0], s.knees[1])).toBeLessThan(BODY.legW + 1);
		expect(s.ankles[0].y).toBeGreaterThan(s.knees[1].y);
		expect(POSES['figure-4-stretch'].arms[0].elbow).toBeLessThan(20);
	});

	it('seated twist turns the chest and head, one hand to the other knee', () => {
		const p = POSES['seated-twist'];
		const s = at('seated-twist');
		expect(p.arrow).toBe('twist');
		expect(Math.abs(p.twist)).toBeGreaterThanOrEqual(30);
		expect(Math.abs(p.turn)).toBe(1);
		// The shoulder line looks narrower than the hips' reach, turned.
		expect(dist(s.shoulders[0], s.shoulders[1])).toBeLessThan(BODY.shoulderSpan * 0.8);
		// The hand in front reaches the knee on the other side.
		expect(dist(s.hands[0], s.knees[1])).toBeLessThan(8);
		expect(draw(p, boxFor([s])).back.some((b) => b.pale)).toBe(true);
	});

	it('seated round and seated arch bow the spine opposite ways', () => {
		expect(bow('seated-round')).toBeGreaterThan(2);
		expect(bow('seated-arch')).toBeLessThan(-2);
	});

	it('cat humps the back and cow sags it', () => {
		expect(bow('cat')).toBeGreaterThan(3);
		expect(bow('cow')).toBeLessThan(-3);
	});

	it('child’s pose sits the hips back on the heels, arms forward on the floor, head down', () => {
		const p = POSES['childs-pose'];
		const s = at('childs-pose');
		const f = floor(p);
		const hip = mid(s.hips[0], s.hips[1]);
		expect(Math.abs(hip.x - s.ankles[0].x)).toBeLessThan(6);
		expect(hip.y - BODY.trunkW / 2 - (s.ankles[0].y + BODY.legW / 2)).toBeLessThan(4);
		for (const i of [0, 1] as const) expect(s.hands[i].y - f).toBeLessThan(BODY.armW);
		expect((s.hands[0].x - s.head.x) * facing(p)).toBeGreaterThan(5);
		expect(s.head.y - BODY.headR - f).toBeLessThan(2);
	});

	it('prone on elbows keeps the pelvis and legs on the floor, forearms flat', () => {
		const p = POSES['prone-on-elbows'];
		const s = at('prone-on-elbows');
		const f = floor(p);
		// The belly and pelvis rest on the floor.
		const belly = Math.min(...[0, 0.1, 0.2, 0.3].map((t) => spineAt(s, t).y));
		expect(belly - BODY.trunkW / 2 - f).toBeLessThan(0.5);
		expect(s.hips[0].y - BODY.trunkW / 2 - f).toBeLessThan(2);
		// Legs resting: thinner than the trunk, they may clear the floor by a hair.
		expect(s.knees[0].y - BODY.legW / 2 - f).toBeLessThan(2.5);
		expect(s.elbows[0].y - BODY.armW / 2 - f).toBeLessThan(0.5);
		expect(Math.abs(s.hands[0].y - s.elbows[0].y)).toBeLessThan(1);
		// Elbows roughly under the shoulders, the chest raised.
		expect(Math.abs(s.elbows[0].x - s.shoulders[0].x)).toBeLessThan(9);
		expect(s.shoulders[0].y - f).toBeGreaterThan(15);
	});

	it('knee to chest brings the knee towards the chest, the hands holding the shin', () => {
		for (const name of ['knee-to-chest', 'knees-to-chest'] as const) {
			const s = at(name);
			const hip = mid(s.hips[0], s.hips[1]);
			// The knee comes over the trunk, towards the head.
			expect(Math.sign(s.knees[0].x - hip.x), name).toBe(Math.sign(s.neckBase.x - hip.x));
			expect(toSegment(s.hands[0], s.knees[0], s.ankles[0])).toBeLessThan(
				(BODY.legW + BODY.armW) / 2 + 1
			);
		}
	});

	it('the raised arm of an arm circle starts at a shoulder below the head, clear of it', () => {
		const s = at('arm-circle-high');
		expect(s.shoulders[0].y).toBeLessThan(s.neckBase.y);
		expect(toSegment(s.head, s.elbows[0], s.hands[0])).toBeGreaterThan(BODY.headR);
		expect(POSES['arm-circle-high'].arrow).toBe('arm-circle');
		expect(POSES['arm-circle-low'].arrow).toBe('arm-circle');
	});

	it('standing tall is not the same picture as standing', () => {
		expect(drawn('standing-tall')).not.toEqual(drawn('standing'));
		expect(POSES['standing-tall'].arrow).toBe('lengthen');
	});

	it('breathing puts the hand on the belly, not in the air', () => {
		for (const name of ['lying-breathing', 'sitting-breathing'] as const) {
			const p = POSES[name];
			const s = at(name);
			const belly = [0.2, 0.3, 0.4, 0.5].map((t) => front(s, p, t));
			const near = Math.min(...belly.map((b) => dist(s.hands[0], b)));
			expect(near, name).toBeLessThan(BODY.armW / 2 + 1.5);
		}
	});

	it.each(POSE_NAMES.filter((n) => n !== 'bridge' && POSES[n].view === 'side'))(
		'%s, if it lies on its back, rests its trunk on the floor',
		(name) => {
			const p = POSES[name];
			if (Math.abs(p.pelvis - 180) > 30) return;
			const s = at(name);
			const low = Math.min(...[0, 0.25, 0.5, 0.75, 1].map((t) => spineAt(s, t).y));
			expect(low - BODY.trunkW / 2 - floor(p)).toBeLessThan(1.2);
		}
	);

	it('heel slide keeps the heel on the floor', () => {
		const p = POSES['heel-slide'];
		const s = at('heel-slide');
		expect(Math.min(s.heels[0].y, s.ankles[0].y) - BODY.legW / 2 - floor(p)).toBeLessThan(0.8);
		expect(p.arrow).toBe('slide');
	});

	it('a shrug lifts the shoulders', () => {
		const up = at('sitting-shrug').shoulders[0].y - at('sitting').shoulders[0].y;
		expect(up).toBeGreaterThanOrEqual(BODY.shrugMax - 0.01);
		expect(POSES['sitting-shrug'].arrow).toBe('shrug');
	});

	it('pelvic tilt flattens the hollow under the lower back that tummy brace keeps', () => {
		// How far the lower back is lifted off the floor, compared with the buttocks.
		const gap = (name: PoseName) => {
			const s = at(name);
			return spineAt(s, 0.45).y - mid(s.hips[0], s.hips[1]).y;
		};
		expect(gap('tummy-brace')).toBeGreaterThan(gap('pelvic-tilt') + 2.5);
		expect(Math.abs(gap('pelvic-tilt'))).toBeLessThan(0.5);
		expect(POSES['pelvic-tilt'].highlight).toBe('lower-back');
		expect(POSES['tummy-brace'].highlight).toBe('belly');
		expect(POSES['pelvic-tilt'].arrow).toBe('press-back');
	});

	it('sitting relaxed leans back against the chair; sitting sits upright', () => {
		const lean = (name: PoseName) => {
			const s = at(name);
			const t = unit(mid(s.hips[0], s.hips[1]), s.neckBase);
			return Math.atan2(-t.x * facing(POSES[name]), t.y) * (180 / Math.PI);
		};
		expect(lean('sitting-relaxed') - lean('sitting')).toBeGreaterThan(8);
	});

	it('kneeling shows a thigh between the trunk and the shin', () => {
		const p = POSES.kneeling;
		const s = at('kneeling');
		expect((s.knees[0].x - s.hips[0].x) * facing(p)).toBeGreaterThan(5);
		expect(s.hips[0].y - s.knees[0].y).toBeGreaterThan(BODY.thigh * 0.85);
	});

	it('a pack is a pad drawn over the body, apart from the highlight', () => {
		for (const name of ['lying-pack', 'sitting-pack', 'prone-pack', 'pack-in-hands'] as const) {
			const d = drawn(name);
			expect(d.props.some((p) => p.over && p.strong)).toBe(true);
			expect(d.gaps.over.length).toBeGreaterThan(0);
			expect(POSES[name].highlight).toBeUndefined();
		}
	});

	it('side-lying lies on the floor on one side: shoulders stacked, head on a pillow', () => {
		const p = POSES['side-lying-pillow'];
		const s = at('side-lying-pillow');
		expect(p.view).toBe('front');
		expect(Math.abs(s.shoulders[0].x - s.shoulders[1].x)).toBeLessThan(1);
		expect(Math.abs(s.shoulders[0].y - s.shoulders[1].y)).toBeGreaterThan(BODY.shoulderSpan * 0.9);
		expect(Math.min(s.shoulders[0].y, s.shoulders[1].y) - BODY.trunkW / 2).toBeLessThan(2);
		expect(p.props).toContain('pillow-head');
	});

	it('the near limbs are dark and cut a gap where they cross the far ones', () => {
		for (const name of ['walk-near', 'walk-far', 'march-near', 'march-far'] as const) {
			const d = drawn(name);
			expect(d.back.every((b) => b.pale)).toBe(true);
			expect(d.gaps.back).toHaveLength(1);
			expect(d.gaps.front).toHaveLength(1);
		}
	});
});

describe('knee rocks and lying twists, seen from above', () => {
	const knees = (name: PoseName): [number, number] => {
		const s = at(name);
		const axis = mid(s.hips[0], s.hips[1]).y;
		return [s.knees[0].y - axis, s.knees[1].y - axis];
	};

	it('draws them from above, like one another, with the knees leaving the body line', () => {
		for (const name of [
			'knee-rock-left',
			'knee-rock-right',
			'lying-twist-start',
			'lying-twist'
		] as const)
			expect(POSES[name].view).toBe('top');
	});

	it('rocks left and right as exact mirror images', () => {
		expect(POSES['knee-rock-right']).toEqual(mirrorPose(POSES['knee-rock-left']));
		const [l0, l1] = knees('knee-rock-left');
		const [r0, r1] = knees('knee-rock-right');
		expect(l0).toBeCloseTo(-r1, 6);
		expect(l1).toBeCloseTo(-r0, 6);
	});

	it('drops both knees to one side together, further in the twist than in the rock', () => {
		const rock = knees('knee-rock-left');
		const twist = knees('lying-twist');
		// The figure's left is the top of the screen (on its back, head to the left).
		expect(Math.min(...rock)).toBeGreaterThan(0);
		expect(Math.min(...twist)).toBeGreaterThan(Math.min(...rock));
		expect(Math.max(...knees('knee-rock-right'))).toBeLessThan(0);
		// Together: the two knees no further apart than the hips.
		expect(Math.abs(twist[0] - twist[1])).toBeLessThan(BODY.hipSpan);
	});

	it('shows an arrow for the way the knees go, and keeps the shoulders flat', () => {
		for (const name of ['knee-rock-left', 'knee-rock-right', 'lying-twist'] as const) {
			const d = drawn(name);
			expect(d.arrows).toHaveLength(1);
			expect(POSES[name].roll).not.toBe(0);
			const s = at(name);
			expect(Math.abs(s.shoulders[0].x - s.shoulders[1].x)).toBeLessThan(0.01);
		}
	});
});
