import { describe, expect, it } from 'vitest';
import { pause, start } from '../engine/controls';
import { makeRoutine } from '../engine/fixtures';
import { createPlayback } from '../engine/playback';
import { stateAt } from '../engine/state';
import { compile } from '../engine/timeline';
import { lerpPose, mirrorPose } from './interpolate';
import { poseAt, SETTLE_MS, type FigureSpec } from './pose-at';
import { POSES } from './poses';
import { segmentFigures } from './step-figures';

const squat: FigureSpec = { start: 'standing', end: 'mini-squat' };
const hug: FigureSpec = { start: 'lying-knees-bent', end: 'knee-to-chest' };
const march: FigureSpec = { start: 'march-near', end: 'march-far', cadence: 120 };

// Squat: up 0-3 s, down 3-5 s (×2, to 10 s). Knee hug left: hold 10-14, relax 14-16, switch
// 16-18, right: hold 18-22, relax 22-24. March: 24-34.
const routine = makeRoutine([
	{ type: 'tempo', name: 'Squat', instructions: 'S.', up: 3, down: 2, reps: 2, figure: squat },
	{
		type: 'hold',
		name: 'Hug',
		instructions: 'H.',
		hold: 4,
		relax: 2,
		reps: 1,
		perSide: true,
		switchSeconds: 2,
		figure: hug
	},
	{ type: 'timed', name: 'March', instructions: 'M.', duration: 10, figure: march }
]);
const timeline = compile(routine, { prepareSeconds: 0 });
const playing = start({ timeline, playback: createPlayback(timeline), nowMs: 0 });
const viewAt = (ms: number, playback = playing) => stateAt({ timeline, playback, nowMs: ms });
const figures = segmentFigures(routine, timeline);
const poseAtMs = (ms: number, o: { still?: boolean } = {}) => {
	const view = viewAt(ms);
	const spec = figures[view.segmentIndex];
	if (!spec) throw new Error(`no figure at ${ms} ms`);
	return poseAt(spec, view, o);
};
const knee = (ms: number) => poseAtMs(ms).legs[0].knee;

describe('poseAt', () => {
	it('moves from the start pose to the end pose over exactly an up phase, and back over down', () => {
		expect(poseAtMs(0)).toEqual(POSES.standing);
		expect(knee(1500)).toBeCloseTo((POSES.standing.legs[0].knee + 55) / 2);
		expect(knee(2999)).toBeCloseTo(55, 0);
		expect(knee(3000)).toBeCloseTo(55, 6);
		expect(knee(4000)).toBeCloseTo(27.5);
		expect(knee(5000)).toBeCloseTo(0, 6);
		expect(knee(1000)).toBeLessThan(knee(2000));
	});

	it('settles into a hold pose in about a second, stays, and relax returns', () => {
		const hip = (ms: number) => poseAtMs(ms).legs[0].hip;
		const lying = POSES['lying-knees-bent'].legs[0].hip;
		const hugged = POSES['knee-to-chest'].legs[0].hip;
		expect(hip(10_000)).toBe(lying);
		expect(hip(10_000 + SETTLE_MS / 2)).toBeGreaterThan(lying);
		expect(hip(10_000 + SETTLE_MS / 2)).toBeLessThan(hugged);
		expect(hip(10_000 + SETTLE_MS)).toBe(hugged);
		expect(hip(13_900)).toBe(hugged);
		expect(hip(14_000 + SETTLE_MS)).toBe(lying);
	});

	it('draws the right side as the mirror image', () => {
		expect(viewAt(20_000).side).toBe('right');
		expect(poseAtMs(20_000)).toEqual(
			mirrorPose(lerpPose(POSES['lying-knees-bent'], POSES['knee-to-chest'], 1))
		);
		expect(poseAtMs(12_000).flip).toBe(false);
		expect(poseAtMs(20_000).flip).toBe(true);
		// Changing sides already faces the way the right side will.
		expect(poseAtMs(17_000).flip).toBe(true);
	});

	it('loops start ↔ end at the cadence on a timed step', () => {
		// 120 moves a minute: half a second per move.
		const lifted = (ms: number) => poseAtMs(ms).legs[0].hip;
		const down = POSES['march-far'].legs[0].hip;
		expect(lifted(24_000)).toBeCloseTo(65);
		expect(lifted(24_500)).toBeCloseTo(down);
		expect(lifted(25_000)).toBeCloseTo(65);
		expect(lifted(24_250)).toBeCloseTo((65 + down) / 2);
	});

	it('freezes while paused: the same instant gives the same pose however long the pause', () => {
		const paused = pause({ timeline, playback: playing, nowMs: 1500 });
		const a = poseAt(squat, viewAt(1600, paused));
		const b = poseAt(squat, viewAt(60_000, paused));
		expect(a).toEqual(b);
		expect(a.legs[0].knee).toBeCloseTo(27.5);
	});

	it('shows the target pose, still, with reduced motion', () => {
		expect(poseAtMs(100, { still: true }).legs[0].knee).toBe(55);
		expect(poseAtMs(2900, { still: true }).legs[0].knee).toBe(55);
		expect(poseAtMs(3100, { still: true }).legs[0].knee).toBe(0);
		expect(poseAtMs(10_100, { still: true }).legs[0].hip).toBe(POSES['knee-to-chest'].legs[0].hip);
		expect(poseAtMs(24_250, { still: true })).toEqual(poseAtMs(24_000));
	});
});

describe('segmentFigures', () => {
	it('finds the inner step of a sets block for every segment, and the next start in rests', () => {
		const inner = (name: string, start: FigureSpec['start']) => ({
			type: 'timed',
			name,
			instructions: 'x',
			duration: 5,
			figure: { start }
		});
		const r = makeRoutine([
			{
				type: 'untimed',
				name: 'Lie down',
				instructions: 'x',
				figure: { start: 'lying-knees-bent' }
			},
			{
				type: 'sets',
				name: 'Round',
				sets: 2,
				restBetween: 5,
				steps: [inner('A', 'bridge'), inner('B', 'dead-bug')]
			}
		]);
		const t = compile(r, { prepareSeconds: 5 });
		const starts = segmentFigures(r, t).map((f) => f?.start);
		// The count-in comes once the person is in position, just before the first timed step.
		expect(t.segments.map((s) => s.kind)).toEqual([
			'untimed',
			'prepare',
			'timed',
			'timed',
			'set-rest',
			'timed',
			'timed'
		]);
		expect(starts).toEqual([
			'lying-knees-bent',
			'bridge',
			'bridge',
			'dead-bug',
			'bridge',
			'bridge',
			'dead-bug'
		]);
	});
});
