import { describe, expect, it } from 'vitest';
import {
	flareDays,
	isRisingPain,
	painAfterKind,
	RECENT_MS,
	referralReason,
	spasmScore,
	type ReferralCheckin
} from './pain-rules';

describe('isRisingPain', () => {
	it.each([
		// Up by 2 or more.
		[3, 5, true],
		[6, 8, true],
		[5, 7, true],
		[3, 4, false],
		// 8 or more and not lower than before.
		[8, 8, true],
		[9, 10, true],
		[null, 8, true],
		[undefined, 9, true],
		// A high score that fell or held below 8 is not rising: the first days of a spasm.
		[9, 7, false],
		[9, 8, false],
		[7, 7, false],
		[6, 6, false],
		[8, 7, false],
		[null, 7, false],
		[null, 6, false],
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

describe('painAfterKind', () => {
	it.each([
		[9, 7, 'eased'],
		[5, 3, 'eased'],
		[7, 7, 'steady'],
		[3, 3, 'none'],
		[3, 4, 'small-rise'],
		[3, 5, 'rising'],
		[6, 8, 'rising'],
		[8, 8, 'rising'],
		[null, 5, 'none'],
		[null, 9, 'rising']
	] as const)('before %s, after %s: %s', (before, after, kind) => {
		expect(painAfterKind(before, after)).toBe(kind);
	});
});

describe('referralReason', () => {
	const DAY = 86_400_000;
	const now = Date.UTC(2026, 11, 5, 12);
	const dayKey = (t: number) => new Date(t).toISOString().slice(0, 10);
	const at = (daysAgo: number, score: number, moment: ReferralCheckin['moment'] = 'before') => ({
		time: now - daysAgo * DAY,
		score,
		moment
	});

	it('suggests an appointment when pain has stayed at 7 or more for more than a week', () => {
		const checkins = [at(9, 8), at(6, 7), at(3, 9), at(1, 7)];
		expect(referralReason({ checkins, now, dayKey })).toBe('high-for-a-week');
	});

	it('does not for a week or less, or when a lower score broke the run', () => {
		expect(referralReason({ checkins: [at(6, 8), at(1, 8)], now, dayKey })).toBeNull();
		expect(
			referralReason({ checkins: [at(10, 8), at(6, 5), at(4, 8), at(1, 8)], now, dayKey })
		).toBeNull();
	});

	it('does not once the high scores are old news (no check-in in the last three days)', () => {
		expect(referralReason({ checkins: [at(20, 8), at(5, 8)], now, dayKey })).toBeNull();
	});

	it('suggests it after flares on three separate days within two weeks', () => {
		const flare = (daysAgo: number) => [at(daysAgo, 3, 'before'), at(daysAgo - 0.01, 6, 'after')];
		const checkins = [...flare(12), ...flare(7), ...flare(2)];
		expect(referralReason({ checkins, now, dayKey })).toBe('repeated-flares');
		// Two flare days are not enough; nor three spread over more than two weeks.
		expect(referralReason({ checkins: [...flare(7), ...flare(2)], now, dayKey })).toBeNull();
		expect(
			referralReason({ checkins: [...flare(20), ...flare(7), ...flare(2)], now, dayKey })
		).toBeNull();
	});

	it('counts "It hurts" twice on one day as a flare, once as none', () => {
		const hurts = (daysAgo: number, n: number) =>
			Array.from({ length: n }, (_, i) => at(daysAgo - i * 0.01, 5, 'hurts'));
		expect(
			referralReason({ checkins: [...hurts(10, 2), ...hurts(5, 2), ...hurts(1, 2)], now, dayKey })
		).toBe('repeated-flares');
		expect(
			referralReason({ checkins: [...hurts(10, 1), ...hurts(5, 1), ...hurts(1, 1)], now, dayKey })
		).toBeNull();
	});

	it('does not count a pain score that fell as a flare', () => {
		const eased = (daysAgo: number) => [at(daysAgo, 6, 'before'), at(daysAgo - 0.01, 4, 'after')];
		const checkins = [...eased(10), ...eased(5), ...eased(1)];
		expect(flareDays(checkins, dayKey).size).toBe(0);
		expect(referralReason({ checkins, now, dayKey })).toBeNull();
	});
});
