/**
 * The plan format: a course of care over days, written once here. It gives the TS types, the
 * runtime validation (parse.ts) and routines/plans/schema.json (tests/scripts/write-schema.ts).
 *
 * A plan is a list of phases. Each phase starts on a day offset from the plan's start and/or
 * once pain is low enough, and lists what is due in it: a routine by id, at times of day,
 * every N hours within waking hours, or N times a day. Unknown fields are errors.
 */
import * as v from 'valibot';
// Bad values are described, never quoted whole (routine/quote.ts): a plan file can be huge.
import { got as received } from '../routine/quote';
import { list, slug, whole } from '../routine/valid';

/** The newest plan format this app reads. */
export const PLAN_FORMAT_VERSION = 1;

const text = (min: number, max: number, what: string) => {
	const message = (issue: { input: unknown }) =>
		`expected ${what} of ${min} to ${max} characters, ${received(issue)}`;
	return v.pipe(v.string(message), v.trim(), v.minLength(min, message), v.maxLength(max, message));
};

const id = (what: string) => slug(what, 60);

/** A time of day as "HH:MM" in 24-hour form, read in the person's own time zone. */
export const TimeOfDaySchema = v.pipe(
	v.string((issue) => `expected a time of day like "09:00", ${received(issue)}`),
	v.regex(
		/^(?:[01]\d|2[0-3]):[0-5]\d$/,
		(issue) => `expected a time of day like "09:00" (24-hour), ${received(issue)}`
	)
);

const strict = <T extends v.ObjectEntries>(entries: T, what: string) =>
	v.strictObject(entries, (issue) => {
		if (issue.expected === 'never') return `unknown field (not part of the plan format)`;
		if (issue.expected?.startsWith('"')) return `required field is missing`;
		return `expected ${what} as an object, ${received(issue)}`;
	});

/** Waking hours: `from` must come before `to` on the same day. */
export const WakingHoursSchema = v.pipe(
	strict({ from: TimeOfDaySchema, to: TimeOfDaySchema }, 'waking hours'),
	v.check((w) => w.from < w.to, 'expected "from" to come before "to" on the same day')
);

/** At fixed times of day: `{ "kind": "times", "at": ["08:00", "20:00"] }`. */
const AtTimesSchema = strict(
	{ kind: v.literal('times'), at: list(TimeOfDaySchema, 1, 24, 'times of day') },
	'a schedule'
);
/** Every N hours from waking up until bedtime: `{ "kind": "every", "hours": 3 }`. */
const EveryHoursSchema = strict(
	{ kind: v.literal('every'), hours: whole(1, 12, 'hours') },
	'a schedule'
);
/** N times a day, spread evenly over waking hours: `{ "kind": "daily", "count": 2 }`. */
const DailySchema = strict(
	{ kind: v.literal('daily'), count: whole(1, 12, 'a count') },
	'a schedule'
);

export const SCHEDULE_KINDS = ['times', 'every', 'daily'] as const;

export const ScheduleSchema = v.variant(
	'kind',
	[AtTimesSchema, EveryHoursSchema, DailySchema],
	(issue) =>
		issue.expected === 'Object' || issue.expected === 'object'
			? `expected a schedule as an object, ${received(issue)}`
			: `expected a schedule kind (${SCHEDULE_KINDS.map((k) => `"${k}"`).join(', ')}), ${received(issue)}`
);

/** One thing that is due in a phase: a routine and when. */
export const PlanItemSchema = strict(
	{
		routine: id('a routine id'),
		schedule: ScheduleSchema,
		/** One line shown with the item: why and how ("wrapped in a thin towel"). */
		note: v.optional(text(1, 200, 'a note'))
	},
	'an item'
);

/**
 * When a phase starts: on a day offset from the plan's start (0 = the first day), once the
 * latest pain check-in is at most `painAtMost`, or when both hold.
 */
export const PhaseStartSchema = v.pipe(
	strict(
		{
			day: v.optional(whole(0, 365, 'a day offset')),
			painAtMost: v.optional(whole(0, 10, 'a pain score'))
		},
		'a start'
	),
	v.check(
		(s) => s.day !== undefined || s.painAtMost !== undefined,
		'expected "day", "painAtMost" or both'
	)
);

/** A lesson for one day of the plan: the Today view links to it on that day (issue 24). */
export const DayLessonSchema = strict(
	{ day: whole(0, 365, 'a day offset'), lesson: id('a lesson id') },
	'a lesson of the day'
);

export const PhaseSchema = strict(
	{
		id: id('a phase id'),
		title: text(1, 80, 'a title'),
		summary: text(1, 400, 'a summary'),
		start: PhaseStartSchema,
		items: list(PlanItemSchema, 1, 20, 'items')
	},
	'a phase'
);

export const PlanSchema = strict(
	{
		$schema: v.optional(v.string()),
		formatVersion: v.literal(
			PLAN_FORMAT_VERSION,
			(issue) => `expected ${PLAN_FORMAT_VERSION}, ${received(issue)}`
		),
		id: id('an id'),
		version: v.optional(whole(1, 100000, 'a version'), 1),
		title: text(1, 80, 'a title'),
		summary: text(1, 300, 'a summary'),
		/** How long the plan runs; without it the plan goes on until stopped. */
		days: v.optional(whole(1, 365, 'a number of days')),
		/** Suggested waking (or working) hours; the person can change them when starting. */
		wakingHours: WakingHoursSchema,
		safety: list(text(1, 300, 'a safety note'), 1, 10, 'safety notes'),
		phases: list(PhaseSchema, 1, 10, 'phases'),
		/**
		 * What to do once the plan is over, whatever the pain: shown on its last day and after.
		 * A plan with an end should say it; one that runs until stopped has no use for it.
		 */
		afterwards: v.optional(text(1, 400, 'a text')),
		/** A short lesson for some days (0 = the first), from routines/lessons/. */
		lessons: v.optional(list(DayLessonSchema, 1, 60, 'lessons of the day'))
	},
	'a plan'
);

export type Plan = v.InferOutput<typeof PlanSchema>;
export type PlanInput = v.InferInput<typeof PlanSchema>;
export type Phase = v.InferOutput<typeof PhaseSchema>;
export type PlanItem = v.InferOutput<typeof PlanItemSchema>;
export type Schedule = v.InferOutput<typeof ScheduleSchema>;
export type WakingHours = v.InferOutput<typeof WakingHoursSchema>;
