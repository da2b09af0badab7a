/** The built-in plans in routines/plans/: valid, named after their ids, using real routines. */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { routineSeconds } from '../routine/duration';
import { parseRoutineJson } from '../routine/parse';
import type { Routine } from '../routine/schema';
import { parsePlan, unknownLessons, unknownRoutines } from './parse';
import { dayNumber, phaseOnDay, planDate, planDay, slotMinutes } from './schedule';
import type { Phase, Plan } from './schema';
import { minutesOf, timeOf, zonedParts } from './zone';

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

/** A built-in routine by id, validated. */
function routine(id: string): Routine {
	const result = parseRoutineJson(readFileSync(new URL(`../${id}.json`, dir), 'utf8'));
	if (!result.ok) throw new Error(`${id}: ${result.errors.join('; ')}`);
	return result.routine;
}

/** How many times a day an item falls due within the plan's waking hours. */
function timesADay(plan: Plan, item: Phase['items'][number]): number {
	const from = minutesOf(plan.wakingHours.from);
	const to = minutesOf(plan.wakingHours.to);
	return slotMinutes(item.schedule, plan.wakingHours).filter((m) => m >= from && m <= to).length;
}

/** Minutes of walking a phase asks for each day: routines tagged "walking", times a day. */
function walkingMinutes(plan: Plan, phase: Phase): number {
	return phase.items
		.filter((item) => routine(item.routine).tags.includes('walking'))
		.reduce(
			(sum, item) => sum + (routineSeconds(routine(item.routine)) / 60) * timesADay(plan, item),
			0
		);
}

/**
 * Minutes of walking due on each calendar day of a plan, from the schedule itself (planDay): the
 * phase the calendar reaches that day, every occurrence of a routine tagged "walking" counted
 * with its length. Started before waking on day 0, so nothing of the first day is left out.
 */
function walkingMinutesByDay(plan: Plan, days: number): number[] {
	const timeZone = 'Europe/London';
	// 07:00 in London on 20 March 2026: the clocks go forward on day 9.
	const startedAt = Date.UTC(2026, 2, 20, 7);
	return Array.from({ length: days }, (_, day) =>
		planDay({
			plan,
			phaseIndex: phaseOnDay(plan, day),
			startedAt,
			date: planDate(startedAt, day, timeZone),
			waking: plan.wakingHours,
			timeZone
		})
			.filter((o) => routine(o.routine).tags.includes('walking'))
			.reduce((sum, o) => sum + routineSeconds(routine(o.routine)) / 60, 0)
	);
}

