/**
 * Issue 16: property-based fuzzing of backup parsing with mutated backups (seeded). Properties:
 * parsing never throws; every error is one short line; an accepted backup never makes the
 * progress screen's date formatting, the stats, the CSV export or its routines throw or
 * produce a number that is not finite, and the bulk-read guards keep every record it holds.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDayKey, formatSessionDate } from '$lib/text/format';
import { compile } from '$lib/engine';
import { FUZZ_SEED, FUZZ_TIMEOUT_MS, mutated, mutatedText } from '$lib/routine/mutations';
import { parseBackup, sessionsCsv, type ParseBackupResult } from './backup';
import { validCheckins, validSessions } from './record-guards';
import { computeStats } from './stats';

const valid: unknown = JSON.parse(
	readFileSync(new URL('./fixtures/backup-v1.json', import.meta.url), 'utf8')
);

const finiteEverywhere = (value: unknown, depth = 0): boolean => {
	if (typeof value === 'number') return Number.isFinite(value);
	if (typeof value !== 'object' || value === null || depth > 6) return true;
	return Object.values(value).every((v) => finiteEverywhere(v, depth + 1));
};

let accepted = 0;

function checkResult(result: ParseBackupResult) {
	if (!result.ok) {
		expect(result.errors.length).toBeGreaterThan(0);
		expect(result.errors.length).toBeLessThanOrEqual(21);
		for (const error of result.errors) {
			expect(error.length).toBeLessThanOrEqual(300);
			expect(error).not.toContain('\n');
		}
		return;
	}
	accepted++;
	const { sessions, checkins, customRoutines, active } = result.backup;
	for (const s of sessions) {
		expect(new Date(s.startedAt).toISOString()).toMatch(/^2\d{3}-/);
		expect(formatSessionDate(s.startedAt)).not.toBe('');
		expect(s.endedAt).toBeGreaterThanOrEqual(s.startedAt);
		expect(s.stepsCompleted + s.stepsSkipped).toBeLessThanOrEqual(s.stepsTotal);
	}
	for (const c of checkins) expect(new Date(c.time).toISOString()).toMatch(/^2\d{3}-/);
	if (active) expect(active.stepIndex).toBeLessThan(active.stepCount);
	// What was accepted is what the progress screen shows: nothing silently dropped later.
	expect(validSessions(sessions)).toHaveLength(sessions.length);
	expect(validCheckins(checkins)).toHaveLength(checkins.length);
	const stats = computeStats({ sessions, checkins, now: Date.now(), utcOffset: () => 60 });
	expect(finiteEverywhere(stats)).toBe(true);
	for (const key of Object.keys(stats.calendar)) expect(formatDayKey(key)).not.toBe('');
	const csv = sessionsCsv(sessions);
	expect(csv.split('\r\n')).toHaveLength(sessions.length + 2);
	for (const { routine } of customRoutines)
		expect(compile(routine).segments.length).toBeGreaterThan(0);
}

describe('backup parser fuzz (issue 16)', () => {
	it(
		'never throws on mutated backups and accepts only usable ones',
		() => {
			fc.assert(
				fc.property(mutated(valid), (input) => checkResult(parseBackup(input))),
				{ seed: FUZZ_SEED, numRuns: 1500 }
			);
			expect(accepted).toBeGreaterThan(20);
		},
		FUZZ_TIMEOUT_MS
	);

	it(
		'never throws on mutated, truncated or random backup text',
		() => {
			fc.assert(
				fc.property(mutatedText(valid), (text) => checkResult(parseBackup(text))),
				{ seed: FUZZ_SEED + 1, numRuns: 800 }
			);
		},
		FUZZ_TIMEOUT_MS
	);
});
