/** A tempo step's phase words reach the screen and the voice through the timeline. */
import { describe, expect, it } from 'vitest';
import { SCREEN } from '../text/screen';
import { start } from './controls';
import { afterAll, createPlayback } from './playback';
import { stateAt } from './state';
import { cuesBetween } from './cues';
import { makeRoutine } from './fixtures';
import type { EngineSettings } from './settings';
import { compile } from './timeline';
import type { Timeline } from './types';

const squat = {
	type: 'tempo',
	name: 'Mini squat',
	instructions: 'Bend your knees a little, then stand tall.',
	up: 2,
	down: 3,
	reps: 2,
	phases: { up: 'Bend', down: 'Stand' }
};
const tl = (steps: unknown[], settings: Partial<EngineSettings> = {}) =>
	compile(makeRoutine(steps), { prepareSeconds: 0, countdownSeconds: 0, ...settings });

/** The spoken rep and down cues, as "position type text". */
function phaseCues(timeline: Timeline): string[] {
	return cuesBetween({
		timeline,
		playback: createPlayback(timeline),
		from: { pos: 0, seg: 0 },
		to: afterAll(timeline, Infinity)
	})
		.filter((c) => c.type === 'rep' || c.type === 'down')
		.map((c) => [c.positionMs, c.type, c.text].filter((x) => x !== undefined).join(' '));
}

/** What the player shows above the step name for each segment. */
const labels = (timeline: Timeline) => timeline.segments.map((s) => SCREEN.phase(s.kind, s.phase));

describe('phase words', () => {
	it('label each up and down phase on screen', () => {
		expect(labels(tl([squat]))).toEqual(['Bend', 'Stand', 'Bend', 'Stand']);
	});

	it('reach the play screen’s view of the segment', () => {
		const timeline = tl([squat]);
		const playback = start({ timeline, playback: createPlayback(timeline), nowMs: 0 });
		const at = (nowMs: number) => stateAt({ timeline, playback, nowMs }).segment;
		expect(at(1000)).toMatchObject({ kind: 'up', phase: 'Bend' });
		expect(at(3000)).toMatchObject({ kind: 'down', phase: 'Stand' });
	});

	it('are said as each phase starts: the word with the count, then the other word', () => {
		expect(phaseCues(tl([squat]))).toEqual([
			'0 rep Bend, 1',
			'2000 down Stand',
			'5000 rep Bend, 2',
			'7000 down Stand'
		]);
	});

	it('stay silent with spoken counts off, like the counts they go with', () => {
		expect(phaseCues(tl([squat], { spokenCounts: false }))).toEqual([
			'0 rep',
			'2000 down',
			'5000 rep',
			'7000 down'
		]);
	});

	it('follow the step through both sides and every set, and only its own phases', () => {
		const rocks = { ...squat, perSide: true, phases: { up: 'Rock left', down: 'Rock right' } };
		const hold = { type: 'hold', name: 'Hold', instructions: 'x', hold: 2, relax: 2, reps: 1 };
		const timeline = tl([{ type: 'sets', name: 'Round', sets: 2, steps: [rocks, hold] }]);
		const shown = new Set(labels(timeline));
		expect([...shown]).toEqual(['Rock left', 'Rock right', 'Switch sides', 'Hold', 'Relax']);
		expect(timeline.segments.filter((s) => s.phase !== undefined).map((s) => s.kind)).toEqual(
			Array(8).fill(['up', 'down']).flat()
		);
	});

	it('fall back to "Up" and "Down" when a step names none', () => {
		const plain = { ...squat, phases: undefined };
		expect(labels(tl([plain]))).toEqual(['Up', 'Down', 'Up', 'Down']);
		expect(phaseCues(tl([plain]))).toEqual([
			'0 rep 1',
			'2000 down Down',
			'5000 rep 2',
			'7000 down Down'
		]);
	});
});
