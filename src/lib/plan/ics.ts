/**
 * "Add to my calendar": a plan's reminders as an iCalendar (.ics) file any phone calendar can
 * import, so reminders still come when Backbeat is closed. One event per item and time of day,
 * repeating daily (RRULE) while its phase lasts, with an alarm (VALARM) and a link back to the
 * routine. Times are local wall-clock times in the plan's zone, with a VTIMEZONE.
 */
import { PLANS } from '../text/plans';
import type { PlanRun } from './run';
import { dayNumber, planDate, slotMinutes } from './schedule';
import { addDays, zonedToUtc, type CivilDate } from './zone';
import { vtimezone, icsLocal } from './vtimezone';

const DAY = 86_400_000;
/** Plans that run until stopped repeat without end; their VTIMEZONE covers two years. */
const OPEN_SPAN_DAYS = 730;

/** A day range [first, last] (plan day numbers) in which a phase is followed. */
interface PhaseSpan {
	phaseIndex: number;
	first: number;
	/** Exclusive; undefined when it goes on until stopped. */
	end: number | undefined;
}

/**
 * The days each phase is expected to take, from today on: the current phase until the next
 * dated phase, then each dated phase in turn. Phases that start on pain alone cannot be put
 * in a calendar; the phase before them simply continues.
 */
export function phaseSpans(run: PlanRun, now: number): PhaseSpan[] {
	const today = Math.max(0, dayNumber(run.startedAt, now, run.timeZone));
	const { phases, days } = run.plan;
	const dated = phases
		.map((phase, i) => ({ i, day: phase.start.day }))
		.filter((p) => p.i > run.phaseIndex && p.day !== undefined) as { i: number; day: number }[];
	const starts = [
		{ i: run.phaseIndex, day: today },
		...dated.map((p) => ({ i: p.i, day: Math.max(p.day, today) }))
	];
	const spans: PhaseSpan[] = [];
	starts.forEach((s, k) => {
		const end = starts[k + 1]?.day ?? days;
		if (end === undefined || end > s.day) spans.push({ phaseIndex: s.i, first: s.day, end });
	});
	return spans;
}

/** The .ics text for a run, written at `now`; `origin` makes the links back ("https://…"). */
export function planCalendar(options: { run: PlanRun; now: number; origin: string }): string {
	const { run, now, origin } = options;
	const zone = run.timeZone;
	const spans = phaseSpans(run, now);
	const lastDay = spans.at(-1)?.end ?? dayNumber(run.startedAt, now, zone) + OPEN_SPAN_DAYS;
	const lines = [
		'BEGIN:VCALENDAR',
		'VERSION:2.0',
		'PRODID:-//Backbeat//Plan reminders//EN',
		'CALSCALE:GREGORIAN',
		'METHOD:PUBLISH',
		`X-WR-CALNAME:${text(run.plan.title)}`,
		...vtimezone(zone, now - DAY, zonedToUtc(planDate(run.startedAt, lastDay, zone), 0, zone) + DAY)
	];
	for (const span of spans) {
		const phase = run.plan.phases[span.phaseIndex]!;
		phase.items.forEach((item, itemIndex) => {
			for (const minutes of slotMinutes(item.schedule, run.waking)) {
				let first = planDate(run.startedAt, span.first, zone);
				let count = span.end === undefined ? undefined : span.end - span.first;
				// Today's time already passed: start tomorrow rather than in the past.
				if (zonedToUtc(first, minutes, zone) < now) {
					first = addDays(first, 1);
					if (count !== undefined) count--;
				}
				if (count !== undefined && count <= 0) continue;
				lines.push(
					...event({
						run,
						phaseTitle: phase.title,
						item,
						itemIndex,
						minutes,
						first,
						count,
						now,
						origin,
						phaseId: phase.id
					})
				);
			}
		});
	}
	lines.push('END:VCALENDAR');
	return lines.map(fold).join('\r\n') + '\r\n';
}

function event(o: {
	run: PlanRun;
	phaseId: string;
	phaseTitle: string;
	item: PlanRun['plan']['phases'][number]['items'][number];
	itemIndex: number;
	minutes: number;
	first: CivilDate;
	count: number | undefined;
	now: number;
	origin: string;
}): string[] {
	const { run, item, minutes, first, count, now, origin } = o;
	const title = run.titles[item.routine] ?? item.routine;
	const url = `${origin}/routine/${item.routine}`;
	const start = zonedToUtc(first, minutes, run.timeZone);
	const description = [
		PLANS.reminder.planPhase(run.plan.title, o.phaseTitle),
		item.note,
		PLANS.reminder.open(url)
	]
		.filter(Boolean)
		.join('\n');
	return [
		'BEGIN:VEVENT',
		`UID:${run.id}-${o.phaseId}-${o.itemIndex}-${minutes}@backbeat`,
		`DTSTAMP:${icsLocal(now, 'UTC')}Z`,
		`DTSTART;TZID=${run.timeZone}:${icsLocal(start, run.timeZone)}`,
		'DURATION:PT15M',
		`RRULE:FREQ=DAILY${count === undefined ? '' : `;COUNT=${count}`}`,
		`SUMMARY:${text(title)}`,
		`DESCRIPTION:${text(description)}`,
		`URL:${url}`,
		'TRANSP:TRANSPARENT',
		'BEGIN:VALARM',
		'ACTION:DISPLAY',
		`DESCRIPTION:${text(PLANS.reminder.title(title))}`,
		'TRIGGER:PT0M',
		'END:VALARM',
		'END:VEVENT'
	];
}

/** Escapes TEXT values (RFC 5545 3.3.11). */
export function text(value: string): string {
	return value.replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\r?\n/g, '\\n');
}

/** Folds a content line at 75 octets, never inside a character (RFC 5545 3.1). */
export function fold(line: string): string {
	const out: string[] = [];
	let current = '';
	let bytes = 0;
	for (const char of line) {
		const size = utf8Length(char);
		const limit = out.length === 0 ? 75 : 74; // continuation lines start with a space
		if (bytes + size > limit) {
			out.push(current);
			current = '';
			bytes = 0;
		}
		current += char;
		bytes += size;
	}
	out.push(current);
	return out.join('\r\n ');
}

function utf8Length(char: string): number {
	const code = char.codePointAt(0)!;
	return code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
}
