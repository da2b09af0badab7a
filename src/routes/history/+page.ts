import { browser } from '$app/environment';
import { loadProgressData } from '$lib/storage/progress-data';
import type { PageLoad } from './$types';

/**
 * Starts reading the history from IndexedDB before the page hydrates, so the read overlaps
 * with the app's start-up instead of following it. Not awaited: the prerendered page shows
 * at once and fills in when the promise settles. Nothing to read while prerendering.
 */
export const load: PageLoad = () => {
	if (!browser) return { progress: null };
	performance.mark('history-load-start');
	return { progress: loadProgressData() };
};
