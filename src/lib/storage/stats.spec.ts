import { describe, expect, it } from 'vitest';
import { dayKey, dayNumber, monthStart, weekday } from '$lib/calendar/days';
import { checkin, session } from './fixtures/factories';
import { computeStats, movingAverage } from './stats';

const utc = () => 0;
/** Noon UTC on a calendar date (month 1-based). */
const at = (y: number, m: number, d: number, h = 12) => Date.UTC(y, m - 1, d, h);
const onDays = (...times: number[]) => times.map((startedAt) => session({ startedAt }));
const stats = (sessions: ReturnType<typeof session>[], now: number, extra = {}) =>
	computeStats({ sessions, now, utcOffset: utc, ...extra });

describe('days', () => {
	it('numbers local days, honouring the offset', () => {
		const lateUtc = Date.UTC(2024, 2, 31, 23, 30);
		expect(dayKey(dayNumber(lateUtc, utc))).toBe('2024-03-31');
		expect(dayKey(dayNumber(lateUtc, () => 120))).toBe('2024-04-01'); // Berlin, summer time
		expect(dayKey(dayNumber(Date.UTC(2024, 3, 1, 3), () => -300))).toBe('2024-03-31'); // New York
	});

	it('formats day keys like toISOString, from 1900 to 2298, leap years included', () => {
		for (let day = -25_567; day < 120_000; day += 13) {
			expect(dayKey(day)).toBe(new Date(day * 86_400_000).toISOString().slice(0, 10));
		}
		expect(dayKey(dayNumber(at(2000, 2, 29), utc))).toBe('2000-02-29');
	});

	it('weeks start on Monday; months start on the 1st', () => {
		expect(weekday(dayNumber(at(2024, 3, 4), utc))).toBe(0); // a Monday
		expect(weekday(dayNumber(at(2024, 3, 3), utc))).toBe(6); // a Sunday
		expect(dayKey(monthStart(dayNumber(at(2024, 3, 15), utc), 2))).toBe('2024-01-01');
		expect(dayKey(monthStart(dayNumber(at(2024, 1, 15), utc), 1))).toBe('2023-12-01');
	});
});

describe('streaks', () => {
	it('are zero for an empty history', () => {
		const s = stats([], at(2024, 3, 1));
		expect(s).toMatchObject({ currentStreak: 0, bestStreak: 0, totalSessions: 0 });
		expect(s.calendar).toEqual({});
		expect(s.painTrend).toEqual([]);
		expect(s.perRoutine).toEqual([]);
	});

	it('run across a month boundary (and a leap day)', () => {
		const sessions = onDays(at(2024, 2, 27), at(2024, 2, 28), at(2024, 2, 29), at(2024, 3, 1));
		expect(stats(sessions, at(2024, 3, 1, 20))).toMatchObject({ currentStreak: 4, bestStreak: 4 });
	});

	it('run across a year boundary', () => {
		const sessions = onDays(at(2023, 12, 30), at(2023, 12, 31), at(2024, 1, 1));
		expect(stats(sessions, at(2024, 1, 1))).toMatchObject({ currentStreak: 3, bestStreak: 3 });
	});

	it('count several sessions on one day once', () => {
		const sessions = onDays(
			at(2024, 3, 1, 8),
			at(2024, 3, 1, 12),
			at(2024, 3, 1, 20),
			at(2024, 3, 2)
		);
		const s = stats(sessions, at(2024, 3, 2));
		expect(s).toMatchObject({ currentStreak: 2, bestStreak: 2, totalSessions: 4 });
		expect(s.calendar['2024-03-01']).toBe(3);
	});

	it('break on a gap; the best run is kept', () => {
		const sessions = onDays(
			at(2024, 1, 30),
			at(2024, 1, 31),
			at(2024, 2, 1),
			// 2 February missed
			at(2024, 2, 3),
			at(2024, 2, 4)
		);
		expect(stats(sessions, at(2024, 2, 4))).toMatchObject({ currentStreak: 2, bestStreak: 3 });
	});

	it('stay alive through today until it is over, and end after a missed day', () => {
		const sessions = onDays(at(2024, 3, 1), at(2024, 3, 2));
		expect(stats(sessions, at(2024, 3, 3, 9)).currentStreak).toBe(2); // not yet today
		expect(stats(sessions, at(2024, 3, 4, 9)).currentStreak).toBe(0); // missed yesterday
		expect(stats(sessions, at(2024, 3, 4, 9)).bestStreak).toBe(2);
	});

	it('follow the local day, not the UTC one', () => {
		// 23:30 UTC on two evenings is two days in UTC but 01:30 next day in Berlin summer time.
		const sessions = onDays(Date.UTC(2024, 5, 10, 23, 30), Date.UTC(2024, 5, 11, 8));
		const now = Date.UTC(2024, 5, 11, 9);
		expect(stats(sessions, now).currentStreak).toBe(2);
		const berlin = computeStats({ sessions, now, utcOffset: () => 120 });
		expect(berlin.currentStreak).toBe(1);
		expect(berlin.calendar).toEqual({ '2024-06-11': 2 });
	});
});

