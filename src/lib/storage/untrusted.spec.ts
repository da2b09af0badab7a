/**
 * Issue 16, defects 1, 3, 5, 6 and 7 for backups and stored records, from the minimal
 * reproductions in the issue: each was accepted (or crashed the validator) before.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sessionOf } from '$lib/player/records';
import { makeRoutine } from '$lib/engine/fixtures';
import type { PlaybackView } from '$lib/engine';
import { parseBackup } from './backup';
import { sessionsCsv } from './csv';
import { session } from './fixtures/factories';
import { looksLikeSession, validSessions } from './record-guards';

const fixture = readFileSync(new URL('./fixtures/backup-v1.json', import.meta.url), 'utf8');
type Loose = Record<string, unknown> & {
	sessions: Record<string, unknown>[];
	checkins: Record<string, unknown>[];
	active?: Record<string, unknown>;
};
const backup = (change: (b: Loose) => void = () => {}) => {
	const b = JSON.parse(fixture) as Loose;
	change(b);
	return b;
};
const deep = (n: number): unknown => JSON.parse('['.repeat(n) + ']'.repeat(n));
const errorsOf = (input: unknown) => {
	const result = parseBackup(input);
	return result.ok ? [] : result.errors;
};

describe('defect 1: dates a Date cannot hold', () => {
	it('rejects startedAt 8640000000000001 (it made toISOString and the CSV throw)', () => {
		expect(errorsOf(backup((b) => (b.sessions[0]!.startedAt = 8_640_000_000_000_001)))).toEqual([
			'sessions[0].startedAt: expected a time in ms from the year 2000 to tomorrow, got 8640000000000001'
		]);
	});

	it.each([
		['before 2000', Date.UTC(1999, 11, 31)],
		['two days ahead', Date.now() + 2 * 86_400_000],
		['negative', -1],
		['not finite', Infinity]
	])('rejects a check-in time %s', (_, time) => {
		expect(errorsOf(backup((b) => (b.checkins[0]!.time = time)))[0]).toMatch(
			/^checkins\[0\]\.time: expected a time in ms from the year 2000 to tomorrow/
		);
	});

	it('accepts every date in the window, and the CSV formats them', () => {
		const result = parseBackup(backup((b) => (b.sessions[0]!.endedAt = Date.now() + 3_600_000)));
		expect(result.ok).toBe(true);
		if (result.ok) expect(sessionsCsv(result.backup.sessions)).toContain('Pelvic tilts');
	});
});

describe('defect 3: impossible records', () => {
	it.each([
		[
			'ends before it starts',
			{ endedAt: 1709283500000 },
			'sessions[0].endedAt: ends before it starts'
		],
		[
			'more active time than it lasted',
			{ activeSeconds: 700 },
			'sessions[0].activeSeconds: more active time (700 s) than the session lasted (600 s)'
		],
		[
			'more steps done and skipped than the routine has',
			{ stepsCompleted: 8, stepsSkipped: 1 },
			'sessions[0].stepsTotal: 8 completed and 1 skipped steps, but the routine has 8'
		]
	])('rejects a session that %s', (_, change, error) => {
		expect(errorsOf(backup((b) => Object.assign(b.sessions[0]!, change)))).toEqual([error]);
		const stored = { ...session(), ...change, startedAt: 1709283600000, endedAt: 1709284200000 };
		Object.assign(stored, change);
		expect(looksLikeSession(stored)).toBe(false);
		expect(validSessions([stored])).toEqual([]);
	});

	const active = (change: Record<string, unknown>) =>
		backup((b) => {
			b.active = {
				routineId: 'my-routine',
				routineTitle: 'My routine',
				startedAt: 1709370000000,
				savedAt: 1709370060000,
				stepIndex: 1,
				stepCount: 2,
				snapshot: { routineId: 'my-routine' },
				...change
			};
		});

	it('accepts a consistent checkpoint', () => {
		expect(errorsOf(active({}))).toEqual([]);
	});

	it.each([
		[
			'a step index past its step count',
			{ stepIndex: 5 },
			'active.stepIndex: step 6 of a routine of 2'
		],
		[
			'saved before it started',
			{ savedAt: 1709369000000 },
			'active.savedAt: saved before it started'
		],
		[
			'a snapshot of another routine',
			{ snapshot: { routineId: 'other' } },
			'active.snapshot: belongs to another routine than the checkpoint'
		],
		[
			'a list for a snapshot',
			{ snapshot: [] },
			'active.snapshot: expected a playback snapshot as an object'
		],
		[
			'a deeply nested snapshot',
			{ snapshot: { routineId: 'my-routine', done: deep(5000) } },
			'active.snapshot: expected a playback snapshot, got something nested deeper'
		]
	])('rejects a checkpoint with %s', (_, change, error) => {
		expect(errorsOf(active(change))).toEqual([error]);
	});

	it('never records a session that ends before it starts, even if the clock went back', () => {
		const routine = makeRoutine([{ type: 'rest', duration: 60 }]);
		const view = {
			elapsedActiveMs: 60_000,
			stepsDone: [0],
			stepsSkipped: [],
			stepCount: 1,
			status: 'finished'
		} as unknown as PlaybackView;
		const startedAt = Date.UTC(2026, 0, 1, 9);
		const record = sessionOf({
			info: { id: 'clock-went-back', routine, startedAt },
			view,
			endedAt: startedAt - 3_600_000
		});
		expect(record.endedAt).toBe(startedAt + 60_000);
		expect(looksLikeSession({ ...record, id: 'x' })).toBe(true);
	});
});

describe('defects 5 and 6: deep and huge values in backups', () => {
	const deepText = (n: number) => '['.repeat(n) + ']'.repeat(n);

	it.each(['app', 'kind', 'backupVersion'])(
		'describes a 5,000-deep %s in one short line',
		(key) => {
			const text = fixture.replace(new RegExp(`"${key}": [^,]+,`), `"${key}": ${deepText(5000)},`);
			const errors = errorsOf(text);
			expect(errors).toHaveLength(1);
			expect(errors[0]).toMatch(new RegExp(`^${key}: .*got a list`));
		}
	);

	it('describes a 5,000-deep custom routine id', () => {
		const text = fixture.replace('"id": "my-routine",', `"id": ${deepText(5000)},`);
		expect(errorsOf(text).join('\n')).toMatch(/got a list/);
	});

	it('quotes a 1 MB value by a short prefix', () => {
		const errors = errorsOf(backup((b) => (b.sessions[0]!.outcome = 'x'.repeat(1 << 20))));
		expect(errors).toEqual([
			`sessions[0].outcome: expected one of "finished", "ended", got "${'x'.repeat(40)}"… (1,048,576 characters)`
		]);
	});

	it('reports a list where a session belongs as "expected an object"', () => {
		expect(errorsOf(backup((b) => (b.sessions[0] = [] as never)))).toEqual([
			'sessions[0]: expected an object, got a list'
		]);
	});
});

describe('defect 8: labels in records are plain text', () => {
	it('rejects a routine title with a right-to-left override', () => {
		expect(errorsOf(backup((b) => (b.sessions[0]!.routineTitle = 'Pelvic \u202Estlit')))).toEqual([
			'sessions[0].routineTitle: expected a routine title as plain text: it contains a text-direction control (U+202E) that can disguise text'
		]);
	});

	it('rejects an invisible-only id', () => {
		expect(errorsOf(backup((b) => (b.checkins[0]!.id = '\u200B\u200B')))[0]).toBe(
			'checkins[0].id: expected an id as plain text: it contains an invisible character (U+200B)'
		);
	});
});
