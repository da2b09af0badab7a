import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { closeDb } from '$lib/storage/db';
import { freshDatabase } from '$lib/storage/fixtures/setup';
import { loadSettings } from '$lib/storage/settings';

// A fresh module each test: the state is a module singleton that loads once.
async function freshState() {
	vi.resetModules();
	return (await import('./settings.svelte')).settings;
}

beforeEach(() => freshDatabase());
afterEach(() => closeDb());

describe('settings state', () => {
	it('answers a later load with a change made since the first load', async () => {
		const settings = await freshState();
		expect((await settings.load()).safetyAcknowledgedAt).toBeNull();
		await settings.update({ safetyAcknowledgedAt: 1234 });
		// The report's bug: the first load's stale value came back on the next player visit.
		expect((await settings.load()).safetyAcknowledgedAt).toBe(1234);
		expect((await loadSettings()).safetyAcknowledgedAt).toBe(1234);
	});

	it('keeps a change made before the first load finished', async () => {
		const settings = await freshState();
		const loading = settings.load();
		await settings.update({ safetyAcknowledgedAt: 99 });
		await loading;
		expect(settings.current.safetyAcknowledgedAt).toBe(99);
	});

	it('hears a change saved by another tab', async () => {
		const here = await freshState();
		here.listen();
		await here.load();
		const elsewhere = await freshState();
		elsewhere.listen();
		await elsewhere.update({ safetyAcknowledgedAt: 42 });
		await vi.waitFor(() => expect(here.current.safetyAcknowledgedAt).toBe(42));
	});
});
