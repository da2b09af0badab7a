import { describe, expect, it } from 'vitest';
import { PROGRESS } from './progress';

describe('progress sentences', () => {
	it('choose the whole phrase for one and for many, never a noun plus "s"', () => {
		expect([PROGRESS.stats.days(1), PROGRESS.stats.days(2)]).toEqual(['1 day', '2 days']);
		expect(PROGRESS.routineBar(1, 12)).toBe('1 session · 12 min');
		expect(PROGRESS.routineBar(1200, 5000)).toBe(
			`${(1200).toLocaleString()} sessions · ${(5000).toLocaleString()} min`
		);
		expect(PROGRESS.backup.restored(1, 0, 2)).toBe(
			'Backup restored: 1 record added, 0 updated, 2 already here.'
		);
		expect(PROGRESS.backup.restored(3, 1, 0)).toMatch(/^Backup restored: 3 records added/);
	});

	it('word a pain trend whichever way it went', () => {
		expect(PROGRESS.painChart.lower(1.24)).toBe(
			'On average, pain was 1.2 points lower after a session than before it.'
		);
		expect(PROGRESS.painChart.higher(0.5)).toContain('0.5 points higher');
		expect(PROGRESS.painChart.averageFromTo(6, 4.25, 2)).toBe(
			'Average pain before sessions went from 6.0 to 4.3 over the last 2 sessions.'
		);
	});

	it('name a calendar day for a screen reader', () => {
		const T = PROGRESS.calendarDay;
		expect(T.label('3 Mar', true, 0)).toBe('3 Mar (today): no session');
		expect(T.label('4 Mar', false, 1)).toBe('4 Mar: 1 session');
	});
});
