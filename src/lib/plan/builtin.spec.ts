/** The built-in plans in routines/plans/: valid, named after their ids, using real routines. */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePlan, unknownRoutines } from './parse';
import { dayNumber, phaseOnDay, planDay } from './schedule';
import type { Plan } from './schema';
import { timeOf, zonedParts } from './zone';

const dir = new URL('../../../routines/plans/', import.meta.url);
const files = readdirSync(dir).filter((n) => n.endsWith('.json') && n !== 'schema.json');
const routineIds = new Set(
	readdirSync(new URL('../', dir))
		.filter((n) => n.endsWith('.json') && n !== 'schema.json')
		.map((n) => n.replace(/\.json$/, ''))
);
const readme = readFileSync(new URL('../README.md', dir), 'utf8');

function load(name: string): Plan {
	const result = parsePlan(JSON.parse(readFileSync(new URL(name, dir), 'utf8')));
	if (!result.ok) throw new Error(`${name}: ${result.errors.join('; ')}`);
	return result.plan;
}

describe('built-in plans', () => {
	it('has the two plans the issue asks for', () => {
		expect(files.sort()).toEqual(['back-spasm-two-weeks.json', 'desk-day-prevention.json']);
	});

	for (const name of files) {
		it(`${name} is valid, named after its id and uses existing routines`, () => {
			const plan = load(name);
			expect(`${plan.id}.json`).toBe(name);
			expect(unknownRoutines(plan, routineIds)).toEqual([]);
			expect(readme).toContain(plan.title);
		});
	}

	it('the spasm plan: cold and walks every 3 h first, heat from day 3, core last behind a pain gate', () => {
		const plan = load('back-spasm-two-weeks.json');
		const routinesIn = (i: number) => plan.phases[i]!.items.map((item) => item.routine);
		expect(routinesIn(0)).toEqual(expect.arrayContaining(['walk-break', 'cold-compress']));
		expect(routinesIn(0)).not.toContain('heat-compress');
		expect(routinesIn(1)).toEqual(expect.arrayContaining(['heat-compress', 'pelvic-tilts']));
		expect(routinesIn(2)).toContain('core-gentle');
		expect(plan.phases[2]!.start.painAtMost).toBeDefined();
		expect(plan.days).toBe(14);
		expect(phaseOnDay(plan, 3)).toBe(1);

		const zone = 'Europe/London';
		const startedAt = Date.UTC(2026, 5, 1, 7); // 08:00 London
		const first = planDay({
			plan,
			phaseIndex: 0,
			startedAt,
			date: { year: 2026, month: 6, day: 1 },
			waking: plan.wakingHours,
			timeZone: zone
		});
		const walks = first
			.filter((o) => o.routine === 'walk-break')
			.map((o) => zonedParts(o.at, zone));
		expect(walks.map((p) => timeOf(p.hour * 60 + p.minute))).toEqual([
			'08:00',
			'11:00',
			'14:00',
			'17:00',
			'20:00'
		]);
		expect(dayNumber(startedAt, startedAt + 3 * 86_400_000, zone)).toBe(3);
	});

	it('the desk-day plan keeps to working hours and never ends by itself', () => {
		const plan = load('desk-day-prevention.json');
		expect(plan.days).toBeUndefined();
		expect(plan.phases[0]!.items.map((i) => i.routine)).toContain('desk-break');
	});
});
