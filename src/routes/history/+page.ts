import { browser } from '$app/environment';
import { PROGRESS_CALENDAR_MONTHS, loadCachedView } from '$lib/storage/progress-cache';
import { loadProgressData } from '$lib/storage/progress-data';
import type { PageLoad } from './$types';

/**
 * Starts reading from IndexedDB before the page hydrates, so the reads overlap with the app's
 * start-up instead of following it. First the stored figures (small: the first paint when
 * nothing changed since the last visit), then the whole history; the large read waits for the
 * small one, or its deserialising would hold the small one back. Not awaited: the prerendered
 * page shows at once and fills in as the promises settle. Nothing to read while prerendering.
 */
export const load: PageLoad = () => {
	if (!browser) return { now: 0, cached: null, progress: null };
	performance.mark('history-load-start');
	const now = Date.now();
	const cached = loadCachedView({ now, calendarMonths: PROGRESS_CALENDAR_MONTHS }).then((view) => {
		performance.mark('history-cache-read');
		return view;
	});
	return { now, cached, progress: cached.then(() => loadProgressData()) };
};
