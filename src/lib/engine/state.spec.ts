import { describe, expect, it } from 'vitest';
import { addTime, jumpTo, pause, start } from './controls';
import { makeRoutine } from './fixtures';
import { createPlayback } from './playback';
import { stateAt } from './state';
import { compile } from './timeline';

const timeline = compile(
	makeRoutine([
		{
			type: 'timed',
			name: 'Breathe',
			instructions: 'B.',
			duration: 20,
			breathing: { inhale: 4, exhale: 6 }
		},
		{ type: 'rest', duration: 10 },
		{
			type: 'sets',
			name: 'Block',
			sets: 2,
			restBetween: 5,
			steps: [
				{
					type: 'hold',
					name: 'Bridge',
					instructions: 'Lift.',
					hold: 5,
					relax: 5,
					reps: 2,
					perSide: true,
					switchSeconds: 3
				}
			]
		}
	]),
	{ prepareSeconds: 0 }
);
const playing = start({ timeline, playback: createPlayback(timeline), nowMs: 0 });
const at = (nowMs: number, playback = playing) => stateAt({ timeline, playback, nowMs });

describe('stateAt', () => {
	it('reports the segment countdown, fractions and time left', () => {
		expect(at(5000)).toMatchObject({
			stepIndex: 0,
			stepCount: 3,
			segmentRemainingMs: 15_000,
			segmentDurationMs: 20_000,
			segmentFraction: 0.25,
			positionMs: 5000,
			remainingMs: timeline.totalMs - 5000,
			overallFraction: 5000 / timeline.totalMs,
			elapsedActiveMs: 5000,
			next: { name: 'Rest', description: 'Rest 10 s', kind: 'rest' },
			canAddTime: false,
			isUntimed: false
		});
	});

	it('follows the breathing rhythm of the step', () => {
		expect(at(1000).breathing).toEqual({ phase: 'inhale', remainingMs: 3000, fraction: 0.25 });
		expect(at(7000).breathing).toEqual({ phase: 'exhale', remainingMs: 3000, fraction: 0.5 });
		expect(at(11_000).breathing).toMatchObject({ phase: 'inhale', remainingMs: 3000 });
		expect(at(21_000).breathing).toBeUndefined();
	});

	it('offers +15 s on rests only', () => {
		expect(at(21_000)).toMatchObject({ segment: { kind: 'rest', name: 'Rest' }, canAddTime: true });
		const paused = pause({ timeline, playback: playing, nowMs: 21_000 });
		expect(at(30_000, paused).canAddTime).toBe(true);
		const longer = addTime({ timeline, playback: paused, nowMs: 30_000 });
		expect(at(30_000, longer)).toMatchObject({
			segmentRemainingMs: 24_000,
			totalMs: timeline.totalMs + 15_000
		});
	});

	it('reports rep, set and side inside sets of per-side holds', () => {
		// Block starts at 30 s: left hold 30-35, relax 35-40, hold 40-45, relax 45-50, switch 50-53, right 53-73, set rest 73-78.
		expect(at(41_000)).toMatchObject({
			stepIndex: 2,
			rep: { n: 2, of: 2 },
			set: { n: 1, of: 2 },
			side: 'left',
			segment: { kind: 'hold', name: 'Bridge' }
		});
		expect(at(51_000)).toMatchObject({ segment: { kind: 'switch-sides' }, set: { n: 1, of: 2 } });
		expect(at(54_000)).toMatchObject({ side: 'right', rep: { n: 1, of: 2 } });
		expect(at(74_000)).toMatchObject({
			segment: { kind: 'set-rest' },
			canAddTime: true,
			next: { name: 'Bridge', kind: 'exercise' }
		});
		expect(at(79_000)).toMatchObject({ set: { n: 2, of: 2 }, side: 'left', rep: { n: 1, of: 2 } });
	});

	it('is pure: asking does not change the playback', () => {
		const copy = structuredClone(playing);
		at(60_000);
		expect(playing).toEqual(copy);
	});

	it('shows the jump target step while ready', () => {
		const ready = jumpTo({ timeline, playback: createPlayback(timeline), nowMs: 0, stepIndex: 1 });
		expect(at(99_000, ready)).toMatchObject({ status: 'ready', stepIndex: 1, positionMs: 20_000 });
	});
});
