import { describe, expect, it } from 'vitest';
import { DEFAULT_ENGINE_SETTINGS, resolveSettings } from './settings';

describe('resolveSettings', () => {
	it('fills the defaults', () => {
		expect(resolveSettings()).toEqual({
			prepareSeconds: 5,
			countdownSeconds: 3,
			announceNext: true,
			spokenCounts: true,
			guidance: 'short'
		});
		expect(resolveSettings({ spokenCounts: false })).toEqual({
			...DEFAULT_ENGINE_SETTINGS,
			spokenCounts: false
		});
	});

	it('knows two kinds of guidance and falls back to the short cues', () => {
		expect(resolveSettings({ guidance: 'full' }).guidance).toBe('full');
		expect(resolveSettings({ guidance: 'loud' as never }).guidance).toBe('short');
	});

	it('clamps nonsense to whole seconds in range', () => {
		expect(resolveSettings({ prepareSeconds: -3, countdownSeconds: 2.6 })).toMatchObject({
			prepareSeconds: 0,
			countdownSeconds: 3
		});
		expect(resolveSettings({ prepareSeconds: Number.NaN, countdownSeconds: 99 })).toMatchObject({
			prepareSeconds: 0,
			countdownSeconds: 10
		});
	});
});
