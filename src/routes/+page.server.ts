import { islandSrc } from '$lib/server/islands';
import { allRoutines, cardOf } from '$lib/server/routines';
import type { PageServerLoad } from './$types';

// Issue 15: no SvelteKit client on the home page; src/islands/home.ts brings its parts to life.
export const csr = false;

export const load: PageServerLoad = () => ({
	routines: allRoutines().map(cardOf),
	island: islandSrc('src/islands/home.ts')
});
