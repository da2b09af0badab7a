import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { CheckpointSchema } from '$lib/storage/records';
import {
	compile,
	createPlayback,
	snapshot,
	start,
	stateAt,
	type PlaybackView,
	type Snapshot
} from '$lib/engine';
import { makeRoutine } from '$lib/engine/fixtures';
import type { Checkpoint } from '$lib/storage/session';
import { checkpointOf, checkpointProblem, sessionOf, type SessionInfo } from './records';

const routine = makeRoutine(
	[
		{ type: 'timed', name: 'Walk', instructions: 'Walk.', duration: 10 },
		{ type: 'timed', name: 'March', instructions: 'March.', duration: 10 },
		{ type: 'timed', name: 'Stretch', instructions: 'Stretch.', duration: 10 }
	],
	{ id: 'morning', title: 'Morning loosener', version: 3 }
);
const timeline = compile(routine, { prepareSeconds: 0 });
const info: SessionInfo = { id: 'session-1', routine, startedAt: 1_700_000_000_000 };

/** The view of a playback started at 0 and looked at `ms` later. */
function playingAt(ms: number): { view: PlaybackView; snap: Snapshot } {
	const playback = start({ timeline, playback: createPlayback(timeline), nowMs: 0 });
	return {
		view: stateAt({ timeline, playback, nowMs: ms }),
		snap: snapshot({ timeline, playback, nowMs: ms })
	};
}

describe('checkpointOf', () => {
	it('records the routine, times, step and the snapshot as given', () => {
		const { view, snap } = playingAt(14_000);
		expect(view.stepIndex).toBe(1);
		expect(
			checkpointOf({
				info: { ...info, painBefore: 4 },
				snapshot: snap,
				view,
				savedAt: 1_700_000_014_000
			})
		).toEqual({
			sessionId: 'session-1',
			routineId: 'morning',
			routineTitle: 'Morning loosener',
			startedAt: 1_700_000_000_000,
			savedAt: 1_700_000_014_000,
			stepIndex: 1,
			stepCount: 3,
			snapshot: snap,
			painBefore: 4
		});
	});

	it('painBefore defaults to null', () => {
		const { view, snap } = playingAt(1000);
		expect(checkpointOf({ info, snapshot: snap, view, savedAt: 1 }).painBefore).toBeNull();
		expect(
			checkpointOf({ info: { ...info, painBefore: null }, snapshot: snap, view, savedAt: 1 })
				.painBefore
		).toBeNull();
	});
});

describe('sessionOf', () => {
	it('a finished session: every step done, active time in whole seconds', () => {
		const { view } = playingAt(60_000);
		expect(view.status).toBe('finished');
		expect(
			sessionOf({
				info: { ...info, painBefore: 5 },
				view,
				endedAt: 1_700_000_031_000,
				painAfter: 3
			})
		).toEqual({
			id: 'session-1',
			routineId: 'morning',
			routineVersion: 3,
			routineTitle: 'Morning loosener',
			startedAt: 1_700_000_000_000,
			endedAt: 1_700_000_031_000,
			activeSeconds: 30,
			stepsCompleted: 3,
			stepsSkipped: 0,
			stepsTotal: 3,
			outcome: 'finished',
			painBefore: 5,
			painAfter: 3
		});
	});

	it('an ended session counts done and skipped steps and says ended', () => {
		const { view } = playingAt(12_000);
		const ended: PlaybackView = { ...view, status: 'ended', stepsDone: [0], stepsSkipped: [1] };
		const record = sessionOf({ info, view: ended, endedAt: 2 });
		expect(record).toMatchObject({
			outcome: 'ended',
			activeSeconds: 12,
			stepsCompleted: 1,
			stepsSkipped: 1,
			stepsTotal: 3
		});
	});

	it('rounds active time to the nearest second', () => {
		const { view } = playingAt(1000);
		const at = (ms: number) =>
			sessionOf({ info, view: { ...view, elapsedActiveMs: ms }, endedAt: 2 }).activeSeconds;
		expect(at(0)).toBe(0);
		expect(at(12_499)).toBe(12);
		expect(at(12_500)).toBe(13);
		expect(at(12_501)).toBe(13);
	});

	it('any status but finished is recorded as ended', () => {
		const { view } = playingAt(1000);
		for (const status of ['playing', 'paused', 'waiting', 'ended'] as const) {
			expect(sessionOf({ info, view: { ...view, status }, endedAt: 2 }).outcome, status).toBe(
				'ended'
			);
		}
	});

	it('pain fields default to null', () => {
		const { view } = playingAt(1000);
		const record = sessionOf({ info, view, endedAt: 2 });
		expect(record.painBefore).toBeNull();
		expect(record.painAfter).toBeNull();
	});
});

describe('checkpointProblem (issue 16)', () => {
	const at = (snapshot: unknown) =>
		checkpointProblem({
			routine,
			settings: { prepareSeconds: 0 },
			checkpoint: {
				routineId: 'morning',
				routineTitle: 'Morning loosener',
				startedAt: 1_700_000_000_000,
				savedAt: 1_700_000_014_000,
				stepIndex: 1,
				stepCount: 3,
				snapshot
			}
		});

	it('accepts a checkpoint this routine made', () => {
		expect(at(playingAt(14_000).snap)).toBeNull();
	});

	it('names the problem of one that does not fit, in one line', () => {
		const snap = { ...playingAt(14_000).snap, status: 'finished' };
		expect(at(snap)).toBe('Not a playback snapshot for this routine: finished before the end');
		expect(at({ v: 1, routineId: { toString: 1 } })).toMatch(/^Not a playback snapshot/);
	});

	it('fails when the settings changed the timeline under it', () => {
		const snap = playingAt(14_000).snap;
		expect(
			checkpointProblem({
				routine,
				settings: { prepareSeconds: 20 },
				checkpoint: { ...({} as Checkpoint), snapshot: snap }
			})
		).toMatch(/^Not a playback snapshot/);
	});
});

describe('checkpointOf and the stored-record checks', () => {
	it('makes checkpoints that storage accepts', () => {
		const { view, snap } = playingAt(14_000);
		const checkpoint = checkpointOf({ info, snapshot: snap, view, savedAt: 1_700_000_014_000 });
		expect(v.is(CheckpointSchema, JSON.parse(JSON.stringify(checkpoint)))).toBe(true);
	});
});
