import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addCheckin } from './checkins';
import { DB_NAME, DB_VERSION, closeDb, getDb, upgrade, type Db } from './db';
import { deleteAllData } from './backup';
import { DAY, T0, checkin, session } from './fixtures/factories';
import { freshDatabase } from './fixtures/setup';
import { addSession, deleteSession } from './history';
import { keep } from './overlay';
import {
	CACHED_PAIN_POINTS,
	CACHED_SESSIONS,
	loadCachedView,
	saveCachedView,
	viewOf
} from './progress-cache';
import { loadProgressData } from './progress-data';
import { refreshProgressView } from './progress-refresh';
import { computeStats } from './stats';

const UTC = () => 0;
const KEY = { now: T0 + 40 * DAY, calendarMonths: 3, utcOffset: UTC };

beforeEach(() => {
	freshDatabase();
});
afterEach(() => {
	closeDb();
});

/** What the progress screen does after reading everything: compute, then store the view. */
async function visit(key = KEY) {
	const data = await loadProgressData();
	const stats = computeStats({ ...key, sessions: data.sessions, checkins: data.checkins });
	if (data.revision !== null) {
		await saveCachedView(viewOf(stats, data.sessions), { ...key, revision: data.revision });
	}
	return { data, stats };
}

async function seed(n: number) {
	for (let i = 0; i < n; i++) {
		await addSession(
			session({ id: `s${String(i).padStart(3, '0')}`, startedAt: T0 + i * 3_600_000 })
		);
	}
}

describe('progress cache', () => {
	it('gives back what the last visit computed while nothing changed', async () => {
		await seed(40);
		await addCheckin(checkin({ sessionId: 's001', moment: 'before' }));
		expect(await loadCachedView(KEY)).toBeNull(); // never computed yet
		const { data, stats } = await visit();
		const view = await loadCachedView(KEY);
		expect(view).toEqual(viewOf(stats, data.sessions));
		expect(view!.firstPage).toHaveLength(CACHED_SESSIONS);
		expect(view!.firstPage[0]!.id).toBe('s039');
		expect(view!.stats.totalSessions).toBe(40);
	});

	it('keeps only the pain points the chart draws', () => {
		const sessions = Array.from({ length: 50 }, (_, i) =>
			session({ id: `p${i}`, startedAt: T0 + i * DAY, painBefore: 5, painAfter: 3 })
		);
		const stats = computeStats({ ...KEY, sessions });
		expect(stats.painTrend).toHaveLength(50);
		const view = viewOf(stats, sessions);
		expect(view.stats.painTrend).toEqual(stats.painTrend.slice(-CACHED_PAIN_POINTS));
	});

	it('is stale after any session or check-in is added or deleted, and after deleting all', async () => {
		await seed(3);
		await visit();
		await addSession(session({ id: 'new', startedAt: T0 + 10 * DAY }));
		expect(await loadCachedView(KEY)).toBeNull();

		await visit();
		await addCheckin(checkin({ sessionId: 's000', moment: 'after' }));
		expect(await loadCachedView(KEY)).toBeNull();

		await visit();
		await deleteSession('s001');
		expect(await loadCachedView(KEY)).toBeNull();

		await visit();
		expect(await deleteAllData()).toBe(true);
		expect(await loadCachedView(KEY)).toBeNull();
	});

	it('figures computed from data read before a write are never taken as current', async () => {
		await seed(3);
		const before = await loadProgressData();
		await addSession(session({ id: 'meanwhile', startedAt: T0 + 5 * DAY }));
		const stats = computeStats({ ...KEY, sessions: before.sessions, checkins: before.checkins });
		await saveCachedView(viewOf(stats, before.sessions), { ...KEY, revision: before.revision! });
		expect(await loadCachedView(KEY)).toBeNull();
	});

	it('is stale on another day, in another time zone, or for another calendar', async () => {
		await seed(3);
		await visit();
		expect(await loadCachedView(KEY)).not.toBeNull();
		expect(await loadCachedView({ ...KEY, now: KEY.now + DAY })).toBeNull();
		expect(await loadCachedView({ ...KEY, utcOffset: () => 120 })).toBeNull();
		expect(await loadCachedView({ ...KEY, calendarMonths: 6 })).toBeNull();
	});

	it('is not used while writes wait in memory, and such data is not cached', async () => {
		await seed(3);
		await visit();
		keep([{ store: 'sessions', put: session({ id: 'in-memory', startedAt: T0 + 2 * DAY }) }]);
		expect(await loadCachedView(KEY)).toBeNull();
		expect((await loadProgressData()).revision).toBeNull();
	});

	it('ignores a damaged record instead of failing', async () => {
		await seed(2);
		await visit();
		const db = (await getDb())!;
		const record = await db.get('cache', 'progress');
		await db.put('cache', { ...record, stats: { totalSessions: 'many' } }, 'progress');
		expect(await loadCachedView(KEY)).toBeNull();
	});
});

describe('database version 4', () => {
	it('upgrades a v3 database: every record stays and the cache store appears, empty', async () => {
		closeDb();
		await new Promise<void>((resolve, reject) => {
			const open = indexedDB.open(DB_NAME, 3);
			open.onupgradeneeded = () => {
				upgrade(open.result as unknown as Db, 0);
				open.result.deleteObjectStore('cache'); // v3 had no cache
			};
			open.onsuccess = () => {
				const db = open.result;
				const tx = db.transaction(['sessions', 'checkins'], 'readwrite');
				tx.objectStore('sessions').put(session({ id: 'old', startedAt: T0 }));
				tx.objectStore('checkins').put(checkin({ id: 'old-c', sessionId: 'old' }));
				tx.oncomplete = () => {
					db.close();
					resolve();
				};
			};
			open.onerror = () => reject(new Error('open failed'));
		});
		const db = (await getDb())!;
		expect(db.version).toBe(DB_VERSION);
		expect(await db.getAllKeys('cache')).toEqual([]);
		const data = await loadProgressData();
		expect(data.sessions.map((s) => s.id)).toEqual(['old']);
		expect(data.checkins.map((c) => c.id)).toEqual(['old-c']);
		// No revision written yet: figures from this data may still be cached, and are.
		expect(data.revision).toBe('');
		await visit();
		expect((await loadCachedView(KEY))?.stats.totalSessions).toBe(1);
	});
});

describe('refreshProgressView', () => {
	it('stores current figures after a write, so the next visit finds them', async () => {
		await seed(5);
		await visit();
		await addSession(session({ id: 'after-a-workout', startedAt: KEY.now - 3_600_000 }));
		expect(await loadCachedView(KEY)).toBeNull();
		await refreshProgressView(KEY.now);
		const view = await loadCachedView({ ...KEY, utcOffset: undefined });
		expect(view?.stats.totalSessions).toBe(6);
		expect(view?.firstPage[0]?.id).toBe('after-a-workout');
	});
});
