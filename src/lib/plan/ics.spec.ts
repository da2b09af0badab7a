import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { testPlan } from './fixtures';
import { fold, phaseSpans, planCalendar, text } from './ics';
import { changePhase, startRun } from './run';
import { planDay } from './schedule';
import { offsetChanges } from './vtimezone';
import { addDays, civilDate } from './zone';

const H = 3_600_000;

function runIn(timeZone: string, startedAt: number) {
	return startRun({
		id: 'run-1',
		plan: testPlan(),
		titles: {
			'walk-break': 'Walk break',
			'cold-compress': 'Cold compress',
			'pelvic-tilts': 'Pelvic tilts'
		},
		startedAt,
		timeZone,
		waking: { from: '09:00', to: '21:00' },
		now: startedAt
	});
}

/** Parses the file with ical.js and expands every event to its instants (epoch ms). */
function expand(ics: string) {
	const calendar = new ICAL.Component(ICAL.parse(ics) as unknown[]);
	for (const tz of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(tz);
	return calendar.getAllSubcomponents('vevent').map((vevent) => {
		const event = new ICAL.Event(vevent);
		const it = event.iterator();
		const times: number[] = [];
		for (let next = it.next(); next && times.length < 400; next = it.next()) {
			times.push(next.toJSDate().getTime());
		}
		return { event, vevent, times };
	});
}

describe('planCalendar', () => {
	// Berlin: the clocks go forward on 2026-03-29. Start on the 27th at 08:00 local (07:00 UTC).
	const startedAt = Date.UTC(2026, 2, 27, 7);
	const run = runIn('Europe/Berlin', startedAt);
	const ics = planCalendar({ run, now: startedAt, origin: 'https://backbeat.example' });

	it('is a calendar ical.js reads, with a rule, an alarm and a link back on every event', () => {
		const events = expand(ics);
		// Phase 1: five walks + two cold packs a day; phase 2: pelvic tilts twice a day.
		expect(events).toHaveLength(9);
		for (const { vevent, event } of events) {
			expect(vevent.getFirstPropertyValue('rrule')).toBeTruthy();
			const alarm = vevent.getFirstSubcomponent('valarm');
			expect(alarm?.getFirstPropertyValue('action')).toBe('DISPLAY');
			expect(String(vevent.getFirstPropertyValue('url'))).toMatch(
				/^https:\/\/backbeat\.example\/routine\/(walk-break|cold-compress|pelvic-tilts)$/
			);
			expect(event.summary).toMatch(/^(Walk break|Cold compress|Pelvic tilts)$/);
		}
		expect(ics).toContain('\r\n');
		expect(ics.split('\r\n').every((line) => new TextEncoder().encode(line).length <= 75)).toBe(
			true
		);
	});

	it('puts each reminder at the same instants as the schedule, across the DST change', () => {
		const expected = new Set<number>();
		for (let d = 0; d < 7; d++) {
			const date = addDays(civilDate(startedAt, 'Europe/Berlin'), d);
			const phaseIndex = d < 3 ? 0 : 1;
			for (const o of planDay({
				plan: run.plan,
				phaseIndex,
				startedAt,
				date,
				waking: run.waking,
				timeZone: 'Europe/Berlin'
			})) {
				expected.add(o.at);
			}
		}
		const actual = new Set(expand(ics).flatMap((e) => e.times));
		expect([...actual].sort()).toEqual([...expected].sort());
		// The 09:00 walk on the Sunday of the change is 07:00 UTC, not 08:00.
		expect(actual.has(Date.UTC(2026, 2, 29, 7))).toBe(true);
	});

	it('describes the zone with its real offset change', () => {
		expect(offsetChanges('Europe/Berlin', startedAt, startedAt + 7 * 24 * H)).toEqual([
			Date.UTC(2026, 2, 29, 1)
		]);
		expect(ics).toContain('TZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200');
		const kolkata = planCalendar({
			run: runIn('Asia/Kolkata', startedAt),
			now: startedAt,
			origin: 'x'
		});
		expect(kolkata).not.toContain('DAYLIGHT');
		expect(kolkata).toContain('TZOFFSETTO:+0530');
	});

	it('starts from today in the current phase and leaves out times already past', () => {
		const later = changePhase(run, {
			to: 1,
			reason: 'x',
			by: 'schedule',
			now: startedAt + 3 * 24 * H
		});
		const now = startedAt + 3 * 24 * H + 6 * H; // 14:00 local on day 3
		expect(phaseSpans(later, now)).toEqual([{ phaseIndex: 1, first: 3, end: 7 }]);
		const events = expand(planCalendar({ run: later, now, origin: 'x' }));
		const times = events.flatMap((e) => e.times);
		expect(Math.min(...times)).toBeGreaterThanOrEqual(now);
		expect(events.map((e) => e.event.summary)).toEqual(['Pelvic tilts', 'Pelvic tilts']);
	});

	it('repeats without end for a plan that runs until stopped', () => {
		const open = { ...run, plan: { ...testPlan(), days: undefined } };
		const out = planCalendar({ run: open, now: startedAt, origin: 'x' });
		expect(out).toContain('RRULE:FREQ=DAILY\r\n');
	});
});

describe('text and folding', () => {
	it('escapes commas, semicolons, backslashes and newlines', () => {
		expect(text('a,b;c\\d\ne')).toBe('a\\,b\\;c\\\\d\\ne');
	});

	it('folds long lines at 75 octets without splitting a character', () => {
		const line = 'DESCRIPTION:' + '“quoted” '.repeat(20);
		const folded = fold(line);
		expect(folded.split('\r\n ').join('')).toBe(line);
		for (const part of folded.split('\r\n'))
			expect(new TextEncoder().encode(part).length).toBeLessThanOrEqual(75);
	});
});
