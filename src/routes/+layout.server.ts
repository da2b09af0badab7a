import { allRoutines } from '$lib/server/routines';
import type { LayoutServerLoad } from './$types';

// Lets the resume banner tell a built-in routine (a prerendered page) from one saved on the device.
export const load: LayoutServerLoad = () => ({ builtinIds: allRoutines().map((r) => r.id) });
