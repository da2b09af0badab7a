/**
 * Issue 16: property-based fuzzing of the routine parser with mutated routines (seeded).
 * Properties: parsing never throws; every error is one short line naming a path; an accepted
 * routine stays within LIMITS and compiles to a timeline whose state views are all finite.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compile, createPlayback, start, stateAt } from '../engine';
import { largestRoutine } from '../engine/fixtures';
import { routineSeconds } from './duration';
import { LIMITS } from './limits';
import { FUZZ_SEED, FUZZ_TIMEOUT_MS, mutated, mutatedText } from './mutations';
import { parseRoutine, parseRoutineJson, type ParseResult } from './parse';
import { routineSegments } from './size';

const valid = {
	$schema: './schema.json',
	formatVersion: 1,
	id: 'fuzz',
	title: 'Fuzz',
	summary: 'A routine to break.',
	level: 'gentle',
	position: ['lying'],
	tags: ['core'],
	equipment: ['mat'],
	safety: ['Stop if it hurts.'],
	steps: [
		{ type: 'untimed', name: 'Lie down', instructions: 'Lie on your back.' },
		{
			type: 'hold',
			name: 'Tilt',
			instructions: 'Tilt.',
			hold: 5,
			relax: 3,
			reps: 4,
			perSide: true,
			breathing: { inhale: 2, exhale: 3 }
		},
		{ type: 'tempo', name: 'Bridge', instructions: 'Lift.', up: 2, down: 2, reps: 5 },
		{
			type: 'sets',
			name: 'Round',
			sets: 3,
			restBetween: 10,
			steps: [
				{ type: 'timed', name: 'Reach', instructions: 'Reach.', duration: 20, cue: 'Reach' },
				{ type: 'rest', duration: 10 }
			]
		}
	]
};

/** Numbers anywhere in a view must be finite (a NaN on screen, an Infinity in a countdown). */
function finiteEverywhere(value: unknown, depth = 0): boolean {
	if (typeof value === 'number') return Number.isFinite(value);
	if (typeof value !== 'object' || value === null || depth > 6) return true;
	return Object.values(value).every((v) => finiteEverywhere(v, depth + 1));
}

let accepted = 0;

function checkResult(result: ParseResult) {
	if (!result.ok) {
		expect(result.errors.length).toBeGreaterThan(0);
		for (const error of result.errors) {
			expect(error.length).toBeLessThanOrEqual(300);
			expect(error).not.toContain('\n');
			expect(error).toMatch(/^[^:]+: /);
		}
		return;
	}
	accepted++;
	const routine = result.routine;
	expect(routineSeconds(routine)).toBeLessThanOrEqual(LIMITS.totalSeconds);
	expect(routineSegments(routine)).toBeLessThanOrEqual(LIMITS.segments);
	const timeline = compile(routine);
	expect(Number.isFinite(timeline.totalMs)).toBe(true);
	const playing = start({ timeline, playback: createPlayback(timeline), nowMs: 0 });
	for (const t of [0, 1, timeline.totalMs / 2, timeline.totalMs, timeline.totalMs + 1]) {
		expect(finiteEverywhere(stateAt({ timeline, playback: playing, nowMs: t }))).toBe(true);
	}
}

describe('routine parser fuzz (issue 16)', () => {
	it(
		'never throws on mutated values and only accepts playable routines',
		() => {
			fc.assert(
				fc.property(mutated(valid), (input) => checkResult(parseRoutine(input))),
				{ seed: FUZZ_SEED, numRuns: 1200 }
			);
			// The property says something about accepted routines only if some are accepted.
			expect(accepted).toBeGreaterThan(20);
		},
		FUZZ_TIMEOUT_MS
	);

	it(
		'never throws on mutated, truncated or random JSON text',
		() => {
			fc.assert(
				fc.property(mutatedText(valid), (text) => checkResult(parseRoutineJson(text))),
				{ seed: FUZZ_SEED + 1, numRuns: 800 }
			);
		},
		FUZZ_TIMEOUT_MS
	);

	it(
		'never throws on mutations of the largest routine the limits allow',
		() => {
			const largest = JSON.parse(JSON.stringify(largestRoutine())) as unknown;
			fc.assert(
				fc.property(mutated(largest), (input) => {
					const result = parseRoutine(input);
					if (!result.ok) for (const error of result.errors) expect(error.length).toBeLessThan(300);
				}),
				{ seed: FUZZ_SEED + 2, numRuns: 30 }
			);
		},
		FUZZ_TIMEOUT_MS
	);
});
