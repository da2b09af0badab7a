import type { Handle } from '@sveltejs/kit';
import { bootAfterFirstPaint } from '$lib/server/boot-after-paint';

/**
 * Issue 15: no `<link rel="modulepreload">` in prerendered pages that are complete without
 * script. Chrome fetches such links at high priority alongside the HTML, and Lighthouse counts
 * them as holding back the first paint: with them the home page's simulated LCP was 2.6 s,
 * without them 1.6 s (median of 3). The app's start script still imports the same modules right
 * after, and after the first visit the service worker serves them all.
 *
 * The SPA fallback (no route; custom routines' player) draws its screen on the client: there the
 * preloads are the shortest way to a first paint, and they stay. The built-in player is
 * prerendered with its first screens, so it goes without them like the other pages.
 *
 * The same pages start the app only after their first paint (server/boot-after-paint.ts).
 */
const MODULEPRELOAD = /<link href="[^"]+\.js" rel="modulepreload">/g;
const DRAWN_ON_CLIENT = /^\/mine\/play(\/|$)/;

export const handle: Handle = ({ event, resolve }) => {
	const id = event.route.id;
	if (!id || DRAWN_ON_CLIENT.test(id)) return resolve(event);
	return resolve(event, {
		transformPageChunk: ({ html, done }) =>
			done ? bootAfterFirstPaint(html.replace(MODULEPRELOAD, '')) : html.replace(MODULEPRELOAD, '')
	});
};
