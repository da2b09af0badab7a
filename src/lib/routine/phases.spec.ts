/** A tempo step's `phases` (its two phase words) in the routine format, and in the built-in routines. */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LIMITS } from './limits';
import { parseRoutine, parseRoutineJson } from './parse';
import type { SimpleStep } from './schema';

const routine = (steps: unknown[]) => ({
	formatVersion: 2,
	id: 'phases',
	title: 'Phases',
	summary: 'A routine with phase words.',
	level: 'gentle',
	stage: 'recovering',
	position: ['standing'],
	tags: [],
	equipment: [],
	safety: ['Stop if it hurts.'],
	steps
});
const squat = (phases: unknown) => ({
	type: 'tempo',
	name: 'Mini squat',
	instructions: 'Bend your knees a little, then stand tall.',
	up: 2,
	down: 2,
	reps: 5,
	phases
});
const errors = (steps: unknown[]) => {
	const result = parseRoutine(routine(steps));
	return result.ok ? [] : result.errors;
};

describe('a tempo step’s phase words', () => {
	it('are kept, trimmed, inside a sets block too', () => {
		const result = parseRoutine(
			routine([
				squat({ up: ' Bend ', down: 'Stand' }),
				{ type: 'sets', name: 'Round', sets: 2, steps: [squat({ up: 'Lift', down: 'Lower' })] }
			])
		);
		if (!result.ok) throw new Error(result.errors.join('\n'));
		expect(result.routine.steps[0]).toMatchObject({ phases: { up: 'Bend', down: 'Stand' } });
		expect(result.routine.steps[1]).toMatchObject({
			steps: [{ phases: { up: 'Lift', down: 'Lower' } }]
		});
	});

	it('are optional', () => {
		expect(errors([squat(undefined)])).toEqual([]);
	});

	it('report a blank, too long, missing or unknown word by its JSON path', () => {
		const long = 'x'.repeat(LIMITS.text.phase + 1);
		expect(errors([squat({ up: '  ', down: 'Stand' })])).toEqual([
			'steps[0].phases.up: expected a phase word of 1 to 20 characters, got 0'
		]);
		expect(errors([squat({ up: 'Bend', down: long })])).toEqual([
			'steps[0].phases.down: expected a phase word of 1 to 20 characters, got 21'
		]);
		expect(errors([squat({ up: 'Bend' })])).toEqual([
			'steps[0].phases.down: required field is missing'
		]);
		expect(errors([squat({ up: 'Bend', down: 'Stand', left: 'Rock' })])).toEqual([
			'steps[0].phases.left: unknown field (not part of the routine format)'
		]);
		expect(errors([squat('Bend')])).toEqual([
			'steps[0].phases: expected phase words as an object, got "Bend"'
		]);
		expect(errors([squat({ up: 'Bend\u200b', down: 'Stand' })])).toHaveLength(1);
	});

	it('belong to tempo steps only', () => {
		const hold = { type: 'hold', name: 'Hold', instructions: 'x', hold: 5, relax: 5, reps: 2 };
		expect(errors([{ ...hold, phases: { up: 'Lift', down: 'Lower' } }])).toEqual([
			'steps[0].phases: unknown field (not part of the routine format)'
		]);
	});
});

describe('the built-in routines', () => {
	const dir = new URL('../../../routines/', import.meta.url);
	const files = readdirSync(dir).filter((n) => n.endsWith('.json') && n !== 'schema.json');
	const tempoSteps = files.flatMap((file) => {
		const result = parseRoutineJson(readFileSync(new URL(file, dir), 'utf8'));
		if (!result.ok) throw new Error(`${file}: ${result.errors.join('\n')}`);
		const flat = result.routine.steps.flatMap((s) => (s.type === 'sets' ? s.steps : [s]));
		return flat
			.filter((s): s is Extract<SimpleStep, { type: 'tempo' }> => s.type === 'tempo')
			.map((step) => ({ where: `${file}: ${step.name}`, step }));
	});

	it('have tempo steps to check', () => {
		expect(tempoSteps.length).toBeGreaterThanOrEqual(10);
	});

	it('name both phases of every tempo step, so none falls back to "Up" and "Down"', () => {
		const missing = tempoSteps.filter(({ step }) => !step.phases).map((t) => t.where);
		expect(missing).toEqual([]);
	});

	/**
	 * The words must say what the instructions say, in their order: each word's verb ("Bend",
	 * "Rock") appears in the instructions, the first phase's no later than the second's. This
	 * catches a step whose words were swapped or made up, like "Up" for a squat.
	 */
	it.each(tempoSteps.map((t) => [t.where, t.step] as const))(
		'%s: the phase words fit its instructions, in order',
		(_where, step) => {
			const text = step.instructions.toLowerCase();
			const at = (word: string) => {
				const verb = word.toLowerCase().split(' ')[0]!;
				return text.search(new RegExp(`\\b${verb}`));
			};
			const up = at(step.phases!.up);
			const down = at(step.phases!.down);
			expect(up, `"${step.phases!.up}" in the instructions`).toBeGreaterThanOrEqual(0);
			expect(down, `"${step.phases!.down}" in the instructions`).toBeGreaterThanOrEqual(0);
			expect(up).toBeLessThanOrEqual(down);
			expect(step.phases!.up).not.toBe(step.phases!.down);
			expect([step.phases!.up, step.phases!.down]).not.toContainEqual(
				expect.stringMatching(/^(up|down)$/i)
			);
		}
	);
});
