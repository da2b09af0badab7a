import type { Handle } from '@sveltejs/kit';

/**
 * Issue 15: no `<link rel="modulepreload">` in prerendered pages that are complete without
 * script. Chrome fetches such links at high priority alongside the HTML, and Lighthouse counts
 * them as holding back the first paint: with them the home page's simulated LCP was 2.6 s,
 * without them 1.6 s (median of 3). The app's start script still imports the same modules right
 * after, and after the first visit the service worker serves them all.
 *
 * The player (and the SPA fallback, which has no route) draws its screen on the client: there
 * the preloads are the shortest way to a first paint, and they stay.
 */
const MODULEPRELOAD = /<link href="[^"]+\.js" rel="modulepreload">/g;
const DRAWN_ON_CLIENT = /^\/(mine\/)?play(\/|$)/;

export const handle: Handle = ({ event, resolve }) => {
	const id = event.route.id;
	if (!id || DRAWN_ON_CLIENT.test(id)) return resolve(event);
	return resolve(event, { transformPageChunk: ({ html }) => html.replace(MODULEPRELOAD, '') });
};
