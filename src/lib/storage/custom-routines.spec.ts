import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
	deleteCustomRoutine,
	getCustomRoutine,
	listCustomRoutines,
	restoreCustomRoutine,
	saveCustomRoutine
} from './custom-routines';
import { closeDb, getDb } from './db';
import { routine } from './fixtures/factories';
import { freshDatabase } from './fixtures/setup';

beforeEach(() => {
	freshDatabase();
});
afterEach(() => closeDb());

describe('custom routines', () => {
	it('saves a valid routine, reads it back validated, lists newest first', async () => {
		const first = await saveCustomRoutine(routine(), { now: 1000 });
		const second = await saveCustomRoutine(routine({ id: 'other', title: 'Other' }), { now: 2000 });
		expect(first.ok && second.ok).toBe(true);
		const mine = await getCustomRoutine('my-routine');
		expect(mine).toMatchObject({ id: 'my-routine', title: 'My routine', version: 1 });
		expect(mine?.steps).toHaveLength(2);
		expect((await listCustomRoutines()).map((r) => r.id)).toEqual(['other', 'my-routine']);
	});

	it('saving under the same id replaces the routine', async () => {
		await saveCustomRoutine(routine(), { now: 1 });
		await saveCustomRoutine(routine({ version: 2, title: 'Renamed' }), { now: 2 });
		expect(await listCustomRoutines()).toHaveLength(1);
		expect(await getCustomRoutine('my-routine')).toMatchObject({ version: 2, title: 'Renamed' });
	});

	it('rejects an invalid routine with path-named errors and saves nothing', async () => {
		const result = await saveCustomRoutine(routine({ steps: [{ type: 'hold', name: 'x' }] }));
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.errors.join('\n')).toMatch(/^steps\[0\]\./m);
		expect(await listCustomRoutines()).toEqual([]);
	});

	it('hides a stored routine that no longer validates', async () => {
		const db = (await getDb())!;
		await db.put('custom-routines', { id: 'broken', savedAt: 1, routine: { title: 3 } } as never);
		expect(await listCustomRoutines()).toEqual([]);
		expect(await getCustomRoutine('broken')).toBeUndefined();
	});

	it('deletes, returns the record for undo, and restores it', async () => {
		const saved = await saveCustomRoutine(routine(), { now: 5 });
		const deleted = await deleteCustomRoutine('my-routine');
		expect(deleted).toEqual(saved.ok && saved.record);
		expect(await getCustomRoutine('my-routine')).toBeUndefined();
		await restoreCustomRoutine(deleted!);
		expect(await getCustomRoutine('my-routine')).toMatchObject({ id: 'my-routine' });
	});
});
