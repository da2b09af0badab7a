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

describe('parseRoutine: a timed step’s reminder (remind)', () => {
	const SAY = 'Check your skin: if it is very red, white, blotchy or numb, take the pack off.';
	const pack = (remind: unknown, type = 'timed') =>
		changed(({ steps }) => {
			const timing = type === 'timed' ? { duration: 720 } : {};
			steps[0] = { type, name: 'Cold pack', instructions: 'Keep the pack on.', ...timing, remind };
		});

	it('accepts one on a timed step and keeps it', () => {
		const result = parseRoutine(pack({ every: 180, say: ` ${SAY} ` }));
		expect(result.ok ? result.routine.steps[0] : result.errors).toMatchObject({
			remind: { every: 180, say: SAY }
		});
	});

	it('is kept inside a sets block, at its limits', () => {
		const input = changed(({ inner }) => {
			inner[0] = {
				type: 'timed',
				name: 'Pack',
				instructions: 'Keep it on.',
				duration: 3600,
				remind: { every: 60, say: 'x'.repeat(120) }
			};
		});
		expect(errorsOf(input)).toEqual([]);
		expect(errorsOf(pack({ every: 1800, say: 'Check.' }))).toEqual([]);
	});

	it.each([
		[59, 'got 59'],
		[1801, 'got 1801'],
		[90.5, 'got 90.5'],
		['180', 'got "180"']
	])('rejects every %j with its path', (every, got) => {
		expect(errorsOf(pack({ every, say: SAY }))).toEqual([
			`steps[0].remind.every: expected seconds between 60 and 1800, ${got}`
		]);
	});

	it('rejects a blank, too long or multi-line sentence like other spoken text', () => {
		expect(errorsOf(pack({ every: 180, say: '   ' }))).toEqual([
			'steps[0].remind.say: expected a reminder of 1 to 120 characters, got 0'
		]);
		expect(errorsOf(pack({ every: 180, say: 'x'.repeat(121) }))).toEqual([
			'steps[0].remind.say: expected a reminder of 1 to 120 characters, got 121'
		]);
		expect(errorsOf(pack({ every: 180, say: 'Check\nyour skin' }))).toEqual([
			'steps[0].remind.say: expected a reminder as plain text: it contains a control character (U+000A)'
		]);
		expect(errorsOf(pack({ every: 180, say: 'Check\u202Eyour skin' }))).toEqual([
			'steps[0].remind.say: expected a reminder as plain text: it contains a text-direction control (U+202E) that can disguise text'
		]);
	});

	it('names a missing or unknown field inside it, and a value that is not an object', () => {
		expect(errorsOf(pack({ every: 180 }))).toEqual([
			'steps[0].remind.say: required field is missing'
		]);
		expect(errorsOf(pack({ every: 180, say: SAY, often: true }))).toEqual([
			'steps[0].remind.often: unknown field (not part of the routine format)'
		]);
		expect(errorsOf(pack(180))).toEqual([
			'steps[0].remind: expected a reminder as an object, got 180'
		]);
	});

	it.each(['untimed', 'get-ready'])('belongs to timed steps only: unknown on %s', (type) => {
		expect(errorsOf(pack({ every: 180, say: SAY }, type))).toEqual([
			'steps[0].remind: unknown field (not part of the routine format)'
		]);
	});

	it('is unknown on a hold, a tempo and a rest step too', () => {
		const remind = { every: 180, say: SAY };
		expect(errorsOf(changed(({ steps }) => (steps[0].remind = remind)))).toEqual([
			'steps[0].remind: unknown field (not part of the routine format)'
		]);
		expect(errorsOf(changed(({ inner }) => (inner[0].remind = remind)))).toEqual([
			'steps[1].steps[0].remind: unknown field (not part of the routine format)'
		]);
		const tempo = changed(({ steps }) => {
			steps[0] = { type: 'tempo', name: 'T', instructions: 'T.', up: 2, down: 2, reps: 2, remind };
		});
		expect(errorsOf(tempo)).toEqual([
			'steps[0].remind: unknown field (not part of the routine format)'
		]);
	});
});

describe('parseRoutine: cautions', () => {
	it('is optional: a routine without it stays without it', () => {
		const result = parseRoutine(valid());
		expect(result.ok && 'cautions' in result.routine).toBe(false);
	});

	it('accepts each condition once, in any order, and an empty list', () => {
		for (const cautions of [
			[],
			['pregnancy'],
			['hip-replacement', 'osteoporosis'],
			['pregnancy', 'osteoporosis', 'hip-replacement']
		]) {
			const result = parseRoutine({ ...valid(), cautions });
			expect(result.ok ? result.routine.cautions : result.errors).toEqual(cautions);
		}
	});

	it('names the allowed conditions for an unknown one, with its path', () => {
		expect(errorsOf({ ...valid(), cautions: ['osteoporosis', 'knees'] })).toEqual([
			'cautions[1]: expected one of "pregnancy", "osteoporosis", "hip-replacement", got "knees"'
		]);
	});

	it('reports a condition listed twice at the repeat', () => {
		expect(errorsOf({ ...valid(), cautions: ['pregnancy', 'osteoporosis', 'pregnancy'] })).toEqual([
			'cautions[2]: expected each condition once, got "pregnancy" again'
		]);
	});

	it('reports a list that is too long, and a value that is not a list', () => {
		expect(
			errorsOf({
				...valid(),
				cautions: ['pregnancy', 'osteoporosis', 'hip-replacement', 'pregnancy']
			})
		).toEqual(['cautions: expected at most 3 conditions, got 4']);
		expect(errorsOf({ ...valid(), cautions: 'pregnancy' })).toEqual([
			'cautions: expected a list of conditions, got "pregnancy"'
		]);
	});

	it('keeps format 3: a routine with cautions needs no newer format', () => {
		const result = parseRoutine({ ...valid(), cautions: ['pregnancy'] });
		expect(result.ok && result.routine.formatVersion).toBe(3);
	});
});
