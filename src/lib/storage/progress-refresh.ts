/**
 * Rebuilds the progress screen's stored figures in the background (issue 15). A finished
 * workout makes them stale; rebuilt while the person looks at another page, the next visit to
 * Progress opens with them at once instead of reading the whole history first.
 */
import { PROGRESS_CALENDAR_MONTHS, loadCachedView, saveCachedView, viewOf } from './progress-cache';
import { loadProgressData } from './progress-data';
import { computeStats } from './stats';

/** Stores fresh figures unless the stored ones are current. Never throws. */
export async function refreshProgressView(now = Date.now()): Promise<void> {
	const key = { now, calendarMonths: PROGRESS_CALENDAR_MONTHS };
	if (await loadCachedView(key)) return;
	const data = await loadProgressData();
	if (data.revision === null) return; // writes wait in memory: nothing stable to store
	const stats = computeStats({ ...key, sessions: data.sessions, checkins: data.checkins });
	await saveCachedView(viewOf(stats, data.sessions), { ...key, revision: data.revision });
}
