/**
 * The progress screen's figures, stored with the revision of the data they were computed from
 * (issue 15). Reading 10,000 sessions is most of the screen's opening time; when nothing was
 * written since the last visit (same revision, same day, same time zone) the screen shows the
 * stored figures and the first page of the list at once, then reads the whole history for the
 * other pages, delete and undo. Derived data only: never in backups, rebuilt when stale.
 */
import { dayNumber, deviceUtcOffset, type UtcOffset } from '$lib/calendar/days';
import { REVISION_KEY, getDb } from './db';
import { pendingKeys } from './overlay';
import { validSessions } from './record-guards';
import type { SessionRecord } from './records';
import type { Stats } from './stats';

/** Months the progress screen's calendar shows, this one included (its figures depend on it). */
export const PROGRESS_CALENDAR_MONTHS = 3;
/** Key of the progress figures in the `cache` store. */
export const PROGRESS_CACHE_KEY = 'progress';
/** Bump when Stats or this record changes shape: older records are then ignored. */
const FORMAT = 1;
/** Pain points kept: the chart draws the last 30 (PainChart's `last`). */
export const CACHED_PAIN_POINTS = 30;
/** Sessions kept: the list's first page (SessionList's `pageSize`). */
export const CACHED_SESSIONS = 30;

/** What the progress screen needs for its first paint. */
export interface ProgressView {
	stats: Stats;
	/** The newest sessions, newest first. */
	firstPage: SessionRecord[];
}

type CacheRecord = ProgressView & {
	format: number;
	revision: string;
	/** Local day number and UTC offset (minutes) at `now`: streaks and calendar depend on them. */
	day: number;
	offset: number;
	calendarMonths: number;
};

/** Which figures are wanted: the same `now` day, zone and months as the page computes with. */
export interface ViewKey {
	now: number;
	calendarMonths: number;
	utcOffset?: UtcOffset;
}

function where(key: ViewKey) {
	const offset = key.utcOffset ?? deviceUtcOffset;
	return { day: dayNumber(key.now, offset), offset: offset(key.now) };
}

/** The part of full figures and sessions that the first paint shows. */
export function viewOf(stats: Stats, sessions: readonly SessionRecord[]): ProgressView {
	return {
		stats: { ...stats, painTrend: stats.painTrend.slice(-CACHED_PAIN_POINTS) },
		firstPage: sessions.slice(0, CACHED_SESSIONS)
	};
}

const isStats = (s: unknown): s is Stats => {
	const x = s as Partial<Stats> | null;
	return (
		typeof x === 'object' &&
		x !== null &&
		typeof x.totalSessions === 'number' &&
		typeof x.totalMinutes === 'number' &&
		typeof x.currentStreak === 'number' &&
		typeof x.bestStreak === 'number' &&
		typeof x.minutesThisWeek === 'number' &&
		typeof x.calendar === 'object' &&
		Array.isArray(x.perRoutine) &&
		Array.isArray(x.painTrend)
	);
};

/**
 * The stored view when it still matches the data and `key`, else null (also when writes wait in
 * memory: the store does not hold them yet). Never throws.
 */
export async function loadCachedView(key: ViewKey): Promise<ProgressView | null> {
	if (pendingKeys('sessions').length > 0 || pendingKeys('checkins').length > 0) return null;
	try {
		const db = await getDb();
		if (!db) return null;
		const tx = db.transaction('cache');
		const [record, revision] = await Promise.all([
			tx.store.get(PROGRESS_CACHE_KEY),
			tx.store.get(REVISION_KEY)
		]);
		const r = record as Partial<CacheRecord> | undefined;
		const now = where(key);
		if (
			!r ||
			r.format !== FORMAT ||
			r.revision !== revisionOf(revision) ||
			r.day !== now.day ||
			r.offset !== now.offset ||
			r.calendarMonths !== key.calendarMonths ||
			!isStats(r.stats) ||
			!Array.isArray(r.firstPage)
		) {
			return null;
		}
		return { stats: r.stats, firstPage: validSessions(r.firstPage) };
	} catch {
		return null;
	}
}

/** The token a `cache` REVISION_KEY record holds; '' before the first write since version 4. */
export function revisionOf(record: unknown): string {
	const token = (record as { token?: unknown } | undefined)?.token;
	return typeof token === 'string' ? token : '';
}

/**
 * Stores `view` as computed from the data read at `revision` (read in the same transaction as
 * that data). A write since then changed the revision, so the record is ignored until the next
 * visit rebuilds it. Best effort: a refused write only costs the next visit its head start.
 */
export async function saveCachedView(
	view: ProgressView,
	options: ViewKey & { revision: string }
): Promise<void> {
	const record: CacheRecord = {
		format: FORMAT,
		revision: options.revision,
		...where(options),
		calendarMonths: options.calendarMonths,
		...view
	};
	try {
		const db = await getDb();
		await db?.put('cache', record, PROGRESS_CACHE_KEY);
	} catch {
		// Derived data: the screen works without it.
	}
}
