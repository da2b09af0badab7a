/**
 * The error messages are the interface for anyone writing a routine by hand, so they are
 * checked word for word: each names the path and says what was expected and what was found.
 */
import { describe, expect, it } from 'vitest';
import { formatPath, parseRoutine, parseRoutineJson, parseRoutineOrThrow } from './parse';
import type { RoutineInput } from './schema';

/** A small valid routine; tests change one thing and expect exactly one error. */
function valid(): RoutineInput & Record<string, unknown> {
	return {
		$schema: './schema.json',
		formatVersion: 3,
		id: 'test-routine',
		title: 'Test routine',
		summary: 'A routine for tests.',
		level: 'gentle',
		stage: 'recovering',
		position: ['lying'],
		tags: ['lower-back'],
		equipment: ['mat'],
		safety: ['Stop if the pain gets sharper or spreads down a leg.'],
		steps: [
			{
				type: 'hold',
				name: 'Pelvic tilt',
				instructions: 'Press your lower back into the floor.',
				hold: 10,
				relax: 5,
				reps: 10
			},
			{
				type: 'sets',
				name: 'Round',
				sets: 2,
				restBetween: 20,
				steps: [{ type: 'rest', duration: 10 }]
			}
		]
	};
}

type Obj = Record<string, unknown>;

/**
 * `valid()` with one change made by `edit` on a plain copy: `steps` are its two steps
 * (a hold and a sets block) and `inner` the steps inside that block.
 */
function changed(edit: (parts: { r: Obj; steps: [Obj, Obj]; inner: [Obj] }) => void): unknown {
	const r = structuredClone(valid()) as Obj;
	const steps = r.steps as [Obj, Obj];
	edit({ r, steps, inner: steps[1].steps as [Obj] });
	return r;
}

function errorsOf(input: unknown): string[] {
	const result = parseRoutine(input);
	return result.ok ? [] : result.errors;
}

describe('parseRoutine: valid input', () => {
	it('accepts a valid routine and round-trips it through JSON', () => {
		const first = parseRoutine(valid());
		if (!first.ok) throw new Error(first.errors.join('; '));
		const again = parseRoutineJson(JSON.stringify(first.routine));
		expect(again).toEqual({ ok: true, routine: first.routine });
		expect(first.routine.steps).toEqual(valid().steps);
	});

	it('defaults version to 1 and keeps a given one', () => {
		const without = parseRoutine(valid());
		expect(without.ok && without.routine.version).toBe(1);
		const given = parseRoutine({ ...valid(), version: 7 });
		expect(given.ok && given.routine.version).toBe(7);
	});

	it('trims text', () => {
		const result = parseRoutine({ ...valid(), title: '  Padded  ' });
		expect(result.ok && result.routine.title).toBe('Padded');
	});
});

