/**
 * Issue 16, defects 3–5 for snapshots: a restored snapshot must be one the engine could have
 * made, and restore must throw nothing but its own SnapshotError, in one short line.
 */
import { describe, expect, it } from 'vitest';
import { addTime, jumpTo, MAX_ADDED_MS, next, start } from './controls';
import { makeRoutine } from './fixtures';
import { createPlayback } from './playback';
import { restore, snapshot, SnapshotError, type Snapshot } from './snapshot';
import { stateAt } from './state';
import { compile } from './timeline';

const routine = makeRoutine([
	{ type: 'untimed', name: 'Lie down', instructions: 'L.' },
	{ type: 'hold', name: 'Tilt', instructions: 'T.', hold: 10, relax: 5, reps: 3 },
	{ type: 'rest', duration: 30 },
	{ type: 'timed', name: 'Walk', instructions: 'W.', duration: 60 }
]);
const timeline = compile(routine);
const restSeg = timeline.segments.findIndex((s) => s.kind === 'rest');
const holdSeg = timeline.segments.findIndex((s) => s.kind === 'hold');

/** A paused snapshot 3 s into the first hold (step 1), step 0 done. */
function good(): Snapshot {
	const pb = jumpTo({
		timeline,
		playback: start({ timeline, playback: createPlayback(timeline), nowMs: 0 }),
		nowMs: 1000,
		stepIndex: 1
	});
	return snapshot({ timeline, playback: pb, nowMs: 4000 });
}

const errorOf = (value: unknown): Error => {
	try {
		restore({ timeline, snapshot: value, nowMs: 0 });
	} catch (error) {
		return error as Error;
	}
	throw new Error('restore accepted it');
};

describe('defect 3: snapshots in impossible states are refused', () => {
	it('accepts the good one', () => {
		expect(() => restore({ timeline, snapshot: good(), nowMs: 0 })).not.toThrow();
		expect(good().segmentIndex).toBe(holdSeg);
	});

	it.each([
		[
			'waiting on a timed segment',
			{ status: 'waiting' },
			'waiting for Done on a step that is not untimed'
		],
		['finished mid-routine', { status: 'finished' }, 'finished before the end'],
		[
			'a cue cursor past the end',
			{ cursor: { pos: 1e9, seg: 0 } },
			'the cue cursor is past the position'
		],
		[
			'a step both done and skipped',
			{ done: [0, 1], skipped: [1] },
			'a step is both done and skipped'
		],
		['repeated steps', { done: [0, 0] }, 'done: expected a number from 1 to 3, got 0'],
		[
			'extra time on an untimed step',
			{ extras: [{ seg: 0, ms: 1 }] },
			'extra time on a segment that is not a rest'
		],
		[
			'an endless rest',
			{ extras: [{ seg: 99, ms: 1e300 }] },
			'extras.seg: expected a number from 0 to'
		],
		[
			'days of activity',
			{ activeMs: 1e300 },
			'activeMs: expected a number from 0 to 86400000, got 1e+300'
		]
	])('refuses %s', (_, change, why) => {
		const error = errorOf({ ...good(), ...change });
		expect(error).toBeInstanceOf(SnapshotError);
		expect(error.message).toContain(why);
	});

	it('refuses more extra time on a rest than the +15 s button can add', () => {
		const at = (ms: number) => ({
			...good(),
			extras: [{ seg: restSeg, ms }]
		});
		expect(() => restore({ timeline, snapshot: at(MAX_ADDED_MS), nowMs: 0 })).not.toThrow();
		expect(errorOf(at(3_600_000)).message).toContain(
			'extras.ms: expected a number from 1 to 600000'
		);
		expect(errorOf(at(1e300))).toBeInstanceOf(SnapshotError);
	});

	it('stops adding time at the cap, so a real session always restores', () => {
		let pb = jumpTo({
			timeline,
			playback: start({ timeline, playback: createPlayback(timeline), nowMs: 0 }),
			nowMs: 0,
			stepIndex: 2
		});
		for (let i = 0; i < 100; i++) pb = addTime({ timeline, playback: pb, nowMs: 1 });
		expect(pb.extras).toEqual([{ seg: restSeg, ms: MAX_ADDED_MS }]);
		const back = restore({
			timeline,
			snapshot: snapshot({ timeline, playback: pb, nowMs: 2 }),
			nowMs: 0
		});
		const view = stateAt({
			timeline,
			playback: next({ timeline, playback: back, nowMs: 0 }),
			nowMs: 0
		});
		expect(Number.isFinite(view.totalMs) && Number.isFinite(view.segmentRemainingMs)).toBe(true);
	});
});

describe('defect 4: restore throws only its own error', () => {
	it.each([
		['an object routineId', { v: 1, routineId: { toString: 1 } }],
		['a symbol-like status', { ...good(), status: { toString: 1, valueOf: 1 } }],
		['a list cursor', { ...good(), cursor: [] }],
		['null extras', { ...good(), extras: [null] }]
	])('on %s', (_, value) => {
		const error = errorOf(value);
		expect(error).toBeInstanceOf(SnapshotError);
		expect(error.message.length).toBeLessThan(200);
	});

	it('turns a throwing getter into a SnapshotError', () => {
		const value = { ...good() };
		Object.defineProperty(value, 'status', {
			get() {
				throw new TypeError('boom');
			}
		});
		expect(errorOf(value)).toBeInstanceOf(SnapshotError);
	});
});

describe('defect 5 and 6: deep and huge values', () => {
	const deep = (n: number): unknown => JSON.parse('['.repeat(n) + ']'.repeat(n));

	it.each(['v', 'routineId', 'status', 'done', 'extras', 'cursor'])(
		'describes a 5,000-deep %s without walking it',
		(key) => {
			const error = errorOf({ ...good(), [key]: deep(5000) });
			expect(error).toBeInstanceOf(SnapshotError);
			expect(error.message.length).toBeLessThan(200);
		}
	);

	it('quotes only a prefix of a 1 MB routine id', () => {
		const error = errorOf({ ...good(), routineId: 'r'.repeat(1 << 20) });
		expect(error.message).toContain('(1,048,576 characters)');
		expect(error.message.length).toBeLessThan(200);
	});
});