describe('calendar, week and routines', () => {
	it('counts per day from the first of the month N-1 months back up to today', () => {
		const sessions = onDays(
			at(2023, 12, 31), // before the window
			at(2024, 1, 1),
			at(2024, 2, 10),
			at(2024, 2, 10, 18),
			at(2024, 3, 5),
			at(2024, 3, 9) // after today
		);
		const s = stats(sessions, at(2024, 3, 5), { calendarMonths: 3 });
		expect(s.calendar).toEqual({ '2024-01-01': 1, '2024-02-10': 2, '2024-03-05': 1 });
	});

	it('sums active minutes from Monday to Sunday of this week', () => {
		const mk = (startedAt: number, activeSeconds: number) => session({ startedAt, activeSeconds });
		const sessions = [
			mk(at(2024, 3, 3, 23), 600), // Sunday: last week
			mk(at(2024, 3, 4, 0), 300), // Monday 00:00
			mk(at(2024, 3, 6), 330),
			mk(at(2024, 3, 10, 23), 60) // Sunday: still this week
		];
		expect(stats(sessions, at(2024, 3, 6)).minutesThisWeek).toBe(12); // 690 s
		expect(stats(sessions, at(2024, 3, 6)).totalMinutes).toBe(22); // 1290 s
	});

	it('counts sessions per routine, most played first, with the newest title', () => {
		const sessions = [
			session({ routineId: 'a', routineTitle: 'Old A', startedAt: 1, activeSeconds: 120 }),
			session({ routineId: 'b', routineTitle: 'B', startedAt: 2, activeSeconds: 60 }),
			session({ routineId: 'a', routineTitle: 'New A', startedAt: 3, activeSeconds: 60 })
		];
		expect(stats(sessions, 10).perRoutine).toEqual([
			{ routineId: 'a', title: 'New A', sessions: 2, minutes: 3 },
			{ routineId: 'b', title: 'B', sessions: 1, minutes: 1 }
		]);
	});
});

describe('pain trend', () => {
	it('lists sessions with scores oldest first, filling gaps from check-ins', () => {
		const a = session({ startedAt: at(2024, 3, 2), painBefore: 6, painAfter: 4 });
		const b = session({ startedAt: at(2024, 3, 1), painBefore: null, painAfter: undefined });
		const none = session({ startedAt: at(2024, 3, 3), painBefore: null, painAfter: null });
		const checkins = [
			checkin({ sessionId: b.id, moment: 'before', score: 7 }),
			checkin({ sessionId: b.id, moment: 'hurts', score: 8 }),
			checkin({ sessionId: b.id, moment: 'hurts', score: 6 }),
			checkin({ sessionId: null, moment: 'hurts', score: 9 })
		];
		const trend = computeStats({
			sessions: [a, b, none],
			checkins,
			now: at(2024, 3, 3),
			utcOffset: utc
		}).painTrend;
		expect(trend.map((p) => [p.sessionId, p.day, p.before, p.after, p.hurts])).toEqual([
			[b.id, '2024-03-01', 7, null, 2],
			[a.id, '2024-03-02', 6, 4, 0]
		]);
		expect(trend[1]).toMatchObject({ averageBefore: 6.5, averageAfter: 4 });
	});

	it('moving average is trailing, skips nulls and drops values leaving the window', () => {
		expect(movingAverage([4, null, 2, 6, null], 2)).toEqual([4, 4, 2, 4, 6]);
		expect(movingAverage([null, null], 3)).toEqual([null, null]);
		expect(movingAverage([1, 2, 3, 4], 3)).toEqual([1, 1.5, 2, 3]);
	});
});

describe('scale', () => {
	it('handles 10,000 sessions correctly', () => {
		const start = at(2000, 1, 1, 7);
		const sessions = Array.from({ length: 10_000 }, (_, i) =>
			session({
				// one a day, day 5000 skipped (runs of 5000 each side)
				startedAt: start + (i < 5000 ? i : i + 1) * 86_400_000,
				activeSeconds: 600,
				painBefore: 5,
				painAfter: 3
			})
		);
		sessions.push(session({ startedAt: start + 9_000 * 86_400_000 + 3_600_000 })); // same day twice
		const now = start + 10_000 * 86_400_000; // the day of the last session
		const s = computeStats({ sessions, now, utcOffset: utc });
		expect(s.totalSessions).toBe(10_001);
		expect(s.bestStreak).toBe(5000);
		expect(s.currentStreak).toBe(5000);
		expect(s.painTrend).toHaveLength(10_001);
		expect(s.painTrend.at(-1)).toMatchObject({ averageBefore: 5, averageAfter: 3 });
		expect(Object.values(s.calendar).reduce((a, b) => a + b, 0)).toBeGreaterThan(150);
	});
});
