import pkg from '../../../package.json';
import { allRoutines } from '$lib/server/routines';
import type { PageServerLoad } from './$types';

// Read at build time: the page is prerendered and precached, so it also opens offline.
export const load: PageServerLoad = () => ({
	version: pkg.version,
	license: pkg.license,
	routineCount: allRoutines().length
});
