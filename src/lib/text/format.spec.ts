import { describe, expect, it } from 'vitest';
import { formatClock, formatDuration, formatMinutes, formatSeconds } from './format';

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
