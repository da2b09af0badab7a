import * as v from 'valibot';
import { formatPath } from '../routine/parse';
import { PLAN_FORMAT_VERSION, PlanSchema, type Plan } from './schema';

export type ParsePlanResult = { ok: true; plan: Plan } | { ok: false; errors: string[] };

/**
 * Validates a parsed JSON value as a plan. Errors name the JSON path like routine errors do:
 * `phases[1].items[0].schedule.hours: expected hours between 1 and 12, got 0`.
 */
export function parsePlan(input: unknown): ParsePlanResult {
	if (typeof input !== 'object' || input === null || Array.isArray(input)) {
		return { ok: false, errors: [`(plan): expected a plan as an object, got ${shown(input)}`] };
	}
	const version = (input as Record<string, unknown>).formatVersion;
	if (typeof version === 'number' && version > PLAN_FORMAT_VERSION) {
		return {
			ok: false,
			errors: [
				`formatVersion: this plan uses format ${version}, but this version of Backbeat reads up to format ${PLAN_FORMAT_VERSION}. Update the app to open it.`
			]
		};
	}
	const result = v.safeParse(PlanSchema, input, { abortPipeEarly: true });
	if (result.success) {
		const errors = orderErrors(result.output);
		return errors.length ? { ok: false, errors } : { ok: true, plan: result.output };
	}
	return {
		ok: false,
		errors: result.issues.map((issue) => `${where(formatPath(issue.path))}: ${issue.message}`)
	};
}

/**
 * Like parsePlan, but throws one Error listing every problem (build-time loading). With
 * `routineIds`, every item must name a routine that exists.
 */
export function parsePlanOrThrow(
	input: unknown,
	source: string,
	routineIds?: ReadonlySet<string>,
	lessonIds?: ReadonlySet<string>
): Plan {
	const result = parsePlan(input);
	const errors = result.ok
		? [...unknownRoutines(result.plan, routineIds), ...unknownLessons(result.plan, lessonIds)]
		: result.errors;
	if (result.ok && errors.length === 0) return result.plan;
	throw new Error(`${source} is not a valid plan:\n  ${errors.join('\n  ')}`);
}

/** Lessons of the day naming a lesson that is not in `lessonIds`, as path errors. */
export function unknownLessons(plan: Plan, lessonIds?: ReadonlySet<string>): string[] {
	if (!lessonIds) return [];
	return (plan.lessons ?? []).flatMap((l, i) =>
		lessonIds.has(l.lesson)
			? []
			: [`lessons[${i}].lesson: no lesson has the id ${JSON.stringify(l.lesson)}`]
	);
}

/** The lesson for a 1-based plan day, if the plan names one for it. */
export function lessonOfDay(plan: Plan, day: number): string | undefined {
	return plan.lessons?.find((l) => l.day === day - 1)?.lesson;
}

/** Items naming a routine that is not in `routineIds`, as path errors. */
export function unknownRoutines(plan: Plan, routineIds?: ReadonlySet<string>): string[] {
	if (!routineIds) return [];
	return plan.phases.flatMap((phase, p) =>
		phase.items
			.map((item, i) => ({ item, i }))
			.filter(({ item }) => !routineIds.has(item.routine))
			.map(
				({ item, i }) =>
					`phases[${p}].items[${i}].routine: no routine has the id ${JSON.stringify(item.routine)}`
			)
	);
}

/** Rules across fields that the schema cannot say: phases start on day 0, then later days. */
function orderErrors(plan: Plan): string[] {
	const errors: string[] = [];
	let previous: number | undefined;
	plan.phases.forEach((phase, i) => {
		const day = phase.start.day;
		if (i === 0 && day !== 0) {
			errors.push(
				`phases[0].start.day: expected the first phase to start on day 0, got ${day ?? 'nothing'}`
			);
		} else if (i > 0 && day !== undefined && previous !== undefined && day <= previous) {
			errors.push(
				`phases[${i}].start.day: expected a day after the previous phase's day ${previous}, got ${day}`
			);
		}
		if (plan.days !== undefined && day !== undefined && day >= plan.days) {
			errors.push(
				`phases[${i}].start.day: expected a day before the plan ends (day ${plan.days}), got ${day}`
			);
		}
		previous = day ?? previous;
	});
	return errors;
}

const where = (path: string) => (path === '(routine)' ? '(plan)' : path);

function shown(value: unknown): string {
	if (value === null) return 'null';
	if (Array.isArray(value)) return 'a list';
	return typeof value === 'string' ? JSON.stringify(value) : typeof value;
}
