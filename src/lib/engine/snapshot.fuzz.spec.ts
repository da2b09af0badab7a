/**
 * Issue 16: property-based fuzzing of restore with mutated snapshots (seeded). Snapshots come
 * from real sessions (random controls and gaps), then get broken. Properties: restore throws
 * nothing but SnapshotError, in one short line; a snapshot it accepts plays on: every control,
 * cue query and state view afterwards works and shows only finite numbers.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FUZZ_SEED, FUZZ_TIMEOUT_MS, mutated } from '../routine/mutations';
import { apply, type Action } from './actions';
import { createPlayback, start } from './index';
import { advance } from './cues';
import { makeRoutine, opsArb } from './fixtures';
import { restore, snapshot, SnapshotError } from './snapshot';
import { stateAt } from './state';
import { compile } from './timeline';
import type { Playback } from './types';

const routine = makeRoutine([
	{ type: 'untimed', name: 'Lie down', instructions: 'L.' },
	{ type: 'hold', name: 'Tilt', instructions: 'T.', hold: 4, relax: 2, reps: 2, perSide: true },
	{ type: 'rest', duration: 10 },
	{
		type: 'sets',
		name: 'Round',
		sets: 2,
		restBetween: 5,
		steps: [{ type: 'tempo', name: 'Lift', instructions: 'L.', up: 1, down: 2, reps: 2 }]
	},
	{
		type: 'timed',
		name: 'Walk',
		instructions: 'W.',
		duration: 8,
		breathing: { inhale: 2, exhale: 2 }
	}
]);
const timeline = compile(routine);
const steps = timeline.steps.length;

/** A snapshot of a real session after random controls, as JSON would bring it back. */
const realSnapshot = opsArb.map((ops) => {
	let now = 0;
	let pb: Playback = start({ timeline, playback: createPlayback(timeline), nowMs: now });
	for (const op of ops) {
		now += op.dt;
		if (op.action.type === 'tick') continue;
		if (op.action.type === 'jumpTo' && op.action.stepIndex >= steps) continue;
		pb = apply({ timeline, playback: pb, nowMs: now, action: op.action });
	}
	return JSON.parse(JSON.stringify(snapshot({ timeline, playback: pb, nowMs: now }))) as unknown;
});

const finiteEverywhere = (value: unknown, depth = 0): boolean => {
	if (typeof value === 'number') return Number.isFinite(value);
	if (typeof value !== 'object' || value === null || depth > 6) return true;
	return Object.values(value).every((v) => finiteEverywhere(v, depth + 1));
};

const AFTER: Action[] = [
	{ type: 'resume' },
	{ type: 'next' },
	{ type: 'addTime' },
	{ type: 'done' },
	{ type: 'previous' },
	{ type: 'jumpTo', stepIndex: steps - 1 },
	{ type: 'end' }
];

let accepted = 0;

function check(value: unknown) {
	let pb: Playback;
	try {
		pb = restore({ timeline, snapshot: value, nowMs: 1_000 });
	} catch (error) {
		expect(error).toBeInstanceOf(SnapshotError);
		expect((error as Error).message.length).toBeLessThanOrEqual(200);
		expect((error as Error).message).not.toContain('\n');
		return;
	}
	accepted++;
	let now = 1_000;
	expect(finiteEverywhere(stateAt({ timeline, playback: pb, nowMs: now }))).toBe(true);
	for (const action of AFTER) {
		now += 1_500;
		pb = apply({ timeline, playback: pb, nowMs: now, action });
		const result = advance({ timeline, playback: pb, nowMs: now + 700, lookaheadMs: 100 });
		pb = result.playback;
		for (const cue of result.cues) expect(Number.isFinite(cue.atMs)).toBe(true);
		expect(finiteEverywhere(stateAt({ timeline, playback: pb, nowMs: now + 700 }))).toBe(true);
	}
	// What restore accepted, snapshot gives back in a form restore accepts again.
	expect(() =>
		restore({ timeline, snapshot: snapshot({ timeline, playback: pb, nowMs: now }), nowMs: 0 })
	).not.toThrow();
}

describe('snapshot restore fuzz (issue 16)', () => {
	it(
		'accepts every real snapshot',
		() => {
			fc.assert(fc.property(realSnapshot, check), { seed: FUZZ_SEED, numRuns: 300 });
			expect(accepted).toBe(300);
		},
		FUZZ_TIMEOUT_MS
	);

	it(
		'throws only SnapshotError on mutated snapshots, and what it accepts plays on',
		() => {
			fc.assert(
				fc.property(
					realSnapshot.chain((snap) => mutated(snap)),
					check
				),
				{ seed: FUZZ_SEED + 1, numRuns: 2000 }
			);
		},
		FUZZ_TIMEOUT_MS
	);

	it(
		'throws only SnapshotError on random values',
		() => {
			fc.assert(fc.property(fc.anything(), check), { seed: FUZZ_SEED + 2, numRuns: 500 });
		},
		FUZZ_TIMEOUT_MS
	);
});
