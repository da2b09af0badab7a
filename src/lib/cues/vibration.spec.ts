import { describe, expect, it } from 'vitest';
import { createVibrator, VIBRATION_PATTERNS } from './vibration';

function fakeNav(result = true) {
	const calls: (number | number[])[] = [];
	const nav = {
		vibrate(this: unknown, p: number | number[]) {
			if (this !== nav) throw new TypeError('Illegal invocation');
			calls.push(p);
			return result;
		}
	};
	return { nav, calls };
}

describe('createVibrator', () => {
	it('vibrates with the pattern, called on navigator', () => {
		const { nav, calls } = fakeNav();
		const v = createVibrator({ nav });
		expect(v.supported).toBe(true);
		expect(v.vibrate(VIBRATION_PATTERNS.switch)).toBe(true);
		expect(calls).toEqual([[80, 80, 80]]);
	});

	it('returns false where vibrate is missing (iOS) or no navigator exists', () => {
		expect(createVibrator({ nav: {} }).vibrate([100])).toBe(false);
		expect(createVibrator({ nav: {} }).supported).toBe(false);
		expect(createVibrator({ nav: undefined }).vibrate([100])).toBe(false);
	});

	it('passes on a refusal (Android before a gesture) and survives a throw', () => {
		expect(createVibrator({ nav: fakeNav(false).nav }).vibrate([100])).toBe(false);
		const throwing = {
			vibrate: (): boolean => {
				throw new Error('blocked');
			}
		};
		expect(createVibrator({ nav: throwing }).vibrate([100])).toBe(false);
	});

	it('does not call vibrate for an empty pattern, and stop sends 0', () => {
		const { nav, calls } = fakeNav();
		const v = createVibrator({ nav });
		expect(v.vibrate(VIBRATION_PATTERNS.tick)).toBe(false);
		v.stop();
		expect(calls).toEqual([0]);
	});
});

describe('VIBRATION_PATTERNS', () => {
	it('gives distinct patterns to the cues that carry meaning', () => {
		const kinds = ['countdown', 'go', 'rest', 'switch', 'finish'] as const;
		const keys = kinds.map((k) => VIBRATION_PATTERNS[k].join(','));
		expect(new Set(keys).size).toBe(kinds.length);
		expect(VIBRATION_PATTERNS.go[0]!).toBeGreaterThan(VIBRATION_PATTERNS.countdown[0]!);
		expect(VIBRATION_PATTERNS.finish).toEqual([200, 100, 200, 100, 400]);
	});
});
