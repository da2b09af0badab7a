/**
 * Progress figures from history, pure and synchronous (no IndexedDB, no clock): the caller
 * passes `now` and the time zone. One pass plus a sort, so 10,000 sessions take a few ms.
 */
import {
	dayKey,
	dayNumber,
	deviceUtcOffset,
	monthStart,
	weekday,
	type UtcOffset
} from '$lib/calendar/days';
import type { Checkin, SessionRecord } from './records';

export interface RoutineCount {
	routineId: string;
	/** Title from the newest session of this routine. */
	title: string;
	sessions: number;
	minutes: number;
}

export interface PainPoint {
	sessionId: string;
	startedAt: number;
	day: string;
	before: number | null;
	after: number | null;
	/** "This hurts" check-ins during the session. */
	hurts: number;
	/** Means over the last `trendWindow` points that have a value; null when none do. */
	averageBefore: number | null;
	averageAfter: number | null;
}

export interface Stats {
	totalSessions: number;
	totalMinutes: number;
	/** Consecutive days with a session, ending today (or yesterday: today is not over yet). */
	currentStreak: number;
	bestStreak: number;
	/** 'YYYY-MM-DD' → sessions that day, for days with any, from the first of the month `calendarMonths - 1` back. */
	calendar: Record<string, number>;
	/** Active minutes since Monday (local time). */
	minutesThisWeek: number;
	/** Most played first. */
	perRoutine: RoutineCount[];
	/** Sessions with a pain score, oldest first. */
	painTrend: PainPoint[];
}

export interface StatsInput {
	sessions: readonly SessionRecord[];
	checkins?: readonly Checkin[];
	now: number;
	/** Defaults to the device's time zone. */
	utcOffset?: UtcOffset;
	/** Months shown in the calendar, this one included. Default 6. */
	calendarMonths?: number;
	/** Points in the pain moving average. Default 7. */
	trendWindow?: number;
}

/**
 * Every figure the progress screen shows. Any session counts toward streaks, also an ended one:
 * showing up on a bad back day is the habit worth rewarding.
 */
export function computeStats(input: StatsInput): Stats {
	const offset = input.utcOffset ?? deviceUtcOffset;
	const today = dayNumber(input.now, offset);
	const weekStart = today - weekday(today);
	const calendarStart = monthStart(today, (input.calendarMonths ?? 6) - 1);

	const days = new Set<number>();
	const calendar: Record<string, number> = {};
	const routines = new Map<string, RoutineCount & { newest: number }>();
	let totalSeconds = 0;
	let weekSeconds = 0;
	for (const s of input.sessions) {
		const day = dayNumber(s.startedAt, offset);
		days.add(day);
		totalSeconds += s.activeSeconds;
		if (day >= weekStart && day < weekStart + 7) weekSeconds += s.activeSeconds;
		if (day >= calendarStart && day <= today) {
			const key = dayKey(day);
			calendar[key] = (calendar[key] ?? 0) + 1;
		}
		const r = routines.get(s.routineId);
		if (!r) {
			routines.set(s.routineId, {
				routineId: s.routineId,
				title: s.routineTitle,
				sessions: 1,
				minutes: s.activeSeconds / 60,
				newest: s.startedAt
			});
		} else {
			r.sessions++;
			r.minutes += s.activeSeconds / 60;
			if (s.startedAt > r.newest) {
				r.title = s.routineTitle;
				r.newest = s.startedAt;
			}
		}
	}

	return {
		totalSessions: input.sessions.length,
		totalMinutes: Math.round(totalSeconds / 60),
		...streaks(days, today),
		calendar,
		minutesThisWeek: Math.round(weekSeconds / 60),
		perRoutine: [...routines.values()]
			.map(({ newest: _, ...r }) => ({ ...r, minutes: Math.round(r.minutes) }))
			.sort((a, b) => b.sessions - a.sessions || a.title.localeCompare(b.title)),
		painTrend: painTrend({
			sessions: input.sessions,
			checkins: input.checkins ?? [],
			day: (s) => dayKey(dayNumber(s.startedAt, offset)),
			window: input.trendWindow ?? 7
		})
	};
}

/** Current and best runs of consecutive days in `days`. */
export function streaks(days: ReadonlySet<number>, today: number) {
	let best = 0;
	for (const day of days) {
		if (days.has(day - 1)) continue; // only count from the first day of each run
		let length = 1;
		while (days.has(day + length)) length++;
		best = Math.max(best, length);
	}
	let end = days.has(today) ? today : today - 1;
	let currentStreak = 0;
	while (days.has(end--)) currentStreak++;
	return { currentStreak, bestStreak: best };
}

function painTrend(options: {
	sessions: readonly SessionRecord[];
	checkins: readonly Checkin[];
	day: (s: SessionRecord) => string;
	window: number;
}): PainPoint[] {
	// Check-ins fill in a score the session record lacks (for example one saved after it ended).
	const bySession = new Map<string, { before?: number; after?: number; hurts: number }>();
	for (const c of options.checkins) {
		if (!c.sessionId) continue;
		const entry = bySession.get(c.sessionId) ?? { hurts: 0 };
		if (c.moment === 'hurts') entry.hurts++;
		else entry[c.moment] = c.score;
		bySession.set(c.sessionId, entry);
	}
	const points: PainPoint[] = [];
	for (const s of options.sessions) {
		const extra = bySession.get(s.id);
		const before = s.painBefore ?? extra?.before ?? null;
		const after = s.painAfter ?? extra?.after ?? null;
		if (before === null && after === null) continue;
		points.push({
			sessionId: s.id,
			startedAt: s.startedAt,
			day: options.day(s),
			before,
			after,
			hurts: extra?.hurts ?? 0,
			averageBefore: null,
			averageAfter: null
		});
	}
	points.sort((a, b) => a.startedAt - b.startedAt);
	const before = movingAverage(
		points.map((p) => p.before),
		options.window
	);
	const after = movingAverage(
		points.map((p) => p.after),
		options.window
	);
	points.forEach((p, i) => {
		p.averageBefore = before[i] ?? null;
		p.averageAfter = after[i] ?? null;
	});
	return points;
}

/** Trailing mean over the last `window` entries, skipping nulls; O(n). */
export function movingAverage(
	values: readonly (number | null)[],
	window: number
): (number | null)[] {
	const out: (number | null)[] = [];
	let sum = 0;
	let n = 0;
	values.forEach((value, i) => {
		if (value !== null) {
			sum += value;
			n++;
		}
		const leaving = i >= window ? values[i - window] : null;
		if (leaving !== null && leaving !== undefined) {
			sum -= leaving;
			n--;
		}
		out.push(n === 0 ? null : Math.round((sum / n) * 100) / 100);
	});
	return out;
}
