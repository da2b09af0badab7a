/**
 * What is due when: a plan's items turned into occurrences on real instants, for one local day
 * at a time, in the person's time zone (passed in). Pure: the caller says which day and phase.
 */
import type { Phase, Plan, Schedule, WakingHours } from './schema';
import {
	addDays,
	civilDate,
	dateKey,
	daysBetween,
	minutesOf,
	zonedToUtc,
	type CivilDate
} from './zone';

/** One thing due once: "Walk break at 12:00 on 2026-03-29". */
export interface Occurrence {
	/** Stable across reloads; the ledger records done/skipped under it. */
	key: string;
	routine: string;
	phaseIndex: number;
	itemIndex: number;
	/** Local minutes past midnight the item is due at. */
	minutes: number;
	/** When it falls due (epoch ms). */
	at: number;
	/** When it stops being "due now" and counts as missed: the next one of the same item. */
	until: number;
	note?: string;
}

/** Counted to the quarter hour: "twice a day" reads 11:30 and 18:30, not 11:37. */
const ROUND = 15;
/** The last occurrence of a day stays due at least this long, even past bedtime. */
const LAST_WINDOW_MIN = 60;

/** Minutes past midnight for each time a schedule falls due within `waking`. */
export function slotMinutes(schedule: Schedule, waking: WakingHours): number[] {
	const from = minutesOf(waking.from);
	const to = minutesOf(waking.to);
	let out: number[];
	if (schedule.kind === 'times') {
		out = schedule.at.map(minutesOf);
	} else if (schedule.kind === 'every') {
		out = [];
		for (let m = from; m <= to; m += schedule.hours * 60) out.push(m);
	} else {
		const span = to - from;
		out = Array.from(
			{ length: schedule.count },
			(_, i) => from + Math.round((span * (i + 0.5)) / schedule.count / ROUND) * ROUND
		);
	}
	return [...new Set(out)].sort((a, b) => a - b);
}

/** The occurrences of `phase` on local `date`, in time order. */
export function occurrencesOn(options: {
	phase: Phase;
	phaseIndex: number;
	date: CivilDate;
	waking: WakingHours;
	timeZone: string;
}): Occurrence[] {
	const { phase, phaseIndex, date, waking, timeZone } = options;
	const day = dateKey(date);
	const end = zonedToUtc(date, minutesOf(waking.to), timeZone);
	return phase.items
		.flatMap((item, itemIndex) => {
			const slots = slotMinutes(item.schedule, waking);
			const times = slots.map((m) => zonedToUtc(date, m, timeZone));
			return slots.map((minutes, i) => {
				const at = times[i]!;
				const next = times[i + 1];
				return {
					key: `${day}|${phase.id}|${itemIndex}|${minutes}`,
					routine: item.routine,
					phaseIndex,
					itemIndex,
					minutes,
					at,
					until: next ?? Math.max(end, at + LAST_WINDOW_MIN * 60_000),
					...(item.note ? { note: item.note } : {})
				};
			});
		})
		.sort((a, b) => a.at - b.at || a.itemIndex - b.itemIndex);
}

/** The day number (0 = the start day) of `ms` in a plan started at `startedAt`. */
export function dayNumber(startedAt: number, ms: number, timeZone: string): number {
	return daysBetween(civilDate(startedAt, timeZone), civilDate(ms, timeZone));
}

/** The phase a plan reaches by the calendar alone on day `day` (ignoring pain). */
export function phaseOnDay(plan: Plan, day: number): number {
	let index = 0;
	plan.phases.forEach((phase, i) => {
		if (phase.start.day !== undefined && phase.start.day <= day) index = i;
	});
	return index;
}

/** True when the plan has run its course by `ms`. */
export function isOver(plan: Plan, startedAt: number, ms: number, timeZone: string): boolean {
	return plan.days !== undefined && dayNumber(startedAt, ms, timeZone) >= plan.days;
}

/**
 * Everything due on local `date` for a plan in `phaseIndex`, leaving out what fell due
 * before the plan was started (a plan started at 14:00 does not owe the 09:00 walk).
 */
export function planDay(options: {
	plan: Plan;
	phaseIndex: number;
	startedAt: number;
	date: CivilDate;
	waking: WakingHours;
	timeZone: string;
}): Occurrence[] {
	const { plan, phaseIndex, startedAt, date, waking, timeZone } = options;
	const phase = plan.phases[phaseIndex];
	if (!phase) return [];
	const day = daysBetween(civilDate(startedAt, timeZone), date);
	if (day < 0 || (plan.days !== undefined && day >= plan.days)) return [];
	return occurrencesOn({ phase, phaseIndex, date, waking, timeZone }).filter(
		(o) => o.at >= startedAt
	);
}

/** The local date `days` after the plan's start day. */
export function planDate(startedAt: number, days: number, timeZone: string): CivilDate {
	return addDays(civilDate(startedAt, timeZone), days);
}
