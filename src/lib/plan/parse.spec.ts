import { describe, expect, it } from 'vitest';
import { testPlan } from './fixtures';
import { lessonOfDay, parsePlan, parsePlanOrThrow } from './parse';

const errorsOf = (input: unknown) => {
	const result = parsePlan(input);
	return result.ok ? [] : result.errors;
};

describe('parsePlan', () => {
	it('accepts a valid plan', () => {
		expect(parsePlan(testPlan())).toEqual({ ok: true, plan: testPlan() });
	});

	it('names the JSON path and the problem', () => {
		const plan = testPlan();
		const bad = structuredClone(plan) as unknown as {
			phases: { items: { schedule: Record<string, unknown> }[] }[];
		};
		bad.phases[0]!.items[0]!.schedule = { kind: 'every', hours: 0 };
		expect(errorsOf(bad)).toEqual([
			'phases[0].items[0].schedule.hours: expected hours between 1 and 12, got 0'
		]);
	});

	it('reports a bad time of day, an unknown schedule kind and an unknown field', () => {
		const bad = structuredClone(testPlan()) as unknown as Record<string, unknown> & {
			phases: { items: Record<string, unknown>[] }[];
		};
		bad.phases[0]!.items[1] = {
			routine: 'cold-compress',
			schedule: { kind: 'times', at: ['25:00'] }
		};
		bad.phases[1]!.items[0] = { routine: 'pelvic-tilts', schedule: { kind: 'weekly' } };
		bad.colour = 'blue';
		expect(errorsOf(bad)).toEqual([
			'phases[0].items[1].schedule.at[0]: expected a time of day like "09:00" (24-hour), got "25:00"',
			'phases[1].items[0].schedule.kind: expected a schedule kind ("times", "every", "daily"), got "weekly"',
			'colour: unknown field (not part of the plan format)'
		]);
	});

	it('checks waking hours and phase starts', () => {
		expect(errorsOf({ ...testPlan(), wakingHours: { from: '22:00', to: '08:00' } })).toEqual([
			'wakingHours: expected "from" to come before "to" on the same day'
		]);
		const plan = testPlan();
		plan.phases[1]!.start = {};
		expect(errorsOf(plan)).toEqual(['phases[1].start: expected "day", "painAtMost" or both']);
		plan.phases[1]!.start = { day: 0 };
		expect(errorsOf(plan)).toEqual([
			"phases[1].start.day: expected a day after the previous phase's day 0, got 0"
		]);
		plan.phases[1]!.start = { day: 9 };
		expect(errorsOf(plan)).toEqual([
			'phases[1].start.day: expected a day before the plan ends (day 7), got 9'
		]);
		plan.phases[0]!.start = { painAtMost: 3 };
		expect(errorsOf(plan)[0]).toBe(
			'phases[0].start.day: expected the first phase to start on day 0, got nothing'
		);
	});

	it('reads an optional "afterwards" text of 1 to 400 characters', () => {
		const afterwards = 'Keep walking every day.';
		expect(parsePlan(testPlan({ afterwards }))).toEqual({
			ok: true,
			plan: testPlan({ afterwards })
		});
		expect(errorsOf({ ...testPlan(), afterwards: '   ' })).toEqual([
			'afterwards: expected a text of 1 to 400 characters, got ""'
		]);
		expect(errorsOf({ ...testPlan(), afterwards: 'x'.repeat(401) })[0]).toMatch(
			/^afterwards: expected a text of 1 to 400 characters/
		);
		expect(errorsOf({ ...testPlan(), afterwards: 3 })[0]).toMatch(/^afterwards: expected a text/);
	});

	it('refuses newer formats and non-objects with a clear message', () => {
		expect(errorsOf({ ...testPlan(), formatVersion: 2 })[0]).toMatch(/Update the app/);
		expect(errorsOf([])).toEqual(['(plan): expected a plan as an object, got a list']);
	});

	it('names a lesson for a day, and fails on lesson ids that do not exist', () => {
		const plan = {
			...testPlan(),
			lessons: [
				{ day: 0, lesson: 'why-backs-hurt' },
				{ day: 2, lesson: 'no-such-lesson' }
			]
		};
		const known = undefined;
		expect(() => parsePlanOrThrow(plan, 'x.json', known, new Set(['why-backs-hurt']))).toThrow(
			/lessons\[1\]\.lesson: no lesson has the id "no-such-lesson"/
		);
		const ok = parsePlanOrThrow(plan, 'x.json', known);
		expect(lessonOfDay(ok, 1)).toBe('why-backs-hurt');
		expect(lessonOfDay(ok, 2)).toBeUndefined();
		expect(lessonOfDay(ok, 3)).toBe('no-such-lesson');
		expect(errorsOf({ ...testPlan(), lessons: [{ day: -1, lesson: 'x' }] })[0]).toMatch(
			/^lessons\[0\]\.day: expected a day offset between 0 and 365/
		);
	});

	it('fails on routine ids that do not exist when given the known ids', () => {
		expect(() => parsePlanOrThrow(testPlan(), 'x.json', new Set(['walk-break']))).toThrow(
			/phases\[0\]\.items\[1\]\.routine: no routine has the id "cold-compress"/
		);
	});
});
