/**
 * Test support (imported by *.spec.ts and the bench only): routine builders and fast-check
 * arbitraries for valid routines and control sequences.
 */
import fc from 'fast-check';
import { LIMITS } from '../routine/limits';
import { parseRoutine } from '../routine/parse';
import type { Routine } from '../routine/schema';
import type { Action } from './actions';
import { cuesBetween } from './cues';
import { afterAll, createPlayback } from './playback';
import type { Cue, Timeline } from './types';
import type { EngineSettings } from './settings';

/** A routine from step objects, validated like any routine file (throws on an invalid one). */
export function makeRoutine(steps: unknown[], fields: Record<string, unknown> = {}): Routine {
	const result = parseRoutine({
		formatVersion: 1,
		id: 'test-routine',
		title: 'Test routine',
		summary: 'A routine built by a test.',
		level: 'gentle',
		position: ['lying'],
		tags: [],
		equipment: [],
		safety: ['Stop if it hurts.'],
		steps,
		...fields
	});
	if (!result.ok) throw new Error(`invalid test routine:\n${result.errors.join('\n')}`);
	return result.routine;
}

const text = (prefix: string) => fc.integer({ min: 1, max: 99 }).map((n) => `${prefix} ${n}`);
const optional = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
const breathing = fc.record({
	inhale: fc.integer({ min: 1, max: 5 }),
	exhale: fc.integer({ min: 1, max: 6 })
});

const extras = fc.record(
	{
		cue: optional(text('Say')),
		breathing: optional(breathing),
		stopIf: optional(text('Stop if'))
	},
	{ requiredKeys: [] }
);
const sides = fc.record(
	{ perSide: fc.boolean(), switchSeconds: fc.integer({ min: 1, max: 8 }) },
	{ requiredKeys: [] }
);
const base = (type: string) => ({
	type: fc.constant(type),
	name: text(type),
	instructions: text('Do')
});

const simpleStep = fc
	.oneof(
		fc.tuple(
			fc.record({ ...base('timed'), duration: fc.integer({ min: 1, max: 45 }) }),
			extras,
			sides
		),
		fc.tuple(
			fc.record({
				...base('hold'),
				hold: fc.integer({ min: 1, max: 25 }),
				relax: fc.integer({ min: 1, max: 6 }),
				reps: fc.integer({ min: 1, max: 4 })
			}),
			extras,
			sides
		),
		fc.tuple(
			fc.record({
				...base('tempo'),
				up: fc.integer({ min: 1, max: 3 }),
				down: fc.integer({ min: 1, max: 3 }),
				reps: fc.integer({ min: 1, max: 4 }),
				phases: optional(fc.record({ up: text('Lift'), down: text('Lower') }))
			}),
			extras,
			sides
		),
		fc.tuple(fc.record(base('untimed')), extras, fc.constant({})),
		fc.tuple(
			fc.record(base('get-ready')),
			fc.record(
				{ cue: optional(text('Say')), seconds: optional(fc.integer({ min: 5, max: 20 })) },
				{ requiredKeys: [] }
			),
			fc.constant({})
		),
		fc.tuple(
			fc.record({ type: fc.constant('rest'), duration: fc.integer({ min: 1, max: 40 }) }),
			fc.record({ name: text('Rest') }, { requiredKeys: [] }),
			fc.constant({})
		)
	)
	.map(([step, more, side]) => ({ ...step, ...more, ...side }));

const setsStep = fc.record(
	{
		type: fc.constant('sets'),
		name: text('Block'),
		sets: fc.integer({ min: 1, max: 3 }),
		restBetween: fc.integer({ min: 0, max: 12 }),
		steps: fc.array(simpleStep, { minLength: 1, maxLength: 3 })
	},
	{ requiredKeys: ['type', 'name', 'sets', 'steps'] }
);

/** Valid routines using every step type, per-side steps, sets, breathing and rests. */
export const routineArb: fc.Arbitrary<Routine> = fc
	.array(fc.oneof({ weight: 4, arbitrary: simpleStep }, { weight: 1, arbitrary: setsStep }), {
		minLength: 1,
		maxLength: 6
	})
	.map((steps) => makeRoutine(steps));

export const settingsArb: fc.Arbitrary<Partial<EngineSettings>> = fc.record({
	prepareSeconds: fc.integer({ min: 0, max: 6 }),
	countdownSeconds: fc.integer({ min: 0, max: 4 }),
	announceNext: fc.boolean(),
	spokenCounts: fc.boolean(),
	guidance: fc.constantFrom('full' as const, 'short' as const)
});

/** One thing that happens: time passes (ms), then a tick or a control. */
export interface Op {
	dt: number;
	action: Action | { type: 'tick' };
}

const actionArb: fc.Arbitrary<Op['action']> = fc.oneof(
	{ weight: 8, arbitrary: fc.constant({ type: 'tick' as const }) },
	{ weight: 3, arbitrary: fc.constantFrom<Action>({ type: 'pause' }, { type: 'resume' }) },
	{ weight: 2, arbitrary: fc.constant<Action>({ type: 'done' }) },
	{
		weight: 3,
		arbitrary: fc.constantFrom<Action>(
			{ type: 'next' },
			{ type: 'previous' },
			{ type: 'restartStep' },
			{ type: 'addTime' }
		)
	},
	{
		weight: 1,
		arbitrary: fc.nat({ max: 10 }).map((k): Action => ({ type: 'jumpTo', stepIndex: k }))
	}
);

/** Ticks and controls with time passing in between: mostly short steps, sometimes a long gap. */
export const opsArb: fc.Arbitrary<Op[]> = fc.array(
	fc.record({
		dt: fc.oneof(
			{ weight: 6, arbitrary: fc.integer({ min: 0, max: 1200 }) },
			{ weight: 1, arbitrary: fc.integer({ min: 0, max: 60_000 }) }
		),
		action: actionArb
	}),
	{ maxLength: 60 }
);

/**
 * The most work the limits allow one routine to be: LIMITS.steps per-side hold steps that
 * compile to exactly LIMITS.segments segments, with one-second breathing throughout (the
 * densest cues) and every text at its longest. For the bench and the limits spec.
 */
export function largestRoutine(): Routine {
	const reps = (LIMITS.segments / LIMITS.steps - 1) / 4; // a per-side hold: 4 × reps + 1 segments
	const long = (n: number) =>
		'Slowly '
			.repeat(Math.ceil(n / 7))
			.slice(0, n)
			.trim();
	const step = {
		type: 'hold',
		name: long(LIMITS.text.name),
		instructions: long(LIMITS.text.instructions),
		cue: long(LIMITS.text.cue),
		stopIf: long(LIMITS.text.stopIf),
		breathing: { inhale: 1, exhale: 1 },
		hold: 2,
		relax: 2,
		reps,
		perSide: true,
		switchSeconds: 1
	};
	return makeRoutine(
		Array.from({ length: LIMITS.steps }, () => step),
		{ title: long(LIMITS.text.title), summary: long(LIMITS.text.summary) }
	);
}

/** Every cue of a timeline from a fresh playback, in order. */
export function allCues(timeline: Timeline): Omit<Cue, 'atMs'>[] {
	return cuesBetween({
		timeline,
		playback: createPlayback(timeline),
		from: { pos: 0, seg: 0 },
		to: afterAll(timeline, Infinity)
	});
}
