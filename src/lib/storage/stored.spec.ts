import { afterEach, describe, expect, it, vi } from 'vitest';
import { DB_NAME, hasStoredData } from './stored';

afterEach(() => vi.unstubAllGlobals());

describe('hasStoredData', () => {
	it('is false when the browser lists no Backbeat database (a first visit)', async () => {
		vi.stubGlobal('indexedDB', {
			databases: () => Promise.resolve([{ name: 'other', version: 1 }])
		});
		expect(await hasStoredData()).toBe(false);
	});

	it('is true when the database exists', async () => {
		vi.stubGlobal('indexedDB', {
			databases: () => Promise.resolve([{ name: DB_NAME, version: 1 }])
		});
		expect(await hasStoredData()).toBe(true);
	});

	it('is true (load as before) when the browser cannot list databases', async () => {
		vi.stubGlobal('indexedDB', {});
		expect(await hasStoredData()).toBe(true);
		vi.stubGlobal('indexedDB', {
			databases: () => Promise.reject(new Error('SecurityError'))
		});
		expect(await hasStoredData()).toBe(true);
	});
});
