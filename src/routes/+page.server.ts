import { allRoutines, cardOf } from '$lib/server/routines';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => ({ routines: allRoutines().map(cardOf) });
