import { error } from '@sveltejs/kit';
import { routineSeconds } from '$lib/routine/duration';
import { allRoutines, findRoutine, stepDrawings } from '$lib/server/routines';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => allRoutines().map((r) => ({ id: r.id }));

export const load: PageServerLoad = ({ params }) => {
	const routine = findRoutine(params.id);
	if (!routine) error(404, 'No routine with that name');
	return { routine, seconds: routineSeconds(routine), figures: stepDrawings(routine) };
};
