/** The optional `figure` of a step in the routine format, and the figures of the built-in routines. */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { POSE_NAMES } from '../figure/names';
import { parseRoutine, parseRoutineJson } from './parse';

const routine = (steps: unknown[]) => ({
	formatVersion: 1,
	id: 'figures',
	title: 'Figures',
	summary: 'A routine with figures.',
	level: 'gentle',
	position: ['lying'],
	tags: [],
	equipment: [],
	safety: ['Stop if it hurts.'],
	steps
});
const hold = (figure: unknown) => ({
	type: 'hold',
	name: 'Bridge',
	instructions: 'Lift your hips.',
	hold: 5,
	relax: 5,
	reps: 3,
	figure
});
const errors = (steps: unknown[]) => {
	const result = parseRoutine(routine(steps));
	return result.ok ? [] : result.errors;
};

describe('a step figure', () => {
	it('accepts a start pose, an end pose and a cadence, on any step type', () => {
		const result = parseRoutine(
			routine([
				{
					type: 'untimed',
					name: 'Lie down',
					instructions: 'x',
					figure: { start: 'lying-knees-bent' }
				},
				hold({ start: 'lying-knees-bent', end: 'bridge' }),
				{
					type: 'timed',
					name: 'March',
					instructions: 'x',
					duration: 60,
					figure: { start: 'march-near', end: 'march-far', cadence: 100 }
				},
				{ type: 'rest', duration: 10, figure: { start: 'lying-cushion' } },
				{ type: 'sets', name: 'Round', sets: 2, steps: [hold({ start: 'bridge' })] }
			])
		);
		expect(result.ok).toBe(true);
		if (result.ok) expect(result.routine.steps[1]).toMatchObject({ figure: { end: 'bridge' } });
	});

	it('is optional', () => {
		expect(errors([hold(undefined)])).toEqual([]);
	});

	it('reports an unknown pose name with its JSON path', () => {
		expect(errors([hold({ start: 'lying-knees-bent', end: 'plank' })])).toEqual([
			'steps[0].figure.end: unknown pose name, got "plank" (routines/README.md lists the poses)'
		]);
		expect(
			errors([{ type: 'sets', name: 'R', sets: 1, steps: [hold({ start: 'Bridge' })] }])
		).toEqual([
			'steps[0].steps[0].figure.start: unknown pose name, got "Bridge" (routines/README.md lists the poses)'
		]);
	});

	it('needs a start pose, and rejects unknown fields and a cadence out of range', () => {
		expect(errors([hold({ end: 'bridge' })])).toEqual([
			'steps[0].figure.start: required field is missing'
		]);
		expect(errors([hold({ start: 'bridge', speed: 2 })])).toEqual([
			'steps[0].figure.speed: unknown field (not part of the routine format)'
		]);
		expect(errors([hold({ start: 'bridge', cadence: 500 })])).toEqual([
			'steps[0].figure.cadence: expected moves per minute between 10 and 200, got 500'
		]);
		expect(errors([hold('bridge')])).toEqual([
			'steps[0].figure: expected a figure as an object, got "bridge"'
		]);
	});
});

describe('the built-in routines', () => {
	const dir = new URL('../../../routines/', import.meta.url);
	const files = readdirSync(dir).filter((n) => n.endsWith('.json') && n !== 'schema.json');

	it.each(files)('%s gives every step a figure', (file) => {
		const result = parseRoutineJson(readFileSync(new URL(file, dir), 'utf8'));
		if (!result.ok) throw new Error(result.errors.join('\n'));
		const missing: string[] = [];
		result.routine.steps.forEach((step, i) => {
			if (step.type !== 'sets') {
				if (!step.figure) missing.push(`steps[${i}] ${step.name ?? 'Rest'}`);
				return;
			}
			step.steps.forEach((inner, j) => {
				if (!inner.figure) missing.push(`steps[${i}].steps[${j}] ${inner.name ?? 'Rest'}`);
			});
		});
		expect(missing).toEqual([]);
	});

	it('README lists every pose name a figure may use', () => {
		const readme = readFileSync(new URL('README.md', dir), 'utf8');
		const missing = POSE_NAMES.filter((n) => !readme.includes(`\`${n}\``));
		expect(missing).toEqual([]);
	});
});
