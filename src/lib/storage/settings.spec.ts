import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SETTINGS_KEY, closeDb, getDb } from './db';
import { DEFAULT_SETTINGS, loadSettings, normalizeSettings, saveSettings } from './settings';
import { freshDatabase } from './fixtures/setup';

beforeEach(() => {
	freshDatabase();
});
afterEach(() => closeDb());

async function storeRaw(value: Record<string, unknown>) {
	const db = (await getDb())!;
	await db.put('settings', value, SETTINGS_KEY);
}

describe('settings', () => {
	it('loads the defaults when nothing is stored', async () => {
		expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
		expect(DEFAULT_SETTINGS).toMatchObject({ volume: 0.8, countdownSeconds: 3, theme: 'system' });
	});

	it('saves a patch and merges later patches', async () => {
		await saveSettings({ volume: 0.5, theme: 'dark' });
		const saved = await saveSettings({ voiceURI: 'urn:voice:anna', safetyAcknowledgedAt: 1234 });
		expect(saved).toEqual({
			...DEFAULT_SETTINGS,
			volume: 0.5,
			theme: 'dark',
			voiceURI: 'urn:voice:anna',
			safetyAcknowledgedAt: 1234
		});
		closeDb();
		expect(await loadSettings()).toEqual(saved);
	});

	it('two patches fired without waiting both land', async () => {
		await Promise.all([saveSettings({ soundOn: false }), saveSettings({ vibration: false })]);
		expect(await loadSettings()).toMatchObject({ soundOn: false, vibration: false });
	});

	it('fills defaults field by field for corrupt stored values', async () => {
		await storeRaw({
			soundOn: 'yes',
			volume: 7,
			voiceOn: false,
			voiceRate: NaN,
			countdownSeconds: 2.5,
			prepareSeconds: 10,
			theme: 'neon',
			safetyAcknowledgedAt: 'yesterday',
			somethingOld: 1
		});
		const settings = await loadSettings();
		expect(settings).toEqual({ ...DEFAULT_SETTINGS, voiceGuidance: 'off', prepareSeconds: 10 });
		expect(settings).not.toHaveProperty('somethingOld');
	});

	it('turns the old voice switch into voice guidance: off stays silent, on gets Full', async () => {
		expect(normalizeSettings({ voiceOn: false })).toMatchObject({ voiceGuidance: 'off' });
		expect(normalizeSettings({ voiceOn: true })).toMatchObject({ voiceGuidance: 'full' });
		expect(normalizeSettings({ voiceOn: 'no' }).voiceGuidance).toBe('full');
		// A record that already has the new field keeps it, whatever an old field says.
		expect(normalizeSettings({ voiceOn: false, voiceGuidance: 'short' }).voiceGuidance).toBe(
			'short'
		);
		expect(normalizeSettings({ voiceGuidance: 'loud' }).voiceGuidance).toBe('full');
		await storeRaw({ voiceOn: false, volume: 0.5 });
		const loaded = await loadSettings();
		expect(loaded).toMatchObject({ voiceGuidance: 'off', volume: 0.5 });
		expect(loaded).not.toHaveProperty('voiceOn');
		expect(await saveSettings({ voiceGuidance: 'short' })).toMatchObject({
			voiceGuidance: 'short'
		});
	});

	it('survives a stored value that is not an object at all', async () => {
		const db = (await getDb())!;
		await db.put('settings', 'garbage' as never, SETTINGS_KEY);
		expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
	});

	it('ignores invalid values in a patch and keeps the previous ones', async () => {
		await saveSettings({ volume: 0.3 });
		const saved = await saveSettings({ volume: 2, voiceRate: 0.1, countdownSeconds: 4 });
		expect(saved).toMatchObject({ volume: 0.3, voiceRate: 1, countdownSeconds: 4 });
	});

	it('accepts the range ends', () => {
		const s = normalizeSettings({
			volume: 0,
			voiceRate: 2,
			countdownSeconds: 10,
			prepareSeconds: 0
		});
		expect(s).toMatchObject({ volume: 0, voiceRate: 2, countdownSeconds: 10, prepareSeconds: 0 });
		expect(normalizeSettings({ voiceRate: 0.5, prepareSeconds: 31 })).toMatchObject({
			voiceRate: 0.5,
			prepareSeconds: 5
		});
	});
});
