import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ACTIVE_KEY, closeDb, getDb } from './db';
import {
	CHECKPOINT_DROPPED,
	clearCheckpoint,
	loadCheckpoint,
	saveCheckpoint,
	takeCheckpointNotice,
	type Checkpoint
} from './session';
import { freshDatabase } from './fixtures/setup';

beforeEach(() => {
	freshDatabase();
});
afterEach(() => closeDb());

const cp = (stepIndex: number): Checkpoint => ({
	routineId: 'pelvic-tilts',
	routineTitle: 'Pelvic tilts',
	startedAt: 1_700_000_000_000,
	savedAt: 1_700_000_000_000 + stepIndex * 1000,
	stepIndex,
	stepCount: 8,
	snapshot: { routineId: 'pelvic-tilts', segment: stepIndex, nested: [1, 2] },
	painBefore: 4
});

describe('active checkpoint', () => {
	it('is null when none was saved', async () => {
		expect(await loadCheckpoint()).toBeNull();
	});

	it('saves, replaces and clears the single checkpoint', async () => {
		await saveCheckpoint(cp(1));
		await saveCheckpoint(cp(2));
		expect(await loadCheckpoint()).toEqual(cp(2));
		const db = (await getDb())!;
		expect(await db.getAllKeys('active')).toEqual([ACTIVE_KEY]);
		await clearCheckpoint();
		expect(await loadCheckpoint()).toBeNull();
	});

	it('uses one transaction with one put per save', async () => {
		const db = (await getDb())!;
		const spy = vi.spyOn(db, 'transaction');
		await saveCheckpoint(cp(3));
		expect(spy).toHaveBeenCalledTimes(1);
		expect(spy).toHaveBeenCalledWith(['active'], 'readwrite');
	});

	it('treats an unreadable checkpoint as none', async () => {
		const db = (await getDb())!;
		await db.put('active', { routineId: 'x', stepIndex: -1 } as never, ACTIVE_KEY);
		expect(await loadCheckpoint()).toBeNull();
	});
});

describe('a damaged checkpoint (issue 16)', () => {
	it.each([
		['step 9 of 8', { stepIndex: 8 }],
		['saved before it started', { savedAt: 1_600_000_000_000 }],
		['a date no Date can hold', { startedAt: 8_640_000_000_000_001 }],
		['a snapshot of another routine', { snapshot: { routineId: 'other' } }]
	])('is dropped with a one-line notice when it has %s', async (_, change) => {
		const db = (await getDb())!;
		await db.put('active', { ...cp(1), ...change }, ACTIVE_KEY);
		takeCheckpointNotice(); // an earlier test may have left one
		expect(await loadCheckpoint()).toBeNull();
		expect(takeCheckpointNotice()).toBe(CHECKPOINT_DROPPED);
		expect(takeCheckpointNotice()).toBeNull();
		expect(await db.getAllKeys('active')).toEqual([]);
	});
});
