import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { checkin, session } from './fixtures/factories';
import { CheckinSchema, SessionRecordSchema } from './records';
import { looksLikeCheckin, looksLikeSession, validCheckins, validSessions } from './record-guards';

// Values at every boundary the schemas draw.
const EDGES: unknown[] = [
	undefined,
	null,
	NaN,
	Infinity,
	-Infinity,
	-1,
	0,
	0.5,
	1,
	10,
	11,
	86_400,
	86_401,
	100_000,
	100_001,
	'',
	'x',
	'x'.repeat(100),
	'x'.repeat(101),
	'x'.repeat(200),
	'x'.repeat(201),
	'finished',
	'ended',
	'before',
	'after',
	'hurts',
	[],
	{},
	true
];
const tricky = fc.oneof(
	{ arbitrary: fc.constantFrom(...EDGES), weight: 4 },
	{ arbitrary: fc.anything(), weight: 1 }
);

const sessionBase = () => session() as Record<string, unknown>;
const checkinBase = () => checkin({ stepIndex: 2, routineId: 'r' }) as Record<string, unknown>;
const keysOf = (base: () => Record<string, unknown>) => [
	...new Set([...Object.keys(base()), 'stepIndex', 'routineId', 'sessionId'])
];

/** A valid record with one to three fields replaced or removed, sometimes as an array. */
const mutated = (base: () => Record<string, unknown>) =>
	fc
		.tuple(
			fc.array(fc.tuple(fc.constantFrom(...keysOf(base)), tricky), { minLength: 1, maxLength: 3 }),
			fc.boolean()
		)
		.map(([changes, asArray]) => {
			const record = { ...base(), ...Object.fromEntries(changes) };
			return asArray ? Object.assign([], record) : record;
		});

/** Every single-field change to every edge value. */
const singleChanges = (base: () => Record<string, unknown>) =>
	keysOf(base).flatMap((key) => EDGES.map((value) => ({ ...base(), [key]: value })));

describe('record guards', () => {
	it('never accept a session the schema rejects', () => {
		for (const r of singleChanges(sessionBase)) {
			if (looksLikeSession(r)) expect(v.is(SessionRecordSchema, r), JSON.stringify(r)).toBe(true);
		}
		fc.assert(
			fc.property(mutated(sessionBase), (r) => {
				if (looksLikeSession(r)) expect(v.is(SessionRecordSchema, r)).toBe(true);
			}),
			{ numRuns: 1000 }
		);
	});

	it('never accept a check-in the schema rejects', () => {
		fc.assert(
			fc.property(
				mutated(() => checkin({ stepIndex: 2, routineId: 'r' })),
				(r) => {
					if (looksLikeCheckin(r)) expect(v.is(CheckinSchema, r)).toBe(true);
				}
			),
			{ numRuns: 1000 }
		);
	});

	it('take the fast path for the records the app writes', () => {
		expect(looksLikeSession(session())).toBe(true);
		expect(looksLikeSession(session({ painBefore: null, painAfter: undefined }))).toBe(true);
		expect(looksLikeCheckin(checkin())).toBe(true);
		expect(looksLikeCheckin(checkin({ sessionId: 's-1', moment: 'before', stepIndex: 0 }))).toBe(
			true
		);
	});

	it('filter exactly as the schemas do', () => {
		fc.assert(
			fc.property(fc.array(mutated(sessionBase), { maxLength: 20 }), (records) => {
				expect(validSessions(records)).toEqual(records.filter((r) => v.is(SessionRecordSchema, r)));
			})
		);
		fc.assert(
			fc.property(fc.array(mutated(checkinBase), { maxLength: 20 }), (records) => {
				expect(validCheckins(records)).toEqual(records.filter((r) => v.is(CheckinSchema, r)));
			})
		);
	});
});
