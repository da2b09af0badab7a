import { error } from '@sveltejs/kit';
import { allRoutines, findRoutine, signatureSvg } from '$lib/server/routines';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

// Each built-in routine's signature pose, written as a file at build time for the library's
// cards (server/routines.ts, cardOf); the service worker keeps them for offline use.
export const entries: EntryGenerator = () =>
	allRoutines()
		.filter((r) => signatureSvg(r) !== undefined)
		.map((r) => ({ id: r.id }));

export const GET: RequestHandler = ({ params }) => {
	const routine = findRoutine(params.id);
	const svg = routine && signatureSvg(routine);
	if (!svg) error(404, 'No figure for that routine');
	return new Response(svg, { headers: { 'content-type': 'image/svg+xml' } });
};