describe('built-in plans', () => {
	it('has the three plans the issues ask for', () => {
		expect(files.sort()).toEqual([
			'back-spasm-two-weeks.json',
			'desk-day-prevention.json',
			'graded-walking.json'
		]);
	});

	for (const name of files) {
		it(`${name} is valid, named after its id and uses existing routines`, () => {
			const plan = load(name);
			expect(`${plan.id}.json`).toBe(name);
			expect(unknownRoutines(plan, routineIds)).toEqual([]);
			expect(readme).toContain(plan.title);
		});
	}

	it('the spasm plan: walks every 3 h, pelvic tilts and cold first, heat from day 3, core last behind a pain gate', () => {
		const plan = load('back-spasm-two-weeks.json');
		const routinesIn = (i: number) => plan.phases[i]!.items.map((item) => item.routine);
		expect(routinesIn(0)).toEqual(
			expect.arrayContaining(['walk-break', 'cold-compress', 'pelvic-tilts'])
		);
		expect(routinesIn(0)).not.toContain('heat-compress');
		expect(routinesIn(1)).toEqual(expect.arrayContaining(['heat-compress', 'pelvic-tilts']));
		expect(routinesIn(plan.phases.length - 1)).toContain('core-gentle');
		expect(plan.phases.at(-1)!.start.painAtMost).toBeDefined();
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

	it('the spasm plan: walking grows from a few minutes several times a day to 20–30 minutes a day', () => {
		const plan = load('back-spasm-two-weeks.json');
		const minutes = plan.phases.map((phase) => walkingMinutes(plan, phase));
		// Phase by phase: 5 × 4.5, 5 × 4.5, 2 × 10 + 4.5, 3 × 10.
		expect(minutes).toEqual([22.5, 22.5, 24.5, 30]);
		for (let i = 1; i < minutes.length; i++) {
			expect(minutes[i], plan.phases[i]!.id).toBeGreaterThanOrEqual(minutes[i - 1]!);
		}
		// A few minutes, several times a day: every walk of the first phase is 5 minutes at most.
		const first = plan.phases[0]!.items.filter((item) =>
			routine(item.routine).tags.includes('walking')
		);
		expect(first.length).toBeGreaterThan(0);
		for (const item of first) {
			expect(routineSeconds(routine(item.routine))).toBeLessThanOrEqual(5 * 60);
		}
		expect(first.reduce((n, item) => n + timesADay(plan, item), 0)).toBeGreaterThanOrEqual(3);
		expect(minutes.at(-1)).toBeGreaterThanOrEqual(20);
		expect(minutes.at(-1)).toBeLessThanOrEqual(30);
	});

	it('the spasm plan: bridges come before gentle core work, each behind a lower pain gate', () => {
		const plan = load('back-spasm-two-weeks.json');
		const firstWith = (id: string) =>
			plan.phases.findIndex((phase) => phase.items.some((item) => item.routine === id));
		const bridges = firstWith('bridges');
		const core = firstWith('core-gentle');
		expect(bridges).toBeGreaterThan(0);
		expect(core).toBeGreaterThan(bridges);
		expect(plan.phases[bridges]!.start).toMatchObject({ day: 7, painAtMost: 4 });
		expect(plan.phases[core]!.start.day).toBeGreaterThanOrEqual(10);
		expect(plan.phases[core]!.start.painAtMost).toBeLessThanOrEqual(3);
	});

	it('every lesson of the day is a built-in lesson, on a day the plan has', () => {
		const lessonIds = new Set(
			readdirSync(new URL('../lessons/', dir)).map((n) => n.replace(/\.json$/, ''))
		);
		for (const name of files) {
			const plan = load(name);
			expect(unknownLessons(plan, lessonIds), name).toEqual([]);
			for (const l of plan.lessons ?? []) expect(l.day).toBeLessThan(plan.days ?? 366);
		}
		// The spasm plan starts with why backs hurt and how to get up (issue 24).
		expect(
			load('back-spasm-two-weeks.json')
				.lessons?.slice(0, 2)
				.map((l) => l.lesson)
		).toEqual(['why-backs-hurt', 'getting-up']);
	});

	it('the spasm plan says what to do next on its last day, whatever the pain', () => {
		const plan = load('back-spasm-two-weeks.json');
		expect(plan.afterwards).toMatch(/keep doing the routines that helped/i);
		expect(plan.afterwards).toMatch(/keep walking/i);
		expect(plan.afterwards).toMatch(/book an appointment with a GP or a physiotherapist/);
	});

	for (const name of files) {
		it(`${name}: a routine meant for later sits behind a pain gate`, () => {
			// At pain 7 or more the app calls any routine not of the "spasm" stage "meant for
			// later": a phase may hold one only when it starts once pain is 6 or lower. A first
			// phase cannot wait for pain, so a plan that opens with such routines says in its
			// safety notes that it is not for a back in spasm and names the spasm plan instead.
			const plan = load(name);
			const spasmPlan = load('back-spasm-two-weeks.json');
			plan.phases.forEach((phase, i) => {
				const later = phase.items.filter((item) => routine(item.routine).stage !== 'spasm');
				if (later.length === 0) return;
				if (i === 0) {
					expect(plan.safety.join(' '), phase.id).toContain(spasmPlan.title);
					expect(plan.id).not.toBe(spasmPlan.id);
				} else {
					expect(phase.start.painAtMost, phase.id).toBeDefined();
					expect(phase.start.painAtMost!, phase.id).toBeLessThanOrEqual(6);
				}
			});
		});

		it(`${name}: pain gates only get stricter from phase to phase`, () => {
			const gates = load(name)
				.phases.map((phase) => phase.start.painAtMost)
				.filter((n) => n !== undefined);
			for (let i = 1; i < gates.length; i++) {
				expect(gates[i]).toBeLessThanOrEqual(gates[i - 1]!);
			}
		});

		it(`${name}: its safety notes leave the warning signs to the shared list`, () => {
			// The plan page adds the shared red-flag line; a plan's own partial copy would drift.
			for (const line of load(name).safety) {
				expect(line, line).not.toMatch(/emergenc|bladder|bowel|numbness/i);
			}
		});

		it(`${name}: words its claims as what many people find, not as proven effects`, () => {
			const plan = load(name);
			const text = [
				plan.summary,
				...plan.safety,
				plan.afterwards ?? '',
				...plan.phases.flatMap((p) => [p.summary, ...p.items.map((item) => item.note ?? '')])
			].join('\n');
			expect(text).not.toMatch(/takes? load off/i);
			expect(text).not.toMatch(/after the first 72 hours/i);
			expect(text).not.toMatch(/is hard on the back/i);
			expect(text).not.toMatch(/raises? the risk|eases? faster|helps? (them|muscles) let go/i);
		});
	}

	for (const name of files) {
		it(`${name}: walking minutes a day never go down from phase to phase`, () => {
			const plan = load(name);
			const minutes = plan.phases.map((phase) => walkingMinutes(plan, phase));
			for (let i = 1; i < minutes.length; i++) {
				expect(minutes[i], plan.phases[i]!.id).toBeGreaterThanOrEqual(minutes[i - 1]!);
			}
		});
	}

	describe('the graded walking plan', () => {
		const plan = load('graded-walking.json');
		const walksIn = (phase: Phase) =>
			phase.items.filter((item) => routine(item.routine).tags.includes('walking'));

		it('is a walking plan of four weeks, one phase a week', () => {
			expect(plan.days).toBe(28);
			expect(plan.phases.map((p) => p.start.day)).toEqual([0, 7, 14, 21]);
			for (const phase of plan.phases) expect(walksIn(phase)).toEqual(phase.items);
		});

		it('never asks for fewer walking minutes on any day than on the day before', () => {
			const minutes = walkingMinutesByDay(plan, plan.days!);
			expect(minutes).toHaveLength(28);
			for (let day = 1; day < minutes.length; day++) {
				expect(minutes[day], `day ${day + 1}`).toBeGreaterThanOrEqual(minutes[day - 1]!);
			}
			// Week by week: 4 × 4.5, 10 + 2 × 4.5, 2 × 10 + 4.5, 2 × 15.
			expect([0, 7, 14, 21].map((day) => minutes[day])).toEqual([18, 19, 24.5, 30]);
		});

		it('starts with a few minutes several times a day and ends at 20 to 30 minutes a day', () => {
			const first = walksIn(plan.phases[0]!);
			for (const item of first) {
				expect(routineSeconds(routine(item.routine))).toBeLessThanOrEqual(5 * 60);
			}
			expect(first.reduce((n, item) => n + timesADay(plan, item), 0)).toBeGreaterThanOrEqual(3);
			const last = walkingMinutes(plan, plan.phases.at(-1)!);
			expect(last).toBeGreaterThanOrEqual(20);
			expect(last).toBeLessThanOrEqual(30);
		});

		it('grows the longest walk of the day from phase to phase', () => {
			const longest = plan.phases.map((phase) =>
				Math.max(...walksIn(phase).map((item) => routineSeconds(routine(item.routine)) / 60))
			);
			expect(longest).toEqual([4.5, 10, 10, 15]);
		});

		it('is pain-gated like the spasm plan: each later week waits for a lower score', () => {
			const spasm = load('back-spasm-two-weeks.json');
			const gates = plan.phases.slice(1).map((p) => p.start.painAtMost);
			expect(gates).toEqual([6, 5, 4]);
			// No stricter at the start than the spasm plan's first gate.
			expect(gates[0]).toBe(spasm.phases[1]!.start.painAtMost);
		});

		it('has a lesson for its first days, pacing first, and says what to do after it', () => {
			expect(plan.lessons?.[0]).toEqual({ day: 0, lesson: 'pacing' });
			expect(plan.lessons?.map((l) => l.lesson)).toContain('hurt-is-not-harm');
			expect(plan.afterwards).toMatch(/keep walking every day, 20 to 30 minutes/i);
			expect(plan.afterwards).toMatch(/book an appointment with a GP or a physiotherapist/);
		});
	});

	it('the desk-day plan keeps to working hours and never ends by itself', () => {
		const plan = load('desk-day-prevention.json');
		expect(plan.days).toBeUndefined();
		expect(plan.phases[0]!.items.map((i) => i.routine)).toContain('desk-break');
	});
});
