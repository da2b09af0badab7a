import { describe, expect, it } from 'vitest';
import {
	clockTime,
	formatClock,
	formatDateTime,
	formatDuration,
	formatMinutes,
	formatSeconds,
	formatStartIn,
	weekdayInitials
} from './format';

describe('formatDuration', () => {
	it.each([
		[0, '0 s'],
		[45, '45 s'],
		[59, '59 s'],
		[60, '1 min'],
		[89, '1 min'],
		[90, '2 min'],
		[150, '3 min'],
		[720, '12 min'],
		[3569, '59 min'],
		[3570, '1 h'],
		[3600, '1 h'],
		[3900, '1 h 5 min'],
		[7200, '2 h']
	])('%i s reads "%s"', (seconds, shown) => {
		expect(formatDuration(seconds)).toBe(shown);
	});
});

describe('formatClock', () => {
	it.each([
		[0, '0:00'],
		[5, '0:05'],
		[59, '0:59'],
		[60, '1:00'],
		[125, '2:05'],
		[600, '10:00'],
		[3600, '60:00'],
		[4.2, '0:05'],
		[59.5, '1:00'],
		[-3, '0:00']
	])('%d s reads %s', (seconds, shown) => {
		expect(formatClock(seconds)).toBe(shown);
	});
});

describe('formatSeconds', () => {
	it.each([
		[10, '10 s'],
		[60, '1 min'],
		[90, '1 min 30 s'],
		[240, '4 min']
	])('%i s reads "%s"', (seconds, shown) => {
		expect(formatSeconds(seconds)).toBe(shown);
	});
});

describe('formatMinutes', () => {
	it('says active time in whole minutes, and "under a minute" below one', () => {
		expect([0, 30, 60, 150].map(formatMinutes)).toEqual([
			'0 min',
			'under a minute',
			'1 min',
			'3 min'
		]);
	});
});

describe('dates in a plan’s zone and the calendar’s weekdays', () => {
	// 2026-03-02 13:00 UTC, a Monday.
	const at = Date.UTC(2026, 2, 2, 13, 0);

	it('says a plan’s times in its own zone, whatever the device’s zone', () => {
		expect(clockTime(at, 'Europe/London')).toBe('1:00 PM');
		expect(clockTime(at, 'Asia/Tokyo')).toBe('10:00 PM');
		// One formatter kept per zone: asking again gives the same text.
		expect(clockTime(at, 'Europe/London')).toBe('1:00 PM');
	});

	it('says when a plan starts with its weekday, date and time in the plan’s zone', () => {
		expect(formatStartIn(at, 'America/New_York')).toBe('Monday, March 2, 2026 at 8:00 AM');
	});

	it('writes a date and time for the CSV files in the device’s locale and zone', () => {
		// The device's zone moves the day and hour, not the minutes or the year.
		expect(formatDateTime(at)).toMatch(/^Mar [1-3], 2026, \d{1,2}:00 [AP]M$/);
	});

	it('names the weekdays Monday first', () => {
		expect(weekdayInitials()).toEqual(['M', 'T', 'W', 'T', 'F', 'S', 'S']);
	});
});