describe('parseRoutine: error messages', () => {
	it('reports a wrong type with the path and the value found', () => {
		const input = changed(({ steps }) => (steps[0].hold = 'ten'));
		expect(errorsOf(input)).toEqual([
			'steps[0].hold: expected seconds between 1 and 300, got "ten"'
		]);
	});

	it('reports a number out of range', () => {
		expect(errorsOf(changed(({ steps }) => (steps[0].hold = 301)))).toEqual([
			'steps[0].hold: expected seconds between 1 and 300, got 301'
		]);
		expect(errorsOf(changed(({ steps }) => (steps[0].reps = 0)))).toEqual([
			'steps[0].reps: expected reps between 1 and 100, got 0'
		]);
	});

	it('rejects fractions of a second', () => {
		expect(errorsOf(changed(({ steps }) => (steps[0].relax = 2.5)))).toEqual([
			'steps[0].relax: expected seconds between 1 and 300, got 2.5'
		]);
	});

	it('reports an unknown field at the top level', () => {
		expect(errorsOf(changed(({ r }) => (r.duration = 300)))).toEqual([
			'duration: unknown field (not part of the routine format)'
		]);
	});

	it('reports an unknown field inside a step', () => {
		expect(errorsOf(changed(({ steps }) => (steps[0].hodl = 10)))).toEqual([
			'steps[0].hodl: unknown field (not part of the routine format)'
		]);
	});

	it('reports an unknown field inside a sets block and inside its steps', () => {
		expect(errorsOf(changed(({ steps }) => (steps[1].rest = 20)))).toEqual([
			'steps[1].rest: unknown field (not part of the routine format)'
		]);
		expect(errorsOf(changed(({ inner }) => (inner[0].perSide = true)))).toEqual([
			'steps[1].steps[0].perSide: unknown field (not part of the routine format)'
		]);
	});

	it('reports an unknown step type, listing the known ones', () => {
		expect(errorsOf(changed(({ steps }) => (steps[0].type = 'jump')))).toEqual([
			'steps[0].type: expected a step type ("timed", "hold", "tempo", "get-ready", "untimed", "rest", "sets"), got "jump"'
		]);
	});

	it('says sets blocks do not nest', () => {
		const input = changed(
			({ inner }) => (inner[0] = { type: 'sets', name: 'Inner', sets: 2, steps: [] })
		);
		expect(errorsOf(input)).toEqual([
			'steps[1].steps[0].type: expected a step type inside a sets block ("timed", "hold", "tempo", "get-ready", "untimed", "rest"), got "sets"'
		]);
	});

	it('reports a missing required field by name', () => {
		expect(errorsOf(changed(({ steps }) => delete steps[0].hold))).toEqual([
			'steps[0].hold: required field is missing'
		]);
		expect(errorsOf(changed(({ r }) => delete r.title))).toEqual([
			'title: required field is missing'
		]);
		expect(errorsOf(changed(({ steps }) => (steps[0].breathing = { inhale: 4 })))).toEqual([
			'steps[0].breathing.exhale: required field is missing'
		]);
	});

	it('reports a step that is not an object', () => {
		expect(errorsOf(changed(({ r }) => (r.steps = ['stretch'])))).toEqual([
			'steps[0]: expected a step as an object, got "stretch"'
		]);
	});

	it('reports other bad values with the rule they broke', () => {
		expect(errorsOf(changed(({ r }) => (r.level = 'hard')))).toEqual([
			'level: expected one of "gentle", "moderate", got "hard"'
		]);
		expect(errorsOf(changed(({ r }) => (r.id = 'Pelvic Tilts')))).toEqual([
			'id: expected an id in lowercase-with-dashes, got "Pelvic Tilts"'
		]);
		expect(errorsOf(changed(({ r }) => (r.steps = [])))).toEqual([
			'steps: expected at least 1 steps, got 0'
		]);
		expect(errorsOf(changed(({ r }) => (r.title = '   ')))).toEqual([
			'title: expected a title of 1 to 80 characters, got 0'
		]);
		expect(errorsOf(changed(({ steps }) => (steps[0].perSide = 'yes')))).toEqual([
			'steps[0].perSide: expected true or false, got "yes"'
		]);
	});

	it('lists every problem, not just the first', () => {
		const input = changed(({ r, steps }) => {
			r.level = 'hard';
			steps[0].hold = 'ten';
		});
		expect(errorsOf(input)).toEqual([
			'level: expected one of "gentle", "moderate", got "hard"',
			'steps[0].hold: expected seconds between 1 and 300, got "ten"'
		]);
	});

	it.each([
		[null, 'null'],
		[[], 'a list'],
		['routine', '"routine"'],
		[42, '42']
	])('rejects %j as not an object', (input, found) => {
		expect(errorsOf(input)).toEqual([`(routine): expected a routine as an object, got ${found}`]);
	});
});

describe('parseRoutine: formatVersion', () => {
	it('asks to update the app for a newer format', () => {
		expect(errorsOf({ ...valid(), formatVersion: 4 })).toEqual([
			'formatVersion: this routine uses format 4, but this version of Backbeat reads up to format 3. Update the app to open it.'
		]);
	});

	it('requires formatVersion', () => {
		expect(errorsOf(changed(({ r }) => delete r.formatVersion))).toEqual([
			'formatVersion: expected a whole number (this app reads 1 to 3), got nothing'
		]);
	});

	it.each([
		['"1"', '1'],
		['0', 0],
		['1.5', 1.5]
	])('rejects formatVersion %s', (shown, value) => {
		expect(errorsOf({ ...valid(), formatVersion: value })).toEqual([
			`formatVersion: expected a whole number (this app reads 1 to 3), got ${shown}`
		]);
	});
});

