/**
 * Issue 16: routine files come from anyone (files today, share links soon). These pin the limits
 * and the validator's robustness with the minimal reproductions from the issue.
 */
import { describe, expect, it } from 'vitest';
import { compile } from '../engine';
import { largestRoutine } from '../engine/fixtures';
import { routineSeconds } from './duration';
import { FORMAT_VERSION } from './constants';
import { LIMITS } from './limits';
import { parseRoutine, parseRoutineJson } from './parse';
import { routineSegments } from './size';

const base = (steps: unknown[], fields: Record<string, unknown> = {}) => ({
	formatVersion: 1,
	id: 'limits',
	title: 'Limits',
	summary: 'A routine at the limits.',
	level: 'gentle',
	position: ['lying'],
	tags: [],
	equipment: [],
	safety: ['Stop if it hurts.'],
	steps,
	...fields
});

const errorsOf = (input: unknown) => {
	const result = parseRoutine(input);
	return result.ok ? [] : result.errors;
};

/** A step that lasts 33 hours within the per-field limits (defect 2). */
const huge = {
	type: 'hold',
	name: 'Hold',
	instructions: 'Hold it.',
	hold: 300,
	relax: 300,
	reps: 100,
	perSide: true
};

describe('defect 2: routines too big to play', () => {
	it('rejects one 33-hour step, naming the total and the limit', () => {
		expect(errorsOf(base([huge]))).toEqual([
			'steps: the routine lasts 33 h 20 min; at most 3 h is allowed'
		]);
	});

	it('rejects the 6 KB sets block that compiled to 401,001 segments', () => {
		const block = { type: 'sets', name: 'Block', sets: 20, steps: Array(50).fill(huge) };
		const errors = errorsOf(base([block]));
		expect(errors).toHaveLength(2);
		expect(errors[1]).toBe(
			'steps: the routine has 401,000 parts (every hold, relax, up, down, rest, side switch and untimed step is one); at most 5,000 are allowed'
		);
	});

	it('rejects more than LIMITS.steps steps', () => {
		const rest = { type: 'rest', duration: 1 };
		expect(errorsOf(base(Array(LIMITS.steps + 1).fill(rest)))).toEqual([
			`steps: expected at most ${LIMITS.steps} steps, got ${LIMITS.steps + 1}`
		]);
	});

	it('counts segments like compile does', () => {
		const routine = largestRoutine();
		expect(routineSegments(routine)).toBe(LIMITS.segments);
		expect(compile(routine, { prepareSeconds: 0 }).segments).toHaveLength(LIMITS.segments);
		expect(routineSeconds(routine)).toBeLessThanOrEqual(LIMITS.totalSeconds);
	});

	it('accepts the largest routine the limits allow and rejects one segment more', () => {
		const routine = largestRoutine();
		expect(errorsOf(routine)).toEqual([]);
		const untimed = { type: 'untimed', name: 'Ready', instructions: 'Get ready.' };
		const block = (sets: number, size: number) => ({
			type: 'sets',
			name: 'Block',
			sets,
			steps: Array(size).fill(untimed)
		});
		const keep = routine.steps.slice(1); // 199 steps of 25 segments
		expect(errorsOf({ ...routine, steps: [...keep, block(5, 5)] })).toEqual([]);
		expect(errorsOf({ ...routine, steps: [...keep, block(13, 2)] })).toEqual([
			'steps: the routine has 5,001 parts (every hold, relax, up, down, rest, side switch and untimed step is one); at most 5,000 are allowed'
		]);
	});
});

describe('defect 5: deep nesting', () => {
	const deep = (n: number) => '['.repeat(n) + ']'.repeat(n);

	it('describes a 5,000-deep formatVersion without walking it', () => {
		expect(parseRoutineJson(`{"formatVersion":${deep(5000)}}`)).toEqual({
			ok: false,
			errors: [
				`formatVersion: expected a whole number (this app reads 1 to ${FORMAT_VERSION}), got a list`
			]
		});
	});

	it('describes deep values anywhere in a routine in one short line', () => {
		const result = parseRoutineJson(
			JSON.stringify(base([{ type: 'rest', duration: 1 }])).replace(
				'"level":"gentle"',
				`"level":${deep(5000)}`
			)
		);
		expect(result).toEqual({
			ok: false,
			errors: ['level: expected one of "gentle", "moderate", got a list']
		});
	});
});

