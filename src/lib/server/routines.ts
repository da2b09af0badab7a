import { parseRoutineOrThrow } from '$lib/routine/parse';
import type { Routine } from '$lib/routine/schema';

// Read at build time only: every routine is validated while prerendering, so a broken
// file fails the build with its JSON path instead of reaching a phone.
const files = import.meta.glob<unknown>(['/routines/*.json', '!/routines/schema.json'], {
	eager: true,
	import: 'default'
});

/** Routines we suggest first; the rest follow by title. */
const FEATURED = ['pelvic-tilts', 'spasm-relief', 'walk-break', 'lower-back-stretches'];

const routines: Routine[] = Object.entries(files)
	.map(([path, json]) => {
		const routine = parseRoutineOrThrow(json, path.slice(1));
		const expected = path.replace(/^.*\//, '').replace(/\.json$/, '');
		if (routine.id !== expected) {
			throw new Error(
				`${path.slice(1)}: id "${routine.id}" must match the file name "${expected}"`
			);
		}
		return routine;
	})
	.sort((a, b) => rank(a) - rank(b) || a.title.localeCompare(b.title));

function rank(r: Routine): number {
	const i = FEATURED.indexOf(r.id);
	return i === -1 ? FEATURED.length : i;
}

/** Every built-in routine, validated. */
export function allRoutines(): Routine[] {
	return routines;
}

/** One built-in routine by id, or undefined. */
export function findRoutine(id: string): Routine | undefined {
	return routines.find((r) => r.id === id);
}
