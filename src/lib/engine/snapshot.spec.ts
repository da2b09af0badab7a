import { describe, expect, it } from 'vitest';
import { addTime, done, jumpTo, pause, resume, start } from './controls';
import { advance } from './cues';
import { makeRoutine } from './fixtures';
import { createPlayback } from './playback';
import { restore, snapshot, SnapshotError } from './snapshot';
import { stateAt } from './state';
import { compile } from './timeline';

// A 5 s timed step, then one that waits for Done, with its 3-2-1 after it (the opening "Get
// ready" is switched off here).
const routine = makeRoutine([
	{ type: 'timed', name: 'Settle', instructions: 'S.', duration: 5 },
	{ type: 'untimed', name: 'Lie down', instructions: 'L.' },
	{ type: 'hold', name: 'Tilt', instructions: 'T.', hold: 10, relax: 5, reps: 3 },
	{ type: 'rest', duration: 30 },
	{ type: 'timed', name: 'Walk', instructions: 'W.', duration: 60 }
]);
const timeline = compile(routine, { prepareSeconds: 0 });
const begin = () => start({ timeline, playback: createPlayback(timeline), nowMs: 0 });

describe('snapshot and restore', () => {
	it('is small JSON without the timeline', () => {
		const snap = snapshot({ timeline, playback: begin(), nowMs: 3000 });
		const json = JSON.stringify(snap);
		expect(json.length).toBeLessThan(400);
		expect(JSON.parse(json)).toEqual(snap);
		expect(snap).toMatchObject({
			v: 1,
			routineId: 'test-routine',
			routineVersion: 1,
			status: 'paused',
			positionMs: 3000
		});
	});

	it('restores a playing session as paused at the same place, with extensions and step lists', () => {
		let pb = done({ timeline, playback: begin(), nowMs: 8000 });
		pb = jumpTo({ timeline, playback: pb, nowMs: 9000, stepIndex: 3 });
		pb = addTime({ timeline, playback: pb, nowMs: 12_000 });
		const snap: unknown = JSON.parse(
			JSON.stringify(snapshot({ timeline, playback: pb, nowMs: 14_000 }))
		);
		const back = restore({ timeline, snapshot: snap, nowMs: 1_000_000 });
		const original = pause({ timeline, playback: pb, nowMs: 14_000 });
		expect(stateAt({ timeline, playback: back, nowMs: 1_000_000 })).toEqual(
			stateAt({ timeline, playback: original, nowMs: 14_000 })
		);
		const later = (p: typeof pb, now: number) =>
			stateAt({
				timeline,
				playback: resume({ timeline, playback: p, nowMs: now }),
				nowMs: now + 20_000
			});
		expect(later(back, 1_000_000)).toEqual(later(original, 14_000));
		expect(later(back, 1_000_000)).toMatchObject({
			stepsDone: [0, 1],
			stepsSkipped: [2],
			totalMs: timeline.totalMs + 15_000
		});
	});

	it('continues the cue stream without repeats', () => {
		let pb = begin();
		for (let now = 0; now <= 5000; now += 500)
			pb = advance({ timeline, playback: pb, nowMs: now }).playback;
		const a = advance({
			timeline,
			playback: done({ timeline, playback: pb, nowMs: 5000 }),
			nowMs: 5000,
			lookaheadMs: 7000
		});
		// The 3-2-1 after the tap (segment 2), then the hold (segment 3).
		expect(a.cues.map((c) => c.id)).toEqual([
			'0:2:countdown:3',
			'0:2:countdown:2',
			'0:2:countdown:1',
			'0:3:announce:0',
			'0:3:go:1'
		]);
		// Saved before "2" was due: what was ahead was cancelled, so it comes again, once.
		const back = restore({
			timeline,
			snapshot: snapshot({ timeline, playback: a.playback, nowMs: 5500 }),
			nowMs: 0
		});
		const b = advance({
			timeline,
			playback: resume({ timeline, playback: back, nowMs: 100 }),
			nowMs: 100,
			lookaheadMs: 7000
		});
		expect(b.cues.map((c) => [c.id, c.atMs])).toEqual([
			['0:2:countdown:2', 600],
			['0:2:countdown:1', 1600],
			['0:3:announce:0', 2600],
			['0:3:go:1', 2600]
		]);
	});

	it('saves waiting for Done as paused there; resume waits again, not counting the time closed', () => {
		const snap = snapshot({ timeline, playback: begin(), nowMs: 9000 });
		expect(snap).toMatchObject({
			status: 'paused',
			positionMs: 5000,
			segmentIndex: 1,
			waitedMs: 4000
		});
		const back = restore({ timeline, snapshot: snap, nowMs: 50 });
		expect(stateAt({ timeline, playback: back, nowMs: 1050 })).toMatchObject({
			status: 'paused',
			waitedMs: 4000,
			isUntimed: true
		});
		const waiting = resume({ timeline, playback: back, nowMs: 1050 });
		expect(stateAt({ timeline, playback: waiting, nowMs: 2050 })).toMatchObject({
			status: 'waiting',
			waitedMs: 5000
		});
	});

	it('rejects garbage and snapshots of other routines with a clear error', () => {
		const good = snapshot({ timeline, playback: begin(), nowMs: 3000 });
		const bad: unknown[] = [
			null,
			'x',
			[],
			{ ...good, v: 2 },
			{ ...good, routineId: 'other' },
			{ ...good, routineVersion: 2 },
			{ ...good, status: 'playing' },
			{ ...good, positionMs: -1 },
			{ ...good, positionMs: 9000 },
			{ ...good, segmentIndex: 99 },
			{ ...good, segmentIndex: 1.5 },
			{ ...good, extras: [{ seg: 2, ms: 15_000 }] },
			{ ...good, extras: 'none' },
			{ ...good, cursor: null },
			{ ...good, done: [7] },
			{ ...good, epoch: -1 },
			{ ...good, activeMs: Number.NaN }
		];
		for (const value of bad) {
			expect(() => restore({ timeline, snapshot: value, nowMs: 0 }), JSON.stringify(value)).toThrow(
				SnapshotError
			);
		}
		expect(() =>
			restore({ timeline, snapshot: { ...good, routineId: 'other' }, nowMs: 0 })
		).toThrow('it belongs to "other" version 1, not "test-routine" version 1');
		expect(() => restore({ timeline, snapshot: good, nowMs: 0 })).not.toThrow();
	});
});
