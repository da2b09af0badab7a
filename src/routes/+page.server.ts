import { allRoutines } from '$lib/server/routines';
import { summarize } from '$lib/routine/summary';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => ({ routines: allRoutines().map(summarize) });
