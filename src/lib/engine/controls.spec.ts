import { describe, expect, it } from 'vitest';
import {
	addTime,
	done,
	end,
	jumpTo,
	next,
	pause,
	previous,
	restartStep,
	resume,
	start,
	type ControlOptions
} from './controls';
import { makeRoutine } from './fixtures';
import { createPlayback } from './playback';
import { stateAt } from './state';
import { compile } from './timeline';
import type { Playback } from './types';

// prepare 0-5 s | walk 5-35 | tilt: hold 35-45 relax 45-50 hold 50-60 relax 60-65 | rest 65-85 |
// untimed at 85 | 3-2-1 85-88 | stretch left 88-98, switch 98-103, right 103-113
const timeline = compile(
	makeRoutine([
		{ type: 'timed', name: 'Walk', instructions: 'Walk.', duration: 30 },
		{ type: 'hold', name: 'Tilt', instructions: 'Tilt.', hold: 10, relax: 5, reps: 2 },
		{ type: 'rest', duration: 20 },
		{ type: 'untimed', name: 'Lie down', instructions: 'Lie down.' },
		{ type: 'timed', name: 'Stretch', instructions: 'Stretch.', duration: 10, perSide: true }
	])
);
const T0 = 1000;

type Control = (o: ControlOptions) => Playback;
const at = (playback: Playback, nowMs: number) => stateAt({ timeline, playback, nowMs });
const act = (control: Control, playback: Playback, nowMs: number) =>
	control({ timeline, playback, nowMs });
/** Started at T0 and played for `ms`. */
const playedFor = (ms: number) => ({ pb: act(start, createPlayback(timeline), T0), now: T0 + ms });

describe('start, pause, resume', () => {
	it('derives the position from the clock once started', () => {
		const ready = createPlayback(timeline);
		expect(at(ready, 99_999)).toMatchObject({ status: 'ready', positionMs: 0 });
		const { pb } = playedFor(0);
		expect(at(pb, T0 + 2000)).toMatchObject({
			status: 'playing',
			positionMs: 2000,
			segmentRemainingMs: 3000
		});
		expect(at(pb, T0 + 6000)).toMatchObject({
			stepIndex: 0,
			segment: { kind: 'timed', name: 'Walk' }
		});
	});

	it('start only starts a ready playback', () => {
		const { pb } = playedFor(0);
		expect(act(start, pb, T0 + 3000)).toBe(pb);
	});

	it('pause freezes the position and resume continues from it', () => {
		const { pb } = playedFor(0);
		const paused = act(pause, pb, T0 + 7000);
		expect(at(paused, T0 + 7000)).toMatchObject({ status: 'paused', positionMs: 7000 });
		expect(at(paused, T0 + 500_000)).toEqual(at(paused, T0 + 7000));
		const resumed = act(resume, paused, T0 + 60_000);
		expect(at(resumed, T0 + 61_000)).toMatchObject({
			status: 'playing',
			positionMs: 8000,
			elapsedActiveMs: 8000
		});
	});

	it('resume and pause ignore playback in the wrong status', () => {
		const { pb } = playedFor(0);
		expect(act(resume, pb, T0 + 10)).toBe(pb);
		const paused = act(pause, pb, T0 + 10);
		expect(act(pause, paused, T0 + 20)).toBe(paused);
	});
});

describe('untimed steps and done', () => {
	it('waits at an untimed step with the clock frozen, then continues from there on done', () => {
		const { pb, now } = playedFor(85_000 + 4000);
		expect(at(pb, now)).toMatchObject({
			status: 'waiting',
			positionMs: 85_000,
			isUntimed: true,
			waitedMs: 4000,
			elapsedActiveMs: 85_000
		});
		const after = act(done, pb, now);
		// A 3-2-1 after the tap, then the step.
		expect(at(after, now)).toMatchObject({
			status: 'playing',
			positionMs: 85_000,
			segment: { kind: 'prepare', name: 'Stretch' },
			side: 'left'
		});
		expect(at(after, now + 3000)).toMatchObject({
			positionMs: 88_000,
			segment: { kind: 'timed' },
			waitedMs: 4000,
			stepsDone: [0, 1, 2, 3]
		});
	});

	it('done does nothing unless an untimed step is current', () => {
		const { pb, now } = playedFor(10_000);
		expect(act(done, pb, now)).toEqual(pb);
	});

	it('pausing while waiting stops the waiting time; resume waits again', () => {
		const { pb, now } = playedFor(90_000);
		const paused = act(pause, pb, now);
		expect(at(paused, now + 60_000)).toMatchObject({
			status: 'paused',
			isUntimed: true,
			waitedMs: 5000
		});
		const again = act(resume, paused, now + 60_000);
		expect(at(again, now + 61_000)).toMatchObject({
			status: 'waiting',
			positionMs: 85_000,
			waitedMs: 6000
		});
		const onward = act(done, paused, now + 60_000);
		expect(at(onward, now + 70_000)).toMatchObject({
			status: 'paused',
			positionMs: 85_000,
			segment: { kind: 'prepare' }
		});
	});
});

