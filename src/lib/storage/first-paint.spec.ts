import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from './settings-defaults';
import { FIRST_PAINT_KEY, firstPaintOf, forgetFirstPaint, rememberFirstPaint } from './first-paint';

/** A Storage stand-in that keeps what is set. */
function memoryStore() {
	const items = new Map<string, string>();
	return {
		items,
		setItem: (k: string, v: string) => void items.set(k, v),
		removeItem: (k: string) => void items.delete(k)
	};
}

describe('first-paint mirror', () => {
	it('is empty for the defaults: a first visit paints the safety gate and the pain question', () => {
		expect(firstPaintOf(DEFAULT_SETTINGS)).toBe('');
	});

	it('names each stored choice that changes the first screen', () => {
		const system = 'system' as const;
		expect(firstPaintOf({ safetyAcknowledgedAt: 1, painCheckins: true, theme: system })).toBe(
			'safety-ok'
		);
		expect(firstPaintOf({ safetyAcknowledgedAt: null, painCheckins: false, theme: system })).toBe(
			'no-pain'
		);
		expect(firstPaintOf({ safetyAcknowledgedAt: 0, painCheckins: false, theme: system })).toBe(
			'safety-ok no-pain'
		);
		expect(firstPaintOf({ ...DEFAULT_SETTINGS, theme: 'dark' })).toBe('theme-dark');
		expect(firstPaintOf({ ...DEFAULT_SETTINGS, theme: 'light' })).toBe('theme-light');
	});

	it('is written under the key app.html reads, and forgotten with the data', () => {
		const store = memoryStore();
		rememberFirstPaint({ safetyAcknowledgedAt: 5, painCheckins: false, theme: 'system' }, store);
		expect(store.items.get(FIRST_PAINT_KEY)).toBe('safety-ok no-pain');
		forgetFirstPaint(store);
		expect(store.items.has(FIRST_PAINT_KEY)).toBe(false);
	});

	it('never throws when storage refuses (quota, privacy mode)', () => {
		const refusing = {
			setItem: () => {
				throw new Error('QuotaExceededError');
			},
			removeItem: () => {
				throw new Error('SecurityError');
			}
		};
		expect(() => rememberFirstPaint(DEFAULT_SETTINGS, refusing)).not.toThrow();
		expect(() => forgetFirstPaint(refusing)).not.toThrow();
	});

	it('matches the key app.html’s inline script reads', async () => {
		const { readFileSync } = await import('node:fs');
		const html = readFileSync(new URL('../../app.html', import.meta.url), 'utf8');
		expect(html).toContain(`localStorage.getItem('${FIRST_PAINT_KEY}')`);
		expect(html).toContain('dataset.firstPaint');
	});
});
