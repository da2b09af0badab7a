/**
 * Stored plan records: a plan someone follows (with its settings) and the ledger of what was
 * done or skipped. Checked on every read and in backups like the other records, so a record
 * written by a buggy build, or a hand-edited backup, cannot break the Today view.
 */
import * as v from 'valibot';
import { ENTRY_STATUSES, type LedgerEntry } from '../plan/ledger';
import type { PlanRun } from '../plan/run';
import { PlanSchema, WakingHoursSchema } from '../plan/schema';
import { isTimeZone } from '../plan/zone';
import { got } from '../routine/quote';
import { whole } from '../routine/valid';
import { label, plannedTimeMs, timeMs } from './records';

const PhaseChangeSchema = v.object({
	at: timeMs(),
	from: whole(0, 9, 'a phase number'),
	to: whole(0, 9, 'a phase number'),
	reason: label(400, 'a reason'),
	by: v.picklist(
		['schedule', 'person'],
		(issue) => `expected "schedule" or "person", ${got(issue)}`
	)
});

export const PlanRunRecordSchema = v.pipe(
	v.object(
		{
			id: label(100, 'an id'),
			plan: PlanSchema,
			titles: v.record(v.string(), label(200, 'a routine title')),
			// A plan may be set to start on a later day.
			startedAt: plannedTimeMs(),
			timeZone: v.pipe(
				label(100, 'a time zone'),
				v.check(
					isTimeZone,
					(issue) => `expected a time zone name like "Europe/Berlin", ${got(issue)}`
				)
			),
			waking: WakingHoursSchema,
			phaseIndex: whole(0, 9, 'a phase number'),
			phaseSince: plannedTimeMs(),
			changes: v.array(PhaseChangeSchema),
			flareSeenAt: v.optional(timeMs()),
			resumeAtPain: v.optional(whole(0, 10, 'a pain score')),
			reminders: v.boolean((issue) => `expected true or false, ${got(issue)}`),
			quietHours: v.nullable(WakingHoursSchema),
			stoppedAt: v.optional(timeMs()),
			savedAt: timeMs()
		},
		(issue) => `expected a plan run as an object, ${got(issue)}`
	),
	v.check(
		(run) => run.phaseIndex < run.plan.phases.length,
		'expected the phase number to be one of the plan’s phases'
	)
);

export const LedgerEntrySchema = v.object(
	{
		id: label(200, 'an id'),
		runId: label(100, 'a plan run id'),
		key: label(200, 'an occurrence key'),
		routine: label(100, 'a routine id'),
		dueAt: plannedTimeMs(),
		status: v.picklist(ENTRY_STATUSES, (issue) => `expected "done" or "skipped", ${got(issue)}`),
		at: timeMs()
	},
	(issue) => `expected a ledger entry as an object, ${got(issue)}`
);

/** A stored run, re-validated; undefined when unreadable. */
export function readRun(stored: unknown): PlanRun | undefined {
	const result = v.safeParse(PlanRunRecordSchema, stored);
	return result.success ? result.output : undefined;
}

/** A stored ledger entry, re-validated; undefined when unreadable. */
export function readEntry(stored: unknown): LedgerEntry | undefined {
	return v.is(LedgerEntrySchema, stored) ? stored : undefined;
}
