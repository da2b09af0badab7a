/**
 * Valibot schemas for everything Backbeat stores. One definition gives the TS types, the check
 * on records read back from IndexedDB (a record written by a buggy build must not crash the app)
 * and the check on imported backups, whose errors must name the path: `sessions[3].startedAt`.
 */
import * as v from 'valibot';
import { got } from '../routine/quote';
import { textProblem } from '../routine/safe-text';
import { whole } from '../routine/valid';
import type { Routine } from '../routine/schema';
import { checkpointRelation, sessionRelation, type Relation } from './relations';
import { isSaneTime, isSanePlannedTime } from './times';

/** Never valibot's `received`: it would quote a 1 MB string whole. */

/** Epoch milliseconds of a real date in a sane window (times.ts): formatting it cannot throw. */
export const timeMs = () => {
	const message = (issue: { input: unknown }) =>
		`expected a time in ms from the year 2000 to tomorrow, ${got(issue)}`;
	return v.pipe(
		v.number(message),
		v.check((x: number) => isSaneTime(x), message)
	);
};

/** A time something is planned for (a plan's start, an item's due time): may be in the future. */
export const plannedTimeMs = () => {
	const message = (issue: { input: unknown }) =>
		`expected a time in ms from the year 2000 to a year from now, ${got(issue)}`;
	return v.pipe(
		v.number(message),
		v.check((x: number) => isSanePlannedTime(x), message)
	);
};

/** Non-empty plain text (safe-text.ts) up to `max` characters. */
export const label = (max: number, what: string) => {
	const expected = `expected ${what} of 1 to ${max} characters`;
	const length = (issue: { input: string }) => `${expected}, got ${issue.input.length}`;
	return v.pipe(
		v.string((issue) => `${expected}, ${got(issue)}`),
		v.minLength(1, length),
		v.maxLength(max, length),
		v.check(
			(x) => textProblem(x) === null,
			(issue) => `expected ${what} as plain text: it ${textProblem(issue.input) ?? 'is odd'}`
		)
	);
};

const oneOf = <const T extends readonly string[]>(options: T) =>
	v.picklist(
		options,
		(issue) => `expected one of ${options.map((o) => `"${o}"`).join(', ')}, ${got(issue)}`
	);

/** A 0..10 pain score; null means "asked, not answered". */
const pain = () => v.nullish(whole(0, 10, 'a pain score'));

const record = <T extends v.ObjectEntries>(entries: T, what: string) =>
	v.object(entries, (issue) =>
		// valibot reports a missing key through the object's message, with the key as `expected`.
		issue.input === undefined && issue.expected?.startsWith('"')
			? 'missing (this field is required)'
			: `expected ${what} as an object, ${got(issue)}`
	);

/** Adds the record's first relation problem (relations.ts) as an issue on the field it blames. */
function relate<T extends object>(
	context: v.RawCheckContext<T>,
	relation: (record: T) => Relation
): void {
	const { dataset, addIssue } = context;
	if (!dataset.typed) return;
	const problem = relation(dataset.value);
	if (!problem) return;
	const input = dataset.value as Record<string, unknown>;
	const value = input[problem.key];
	addIssue({
		message: problem.message,
		path: [{ type: 'object', origin: 'value', input, key: problem.key, value }]
	});
}

// Ten years of daily sessions is ~3,650; a day of hours-long holds is < 86,400 s.
const MAX_STEPS = 100_000;

const OUTCOMES = ['finished', 'ended'] as const;

/** One played session in the history. */
export const SessionRecordSchema = v.pipe(
	record(
		{
			id: label(100, 'an id'),
			routineId: label(100, 'a routine id'),
			routineVersion: whole(1, 100_000, 'a routine version'),
			/** The title at the time, so renamed or deleted routines still read well in history. */
			routineTitle: label(200, 'a routine title'),
			startedAt: timeMs(),
			endedAt: timeMs(),
			activeSeconds: whole(0, 86_400, 'active seconds'),
			stepsCompleted: whole(0, MAX_STEPS, 'a step count'),
			stepsSkipped: whole(0, MAX_STEPS, 'a step count'),
			stepsTotal: whole(0, MAX_STEPS, 'a step count'),
			outcome: oneOf(OUTCOMES),
			painBefore: v.optional(pain()),
			painAfter: v.optional(pain())
		},
		'a session'
	),
	v.rawCheck((context) => relate(context, sessionRelation))
);
export type SessionRecord = v.InferOutput<typeof SessionRecordSchema>;

const MOMENTS = ['before', 'after', 'hurts'] as const;

/** A pain check-in: before or after a session, or "this hurts" during one. */
export const CheckinSchema = record(
	{
		id: label(100, 'an id'),
		time: timeMs(),
		score: whole(0, 10, 'a pain score'),
		sessionId: v.nullish(label(100, 'a session id')),
		moment: oneOf(MOMENTS),
		stepIndex: v.optional(whole(0, MAX_STEPS, 'a step index')),
		routineId: v.optional(label(100, 'a routine id'))
	},
	'a check-in'
);
export type Checkin = v.InferOutput<typeof CheckinSchema>;

/** The active session, saved at every segment change so a reload or crash can resume it. */
export const CheckpointSchema = v.pipe(
	record(
		{
			/** The played session's id (absent in checkpoints saved before it existed). */
			sessionId: v.optional(label(100, 'a session id')),
			routineId: label(100, 'a routine id'),
			routineTitle: label(200, 'a routine title'),
			startedAt: timeMs(),
			savedAt: timeMs(),
			stepIndex: whole(0, MAX_STEPS, 'a step index'),
			stepCount: whole(0, MAX_STEPS, 'a step count'),
			/** The engine's JSON snapshot; opaque to storage, the player validates it. */
			snapshot: v.unknown(),
			painBefore: v.optional(pain())
		},
		'a checkpoint'
	),
	v.rawCheck((context) => relate(context, checkpointRelation))
);
export type Checkpoint = v.InferOutput<typeof CheckpointSchema>;

/**
 * A custom routine as stored: the routine plus when it was saved (which wins a merge).
 * `routine` is checked by parseRoutine (routine/parse.ts), which also migrates old formats.
 */
export const CustomRoutineRecordSchema = record(
	{
		id: label(100, 'an id'),
		savedAt: timeMs(),
		routine: v.unknown()
	},
	'a custom routine'
);

/**
 * A builder draft (DB v2): the routine as typed so far, valid or not, so a reload loses
 * nothing. `draft` is read back loosely by the builder; it never plays without parseRoutine.
 */
export interface DraftRecord {
	/** The custom routine's id being edited, or 'new'. */
	id: string;
	savedAt: number;
	draft: unknown;
}

/** A validated custom routine record. */
export interface CustomRoutineRecord {
	id: string;
	savedAt: number;
	routine: Routine;
}
