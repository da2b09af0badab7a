import { describe, expect, it } from 'vitest';
import { isRisingPain, RECENT_MS, spasmScore } from './pain-rules';

describe('isRisingPain', () => {
	it.each([
		[3, 5, true],
		[3, 4, false],
		[5, 7, true],
		[6, 6, false],
		[8, 7, true],
		[null, 7, true],
		[null, 6, false],
		[undefined, 9, true],
		[4, 2, false]
	])('before %s, after %s: %s', (before, after, rising) => {
		expect(isRisingPain(before, after)).toBe(rising);
	});
});

describe('spasmScore', () => {
	const now = 1_000_000_000_000;
	const hour = 60 * 60 * 1000;

	it('is the newest recent score when it is 7 or more', () => {
		const checkins = [
			{ time: now - 5 * hour, score: 3 },
			{ time: now - 2 * hour, score: 8 }
		];
		expect(spasmScore({ checkins, now })).toBe(8);
	});

	it('is null when a newer, lower score shows it has eased', () => {
		const checkins = [
			{ time: now - 5 * hour, score: 9 },
			{ time: now - 1 * hour, score: 4 }
		];
		expect(spasmScore({ checkins, now })).toBeNull();
	});

	it('forgets scores older than 72 hours', () => {
		expect(spasmScore({ checkins: [{ time: now - RECENT_MS - 1, score: 9 }], now })).toBeNull();
		expect(spasmScore({ checkins: [{ time: now - RECENT_MS, score: 9 }], now })).toBe(9);
	});

	it('lets the score just given win over stored ones', () => {
		const checkins = [{ time: now - hour, score: 9 }];
		expect(spasmScore({ checkins, now, current: 3 })).toBeNull();
		expect(spasmScore({ checkins: [], now, current: 7 })).toBe(7);
	});

	it('is null with no check-ins', () => {
		expect(spasmScore({ checkins: [], now })).toBeNull();
	});
});