describe('parseRoutine: stage (format 2)', () => {
	it('requires a stage in format 2', () => {
		expect(errorsOf(changed(({ r }) => delete r.stage))).toEqual([
			'stage: required field is missing'
		]);
	});

	it('names the allowed stages', () => {
		expect(errorsOf({ ...valid(), stage: 'acute' })).toEqual([
			'stage: expected one of "spasm", "recovering", "staying-well", got "acute"'
		]);
	});

	it('upgrades a format 1 routine without a stage to "recovering"', () => {
		const old = changed(({ r }) => {
			r.formatVersion = 1;
			delete r.stage;
		});
		const result = parseRoutine(old);
		expect(result.ok && result.routine).toMatchObject({ formatVersion: 3, stage: 'recovering' });
	});

	it('accepts the kneeling (hands and knees) position', () => {
		expect(errorsOf({ ...valid(), position: ['kneeling', 'lying'] })).toEqual([]);
	});
});

describe('parseRoutineJson', () => {
	it('reports text that is not JSON as a file error', () => {
		const result = parseRoutineJson('{ "id": ');
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.errors).toHaveLength(1);
		expect(result.errors[0]).toMatch(/^\(file\): not valid JSON: \S/);
	});

	it('validates parsed JSON like parseRoutine', () => {
		expect(parseRoutineJson(JSON.stringify(valid())).ok).toBe(true);
		expect(parseRoutineJson('[]')).toEqual({
			ok: false,
			errors: ['(routine): expected a routine as an object, got a list']
		});
	});
});

describe('parseRoutineOrThrow', () => {
	it('returns the routine when valid', () => {
		expect(parseRoutineOrThrow(valid(), 'test.json').id).toBe('test-routine');
	});

	it('throws one error naming the source and every problem', () => {
		const input = changed(({ r }) => {
			r.level = 'hard';
			delete r.title;
		});
		expect(() => parseRoutineOrThrow(input, 'routines/x.json')).toThrow(
			'routines/x.json is not a valid routine:\n  title: required field is missing\n  level: expected one of "gentle", "moderate", got "hard"'
		);
	});
});

describe('formatPath', () => {
	it('joins keys and indexes', () => {
		expect(formatPath([{ key: 'steps' }, { key: 2 }, { key: 'hold' }])).toBe('steps[2].hold');
		expect(formatPath([])).toBe('(routine)');
		expect(formatPath(undefined)).toBe('(routine)');
	});
});

describe('parseRoutine: get-ready (format 3)', () => {
	const getReady = (extra: Obj = {}) =>
		changed(({ r }) => {
			(r.steps as Obj[]).unshift({
				type: 'get-ready',
				name: 'Get into position',
				instructions: 'Lie on your back, knees bent.',
				...extra
			});
		});

	it('accepts a get-ready without seconds (15 s is the default, filled in by the engine)', () => {
		const result = parseRoutine(getReady());
		expect(result.ok ? [] : result.errors).toEqual([]);
		expect(result.ok && result.routine.steps[0]).toEqual({
			type: 'get-ready',
			name: 'Get into position',
			instructions: 'Lie on your back, knees bent.'
		});
	});

	it.each([
		[4, 'got 4'],
		[121, 'got 121'],
		[12.5, 'got 12.5'],
		['15', 'got "15"']
	])('rejects seconds %j with its path', (value, got) => {
		expect(errorsOf(getReady({ seconds: value }))).toEqual([
			`steps[0].seconds: expected seconds between 5 and 120, ${got}`
		]);
	});

	it.each([
		['breathing', { inhale: 4, exhale: 6 }],
		['perSide', true]
	])('has no %s: an unknown field there', (key, value) => {
		expect(errorsOf(getReady({ [key]: value }))).toEqual([
			`steps[0].${key}: unknown field (not part of the routine format)`
		]);
	});

	it('is allowed inside a sets block, with its path there', () => {
		const input = changed(({ inner }) => {
			inner.unshift({ type: 'get-ready', name: 'Kneel', instructions: 'Kneel.', seconds: 2 });
		});
		expect(errorsOf(input)).toEqual([
			'steps[1].steps[0].seconds: expected seconds between 5 and 120, got 2'
		]);
	});

	it.each([1, 2])('reads a format %i untimed step unchanged: it still waits for Done', (format) => {
		const old = changed(({ r, steps }) => {
			r.formatVersion = format;
			steps[0].type = 'untimed';
			for (const key of ['hold', 'relax', 'reps']) delete steps[0][key];
		});
		const result = parseRoutine(old);
		expect(result.ok && result.routine.formatVersion).toBe(3);
		expect(result.ok && result.routine.steps[0]?.type).toBe('untimed');
	});
});