describe('next', () => {
	it('skips a whole hold step, all reps, and records it as skipped', () => {
		const { pb, now } = playedFor(36_000);
		const skipped = act(next, pb, now);
		expect(at(skipped, now)).toMatchObject({
			positionMs: 65_000,
			segment: { kind: 'rest' },
			stepsSkipped: [1],
			stepsDone: [0]
		});
	});

	it('from prepare goes to the first step without skipping it', () => {
		const { pb, now } = playedFor(1000);
		expect(at(act(next, pb, now), now)).toMatchObject({
			positionMs: 5000,
			stepIndex: 0,
			stepsSkipped: []
		});
	});

	it('into an untimed step waits there; from the last step it finishes', () => {
		const { pb, now } = playedFor(70_000);
		const waiting = act(next, pb, now);
		expect(waiting).toMatchObject({ status: 'waiting', anchorPos: 85_000 });
		const skipUntimed = act(next, waiting, now + 1);
		expect(at(skipUntimed, now + 1)).toMatchObject({
			status: 'playing',
			positionMs: 85_000,
			stepsSkipped: [2, 3]
		});
		const finished = act(next, skipUntimed, now + 2);
		expect(at(finished, now + 2)).toMatchObject({
			status: 'finished',
			positionMs: 113_000,
			overallFraction: 1
		});
		expect(act(next, finished, now + 3)).toBe(finished);
	});

	it('keeps a paused playback paused at the new step', () => {
		const { pb, now } = playedFor(10_000);
		const moved = act(next, act(pause, pb, now), now + 100);
		expect(at(moved, now + 5000)).toMatchObject({ status: 'paused', positionMs: 35_000 });
	});
});

describe('previous and restartStep', () => {
	it('goes back to the start of the segment after its first 2 s', () => {
		const { pb, now } = playedFor(53_000);
		expect(at(act(previous, pb, now), now)).toMatchObject({
			positionMs: 50_000,
			rep: { n: 2, of: 2 }
		});
	});

	it('goes back to the start of the previous step within the first 2 s', () => {
		const { pb, now } = playedFor(66_500);
		expect(at(act(previous, pb, now), now)).toMatchObject({ positionMs: 35_000, stepIndex: 1 });
		const first = playedFor(6000);
		expect(at(act(previous, first.pb, first.now), first.now)).toMatchObject({
			positionMs: 0,
			segment: { kind: 'prepare' }
		});
	});

	it('from waiting at an untimed step goes to the previous step', () => {
		const { pb, now } = playedFor(95_000);
		expect(at(act(previous, pb, now), now)).toMatchObject({
			status: 'playing',
			positionMs: 65_000
		});
	});

	it('restartStep goes to the start of the current step', () => {
		const { pb, now } = playedFor(62_000);
		expect(at(act(restartStep, pb, now), now + 1000)).toMatchObject({
			positionMs: 36_000,
			rep: { n: 1, of: 2 }
		});
	});
});

describe('jumpTo', () => {
	it('jumps to a step start and counts jumped-over steps as skipped', () => {
		const { pb, now } = playedFor(10_000);
		expect(at(jumpTo({ timeline, playback: pb, nowMs: now, stepIndex: 4 }), now)).toMatchObject({
			positionMs: 85_000,
			stepIndex: 4,
			side: 'left',
			stepsSkipped: [0, 1, 2, 3]
		});
	});

	it('jumping back skips nothing and keeps done steps done', () => {
		const { pb, now } = playedFor(70_000);
		expect(at(jumpTo({ timeline, playback: pb, nowMs: now, stepIndex: 0 }), now)).toMatchObject({
			positionMs: 5000,
			stepsDone: [0, 1],
			stepsSkipped: []
		});
	});

	it('works before start: start then plays from there', () => {
		const ready = jumpTo({ timeline, playback: createPlayback(timeline), nowMs: 0, stepIndex: 2 });
		expect(ready.status).toBe('ready');
		expect(at(act(start, ready, 100), 1100)).toMatchObject({ positionMs: 66_000 });
	});

	it('rejects a step that does not exist', () => {
		const { pb, now } = playedFor(0);
		expect(() => jumpTo({ timeline, playback: pb, nowMs: now, stepIndex: 5 })).toThrow(RangeError);
	});
});

describe('addTime', () => {
	it('adds 15 s to a rest and shifts everything after it', () => {
		const { pb, now } = playedFor(80_000);
		const longer = act(addTime, pb, now);
		expect(at(longer, now)).toMatchObject({
			positionMs: 80_000,
			segmentRemainingMs: 20_000,
			segmentDurationMs: 35_000,
			totalMs: 128_000
		});
		expect(at(longer, now + 20_000)).toMatchObject({ status: 'waiting', positionMs: 100_000 });
		expect(
			at(addTime({ timeline, playback: longer, nowMs: now, ms: 5000 }), now).segmentDurationMs
		).toBe(40_000);
	});

	it('does nothing outside rests (switch sides is not extendable)', () => {
		const { pb, now } = playedFor(40_000);
		expect(act(addTime, pb, now)).toEqual(pb);
		const sw = act(done, playedFor(90_000).pb, 90_000 + T0);
		expect(act(addTime, sw, 90_000 + T0 + 14_000)).toEqual(sw);
		expect(at(sw, 90_000 + T0 + 14_000)).toMatchObject({
			segment: { kind: 'switch-sides' },
			canAddTime: false
		});
	});
});

describe('end and finish', () => {
	it('ends early with status ended; controls are then ignored', () => {
		const { pb, now } = playedFor(20_000);
		const ended = act(end, pb, now);
		expect(at(ended, now + 5000)).toMatchObject({
			status: 'ended',
			positionMs: 20_000,
			stepsDone: []
		});
		for (const control of [start, pause, resume, next, previous, restartStep, addTime, done, end]) {
			expect(act(control, ended, now + 9000)).toBe(ended);
		}
	});

	it('finishes by playing to the end with every step done', () => {
		const { pb, now } = playedFor(90_000);
		const resumed = act(done, pb, now);
		const view = at(resumed, now + 28_000);
		expect(view).toMatchObject({
			status: 'finished',
			positionMs: 113_000,
			remainingMs: 0,
			segment: null,
			stepsDone: [0, 1, 2, 3, 4],
			stepsSkipped: []
		});
		expect(view.elapsedActiveMs).toBe(113_000);
	});
});
