import { parsePlanOrThrow } from '$lib/plan/parse';
import type { Plan } from '$lib/plan/schema';
import { allLessons } from './lessons';
import { allRoutines } from './routines';

// Read at build time only, like routines: a broken plan, or one naming a routine that does not
// exist, fails the build with its JSON path instead of reaching a phone.
const files = import.meta.glob<unknown>(
	['/routines/plans/*.json', '!/routines/plans/schema.json'],
	{
		eager: true,
		import: 'default'
	}
);

const routineIds = new Set(allRoutines().map((r) => r.id));
const lessonIds = new Set(allLessons().map((l) => l.id));

/** The plan we suggest first; the rest follow by title. */
const FEATURED = 'back-spasm-two-weeks';

const plans: Plan[] = Object.entries(files)
	.map(([path, json]) => {
		const plan = parsePlanOrThrow(json, path.slice(1), routineIds, lessonIds);
		const expected = path.replace(/^.*\//, '').replace(/\.json$/, '');
		if (plan.id !== expected) {
			throw new Error(`${path.slice(1)}: id "${plan.id}" must match the file name "${expected}"`);
		}
		return plan;
	})
	.sort(
		(a, b) =>
			Number(b.id === FEATURED) - Number(a.id === FEATURED) || a.title.localeCompare(b.title)
	);

/** Every built-in plan, validated. */
export function allPlans(): Plan[] {
	return plans;
}

/** The title of every routine a plan names, so plan screens need not load the routines. */
export function routineTitles(list: readonly Plan[]): Record<string, string> {
	const ids = new Set(
		list.flatMap((p) => p.phases.flatMap((ph) => ph.items.map((i) => i.routine)))
	);
	return Object.fromEntries(
		allRoutines()
			.filter((r) => ids.has(r.id))
			.map((r) => [r.id, r.title])
	);
}
