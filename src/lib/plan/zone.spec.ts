import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, offsetMinutes, zonedParts, zonedToUtc } from './zone';

const iso = (ms: number) => new Date(ms).toISOString();

describe('zonedToUtc', () => {
	it('reads wall-clock times in Berlin in winter and summer', () => {
		expect(iso(zonedToUtc({ year: 2026, month: 1, day: 15 }, 9 * 60, 'Europe/Berlin'))).toBe(
			'2026-01-15T08:00:00.000Z'
		);
		expect(iso(zonedToUtc({ year: 2026, month: 7, day: 15 }, 9 * 60, 'Europe/Berlin'))).toBe(
			'2026-07-15T07:00:00.000Z'
		);
	});

	it('moves a skipped spring time on by the gap, and picks the first of a doubled autumn time', () => {
		// Europe/Berlin: 2026-03-29 02:00 → 03:00; 2026-10-25 03:00 → 02:00.
		expect(iso(zonedToUtc({ year: 2026, month: 3, day: 29 }, 150, 'Europe/Berlin'))).toBe(
			'2026-03-29T01:30:00.000Z'
		);
		expect(iso(zonedToUtc({ year: 2026, month: 10, day: 25 }, 150, 'Europe/Berlin'))).toBe(
			'2026-10-25T00:30:00.000Z'
		);
	});

	it('handles a southern-hemisphere zone and one without DST', () => {
		// Sydney goes forward on 2026-10-04 (02:00 → 03:00).
		expect(iso(zonedToUtc({ year: 2026, month: 10, day: 4 }, 9 * 60, 'Australia/Sydney'))).toBe(
			'2026-10-03T22:00:00.000Z'
		);
		expect(iso(zonedToUtc({ year: 2026, month: 3, day: 8 }, 9 * 60, 'Asia/Kolkata'))).toBe(
			'2026-03-08T03:30:00.000Z'
		);
	});

	it('round-trips with zonedParts for every quarter hour of a DST week', () => {
		for (const zone of ['America/New_York', 'Europe/London', 'Asia/Tokyo']) {
			for (let d = 0; d < 7; d++) {
				const date = addDays({ year: 2026, month: 3, day: 6 }, d);
				for (let m = 0; m < 1440; m += 15) {
					const t = zonedToUtc(date, m, zone);
					const p = zonedParts(t, zone);
					const gap = p.hour * 60 + p.minute - m;
					// Either exact, or pushed forward by a skipped hour.
					expect([0, 60]).toContain(gap);
				}
			}
		}
	});
});

describe('calendar days', () => {
	it('counts days across a DST change as calendar days', () => {
		expect(daysBetween({ year: 2026, month: 3, day: 28 }, { year: 2026, month: 3, day: 31 })).toBe(
			3
		);
		expect(addDays({ year: 2026, month: 12, day: 31 }, 1)).toEqual({
			year: 2027,
			month: 1,
			day: 1
		});
	});

	it('gives the offset in minutes', () => {
		expect(offsetMinutes(Date.UTC(2026, 6, 1), 'Europe/Berlin')).toBe(120);
		expect(offsetMinutes(Date.UTC(2026, 0, 1), 'America/New_York')).toBe(-300);
	});
});
