import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addCheckin, deleteCheckin, listCheckins, listCheckinsForSession } from './checkins';
import { closeDb } from './db';
import { T0 } from './fixtures/factories';
import { freshDatabase } from './fixtures/setup';

beforeEach(() => {
	freshDatabase();
});
afterEach(() => closeDb());

describe('pain check-ins', () => {
	it('adds with a generated id and lists oldest first within [from, to)', async () => {
		const c2 = await addCheckin({ time: T0 + 2000, score: 3, moment: 'after', sessionId: 's1' });
		const c0 = await addCheckin({ time: T0, score: 6, moment: 'before', sessionId: 's1' });
		const c1 = await addCheckin({ time: T0 + 1000, score: 8, moment: 'hurts', stepIndex: 2 });
		expect(c0.id).toMatch(/^[0-9a-f-]{36}$/);
		const ids = (list: { id: string }[]) => list.map((c) => c.id);
		expect(ids(await listCheckins())).toEqual([c0.id, c1.id, c2.id]);
		expect(ids(await listCheckins({ from: T0 + 1000 }))).toEqual([c1.id, c2.id]);
		expect(ids(await listCheckins({ to: T0 + 2000 }))).toEqual([c0.id, c1.id]);
		expect(ids(await listCheckins({ from: T0, to: T0 + 1 }))).toEqual([c0.id]);
		expect(ids(await listCheckins({ limit: 1 }))).toEqual([c0.id]);
	});

	it('lists a session’s check-ins; ones without a session are not in that index', async () => {
		const a = await addCheckin({ time: T0 + 5, score: 2, moment: 'after', sessionId: 's1' });
		await addCheckin({ time: T0 + 1, score: 2, moment: 'hurts', sessionId: null });
		const b = await addCheckin({ time: T0, score: 5, moment: 'before', sessionId: 's1' });
		await addCheckin({ time: T0, score: 5, moment: 'before', sessionId: 's2' });
		expect((await listCheckinsForSession('s1')).map((c) => c.id)).toEqual([b.id, a.id]);
	});

	it('deletes and returns the deleted check-in', async () => {
		const c = await addCheckin({ time: T0, score: 1, moment: 'hurts' });
		expect(await deleteCheckin(c.id)).toEqual(c);
		expect(await listCheckins()).toEqual([]);
		expect(await deleteCheckin(c.id)).toBeUndefined();
	});
});
