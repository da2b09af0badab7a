import { describe, expect, it } from 'vitest';
import { testPlan } from './fixtures';
import { ledgerRows } from './ledger';
import { inQuietHours, toAnnounce } from './reminders';
import { startRun } from './run';
import { planDay } from './schedule';

const start = Date.UTC(2026, 0, 5, 8);
const base = startRun({
	id: 'r',
	plan: testPlan(),
	titles: {},
	startedAt: start,
	timeZone: 'America/New_York',
	waking: { from: '09:00', to: '21:00' },
	now: start
});

describe('reminders', () => {
	it('reads quiet hours in the plan’s zone, also across midnight', () => {
		const run = { ...base, quietHours: { from: '22:00', to: '07:00' } };
		expect(inQuietHours(run, Date.UTC(2026, 0, 6, 4))).toBe(true); // 23:00 in New York
		expect(inQuietHours(run, Date.UTC(2026, 0, 6, 11))).toBe(true); // 06:00
		expect(inQuietHours(run, Date.UTC(2026, 0, 6, 13))).toBe(false); // 08:00
		expect(
			inQuietHours(
				{ ...run, quietHours: { from: '12:00', to: '14:00' } },
				Date.UTC(2026, 0, 6, 17, 30)
			)
		).toBe(true);
		expect(inQuietHours(base, Date.UTC(2026, 0, 6, 4))).toBe(false);
	});

	it('announces each newly due item once, only with reminders on and outside quiet hours', () => {
		const occurrences = planDay({
			plan: base.plan,
			phaseIndex: 0,
			startedAt: start,
			date: { year: 2026, month: 1, day: 5 },
			waking: base.waking,
			timeZone: base.timeZone
		});
		const now = Date.UTC(2026, 0, 5, 14, 1); // 09:01 in New York
		const rows = ledgerRows({ occurrences, entries: [], sessions: [], now });
		expect(toAnnounce({ run: base, rows, announced: new Set(), now })).toEqual([]);
		const on = { ...base, reminders: true };
		const due = toAnnounce({ run: on, rows, announced: new Set(), now });
		expect(due.map((r) => r.routine)).toEqual(['walk-break']);
		expect(toAnnounce({ run: on, rows, announced: new Set([due[0]!.key]), now })).toEqual([]);
		expect(
			toAnnounce({
				run: { ...on, quietHours: { from: '08:00', to: '10:00' } },
				rows,
				announced: new Set(),
				now
			})
		).toEqual([]);
	});
});