describe('defect 6: messages quote a short prefix only', () => {
	it('cuts a 1 MB level to a prefix and its length', () => {
		const errors = errorsOf(base([], { level: 'x'.repeat(1 << 20) }));
		expect(errors[0]).toBe(
			`level: expected one of "gentle", "moderate", got "${'x'.repeat(40)}"… (1,048,576 characters)`
		);
		expect(Math.max(...errors.map((e) => e.length))).toBeLessThan(200);
	});

	it('cuts a long unknown key in the path', () => {
		const [error] = errorsOf({ ...base([{ type: 'rest', duration: 1 }]), ['k'.repeat(1000)]: 1 });
		expect(error).toBe(
			`["${'k'.repeat(30)}"… (1,000 characters)]: unknown field (not part of the routine format)`
		);
	});
});

describe('defect 7: paths', () => {
	it('says an object was expected where a list stands for a step', () => {
		expect(errorsOf(base([[]]))).toEqual(['steps[0]: expected an object, got a list']);
	});

	it('says an object was expected for a list breathing pattern', () => {
		const step = { type: 'timed', name: 'T', instructions: 'Do.', duration: 5, breathing: [4, 6] };
		expect(errorsOf(base([step]))).toEqual(['steps[0].breathing: expected an object, got a list']);
	});

	it.each([
		['a.b', '["a.b"]'],
		['x[0]', '["x[0]"]'],
		['line\nbreak', '["line\\nbreak"]'],
		['', '[""]']
	])('quotes the odd key %j', (key, shown) => {
		const step = { type: 'rest', duration: 5, [key]: 1 };
		expect(errorsOf(base([step]))).toEqual([
			`steps[0]${shown}: unknown field (not part of the routine format)`
		]);
	});
});

describe('defect 8: text that is not text', () => {
	const withTitle = (title: string) => errorsOf(base([{ type: 'rest', duration: 5 }], { title }));

	it.each([
		['NUL', 'Morning\u0000', 'contains a control character (U+0000)'],
		['escape', '\u001b[31mRed', 'contains a control character (U+001B)'],
		['a line break', 'Two\nlines', 'contains a control character (U+000A)'],
		[
			'a bidi override',
			'Stretch \u202Egnint',
			'contains a text-direction control (U+202E) that can disguise text'
		],
		[
			'an isolate',
			'\u2067Stretch',
			'contains a text-direction control (U+2067) that can disguise text'
		],
		['a zero-width space', 'Morning\u200Bmobility', 'contains an invisible character (U+200B)'],
		['a lone surrogate', 'Bad \uD800 text', 'contains a broken character (U+D800)'],
		['only blank symbols', '\u2800 \u2800', 'has no visible characters'],
		['a Hangul filler', '\u3164', 'contains an invisible character (U+3164)'],
		['only marks', '\u0301\u0301', 'has no visible characters']
	])('rejects a title with %s', (_, title, problem) => {
		expect(withTitle(title)).toEqual([`title: expected a title as plain text: it ${problem}`]);
	});

	it('keeps accents, other scripts and emoji (with their joiners)', () => {
		for (const title of ['Étirements du dos', 'ストレッチ', 'Rücken 🧘‍♀️', 'שחרור גב']) {
			expect(withTitle(title)).toEqual([]);
		}
	});

	it('allows line breaks in instructions but not NUL', () => {
		const step = (instructions: string) => base([{ type: 'untimed', name: 'Sit', instructions }]);
		expect(errorsOf(step('Sit up.\nBreathe.'))).toEqual([]);
		expect(errorsOf(step('Sit up.\u0000'))).toEqual([
			'steps[0].instructions: expected instructions as plain text: it contains a control character (U+0000)'
		]);
	});
});
