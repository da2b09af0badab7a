/**
 * The timed, spoken get-ready and the 3-2-1 after it: nobody on the floor has to touch the
 * phone, "+15 s" gives more time, "I'm ready" (the done control) ends it early, and a 3-2-1
 * always comes before the first hold, exactly once.
 */
import { describe, expect, it } from 'vitest';
import { addTime, done, next, pause, start, type ControlOptions } from './controls';
import { advance } from './cues';
import { makeRoutine } from './fixtures';
import { createPlayback } from './playback';
import { restore, snapshot } from './snapshot';
import { stateAt } from './state';
import { compile } from './timeline';
import type { Cue, Playback } from './types';

// get-ready 0-15 | 3-2-1 15-18 | tilt: hold 18-28 relax 28-33 (×2) 33-48 | untimed at 48 |
// 3-2-1 48-51 | walk 51-61
const timeline = compile(
	makeRoutine([
		{ type: 'get-ready', name: 'Get into position', instructions: 'Lie down.', cue: 'Lie down.' },
		{ type: 'hold', name: 'Tilt', instructions: 'Tilt.', hold: 10, relax: 5, reps: 2 },
		{ type: 'untimed', name: 'Roll over', instructions: 'Roll over.' },
		{ type: 'timed', name: 'Walk', instructions: 'Walk.', duration: 10 }
	]),
	{ prepareSeconds: 5, countdownSeconds: 3 }
);
const T0 = 1000;
const act = (control: (o: ControlOptions) => Playback, playback: Playback, nowMs: number) =>
	control({ timeline, playback, nowMs });
const at = (playback: Playback, nowMs: number) => stateAt({ timeline, playback, nowMs });
const started = () => act(start, createPlayback(timeline), T0);

/** Ticks every 100 ms from `from` to `to` (clock ms), like the player; every cue emitted. */
function play(pb: Playback, from: number, to: number): { pb: Playback; cues: Cue[] } {
	const cues: Cue[] = [];
	for (let now = from; now <= to; now += 100) {
		const r = advance({ timeline, playback: pb, nowMs: now });
		cues.push(...r.cues);
		pb = r.playback;
	}
	return { pb, cues };
}
const said = (cues: Cue[]) => cues.map((c) => `${c.atMs - T0} ${c.type} ${c.text ?? ''}`.trim());

describe('get-ready', () => {
	it('runs 15 s by default, says its cue, then counts 3-2-1 into the first hold with no tap', () => {
		expect(at(started(), T0)).toMatchObject({
			status: 'playing',
			segment: { kind: 'get-ready', name: 'Get into position' },
			segmentDurationMs: 15_000,
			canAddTime: true,
			isUntimed: false,
			next: { name: 'Tilt', kind: 'exercise' }
		});
		const { pb, cues } = play(started(), T0, T0 + 18_000);
		expect(said(cues)).toEqual([
			'0 announce Lie down.',
			'15000 countdown 3',
			'16000 countdown 2',
			'17000 countdown 1',
			'18000 announce Tilt',
			'18000 go'
		]);
		expect(at(pb, T0 + 18_000)).toMatchObject({ segment: { kind: 'hold' }, rep: { n: 1, of: 2 } });
		// Never a second count-in: no opening 5 s "Get ready" and no beeps at the get-ready's end.
		expect(timeline.segments.filter((s) => s.kind === 'prepare')).toHaveLength(2);
	});

	it('"+15 s" stretches it, and the 3-2-1 moves with its end', () => {
		const { pb } = play(started(), T0, T0 + 10_000);
		const longer = act(addTime, pb, T0 + 10_000);
		expect(at(longer, T0 + 10_000)).toMatchObject({
			segment: { kind: 'get-ready' },
			segmentDurationMs: 30_000,
			segmentRemainingMs: 20_000
		});
		const { cues } = play(longer, T0 + 10_100, T0 + 33_000);
		expect(said(cues)).toEqual([
			'30000 countdown 3',
			'31000 countdown 2',
			'32000 countdown 1',
			'33000 announce Tilt',
			'33000 go'
		]);
	});

	it('"I\'m ready" ends it at once, straight into the 3-2-1, and counts it as done', () => {
		const { pb } = play(started(), T0, T0 + 4000);
		const ready = act(done, pb, T0 + 4000);
		expect(at(ready, T0 + 4000)).toMatchObject({
			status: 'playing',
			positionMs: 15_000,
			segment: { kind: 'prepare', name: 'Tilt' },
			stepIndex: 1,
			stepsDone: [0],
			stepsSkipped: []
		});
		const { cues } = play(ready, T0 + 4000, T0 + 7000);
		expect(said(cues)).toEqual([
			'4000 countdown 3',
			'5000 countdown 2',
			'6000 countdown 1',
			'7000 announce Tilt',
			'7000 go'
		]);
	});

	it('"I\'m ready" while paused moves to the 3-2-1 and stays paused', () => {
		const paused = act(pause, started(), T0 + 2000);
		const ready = act(done, paused, T0 + 9000);
		expect(at(ready, T0 + 20_000)).toMatchObject({
			status: 'paused',
			positionMs: 15_000,
			segment: { kind: 'prepare' }
		});
		// Before Start there is nothing to end.
		const fresh = createPlayback(timeline);
		expect(act(done, fresh, T0)).toEqual(fresh);
	});

	it('Skip on a get-ready lands on the 3-2-1 too, but counts the step as skipped', () => {
		const skipped = act(next, started(), T0 + 1000);
		expect(at(skipped, T0 + 1000)).toMatchObject({
			positionMs: 15_000,
			segment: { kind: 'prepare' },
			stepsSkipped: [0]
		});
	});

	it('counts 3-2-1 after every Done tap too, before the next exercise', () => {
		const { pb } = play(started(), T0, T0 + 50_000);
		expect(at(pb, T0 + 50_000)).toMatchObject({ status: 'waiting', isUntimed: true });
		const onward = act(done, pb, T0 + 60_000);
		const { cues } = play(onward, T0 + 60_000, T0 + 63_000);
		expect(said(cues)).toEqual([
			'60000 countdown 3',
			'61000 countdown 2',
			'62000 countdown 1',
			'63000 announce Walk',
			'63000 go'
		]);
	});

	it('keeps added get-ready time across a snapshot and restore', () => {
		const longer = act(addTime, started(), T0 + 3000);
		const saved: unknown = JSON.parse(
			JSON.stringify(snapshot({ timeline, playback: longer, nowMs: T0 + 5000 }))
		);
		const back = restore({ timeline, snapshot: saved, nowMs: 50_000 });
		expect(at(back, 50_000)).toMatchObject({
			status: 'paused',
			positionMs: 5000,
			segmentDurationMs: 30_000,
			canAddTime: true
		});
	});

	it("leaves getting ready out of the routine's progress", () => {
		const pb = started();
		expect(at(pb, T0 + 10_000).overallFraction).toBe(0);
		expect(at(pb, T0 + 17_000).overallFraction).toBe(0);
		// 5 s into the 30 s of holds and relaxes, of 40 s of the routine's own time.
		expect(at(pb, T0 + 23_000).overallFraction).toBeCloseTo(5 / 40);
	});
});
