import type { Handle } from '@sveltejs/kit';
import { bootAfterFirstPaint } from '$lib/server/boot-after-paint';

/**
 * Issue 15: no fetched `<link rel="modulepreload">` in prerendered pages that are complete
 * without script. Chrome fetches such links at high priority alongside the HTML, and Lighthouse
 * counts them as holding back the first paint: with them the home page's simulated LCP was
 * 2.6 s, without them 1.6 s (median of 3). The app's start script still imports the same
 * modules right after, and after the first visit the service worker serves them all.
 *
 * The links stay in the page with `media="not all"`, which Chrome honours for module preloads
 * (nothing is fetched), as SvelteKit keeps an inlined stylesheet's link with `disabled`: Vite's
 * preload helper looks for a page's links before it imports a route, and without them it
 * appended a fresh modulepreload link for each of the route's chunks while the page hydrated,
 * 10 to 50 ms of a phone's main thread.
 *
 * The SPA fallback (no route; custom routines' player) draws its screen on the client: there the
 * preloads are the shortest way to a first paint, and they stay. The built-in player is
 * prerendered with its first screens, so it goes without them like the other pages.
 *
 * The same pages start the app only after their first paint (server/boot-after-paint.ts).
 */
const MODULEPRELOAD = /<link href="([^"]+\.js)" rel="modulepreload">/g;
const INERT = '<link href="$1" rel="modulepreload" media="not all">';
const DRAWN_ON_CLIENT = /^\/mine\/play(\/|$)/;

export const handle: Handle = ({ event, resolve }) => {
	const id = event.route.id;
	if (!id || DRAWN_ON_CLIENT.test(id)) return resolve(event);
	return resolve(event, {
		transformPageChunk: ({ html, done }) =>
			done
				? bootAfterFirstPaint(html.replace(MODULEPRELOAD, INERT))
				: html.replace(MODULEPRELOAD, INERT)
	});
};
