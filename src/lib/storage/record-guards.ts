/**
 * Plain-JS fast paths for the record schemas, for bulk reads (the progress screen reads every
 * session on open). Each guard only ever accepts a record its valibot schema accepts (a spec
 * checks this on random records); anything it is unsure about goes to the schema, so the
 * schema stays the single definition of a valid record. Cold, valibot needs ~25 ms for
 * 10,000 sessions; these need ~1 ms.
 */
import * as v from 'valibot';
import { CheckinSchema, SessionRecordSchema, type Checkin, type SessionRecord } from './records';
import { sessionRelation } from './relations';
import { isSaneTime } from './times';

type Loose = Record<string, unknown>;

// Printable ASCII with something visible is plain text for sure; anything else asks the schema.
const text = (x: unknown, max: number) =>
	typeof x === 'string' && x.length <= max && /^[\x20-\x7e]+$/.test(x) && /[^ ]/.test(x);
const whole = (x: unknown, min: number, max: number) =>
	typeof x === 'number' && Number.isInteger(x) && x >= min && x <= max;
const time = (x: unknown) => isSaneTime(x);
const pain = (x: unknown) => x === undefined || x === null || whole(x, 0, 10);
const object = (x: unknown): x is Loose => typeof x === 'object' && x !== null && !Array.isArray(x);

/** True only for valid sessions; false means "ask the schema", not "invalid". */
export function looksLikeSession(r: unknown): r is SessionRecord {
	return (
		object(r) &&
		text(r.id, 100) &&
		text(r.routineId, 100) &&
		whole(r.routineVersion, 1, 100_000) &&
		text(r.routineTitle, 200) &&
		time(r.startedAt) &&
		time(r.endedAt) &&
		whole(r.activeSeconds, 0, 86_400) &&
		whole(r.stepsCompleted, 0, 100_000) &&
		whole(r.stepsSkipped, 0, 100_000) &&
		whole(r.stepsTotal, 0, 100_000) &&
		(r.outcome === 'finished' || r.outcome === 'ended') &&
		pain(r.painBefore) &&
		pain(r.painAfter) &&
		sessionRelation(r as SessionRecord) === null
	);
}

/** True only for valid check-ins; false means "ask the schema". */
export function looksLikeCheckin(r: unknown): r is Checkin {
	return (
		object(r) &&
		text(r.id, 100) &&
		time(r.time) &&
		whole(r.score, 0, 10) &&
		(r.sessionId === undefined || r.sessionId === null || text(r.sessionId, 100)) &&
		(r.moment === 'before' || r.moment === 'after' || r.moment === 'hurts') &&
		(r.stepIndex === undefined || whole(r.stepIndex, 0, 100_000)) &&
		(r.routineId === undefined || text(r.routineId, 100))
	);
}

/** The valid sessions among `records`, in order. */
export const validSessions = (records: readonly unknown[]): SessionRecord[] =>
	records.filter((r): r is SessionRecord => looksLikeSession(r) || v.is(SessionRecordSchema, r));

/** The valid check-ins among `records`, in order. */
export const validCheckins = (records: readonly unknown[]): Checkin[] =>
	records.filter((r): r is Checkin => looksLikeCheckin(r) || v.is(CheckinSchema, r));
