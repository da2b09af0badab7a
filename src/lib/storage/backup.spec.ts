import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BACKUP_VERSION, deleteAllData, exportBackup, parseBackup } from './backup';
import { importBackup } from './backup-import';
import { addCheckin, listCheckins } from './checkins';
import { listCustomRoutines, saveCustomRoutine } from './custom-routines';
import { closeDb, getDb } from './db';
import { checkin, routine, session } from './fixtures/factories';
import { freshDatabase, patchObjectStore } from './fixtures/setup';
import { addSession, countSessions, getSession, listSessions } from './history';
import { loadCheckpoint, saveCheckpoint, type Checkpoint } from './session';
import { DEFAULT_SETTINGS, loadSettings, saveSettings } from './settings';
import { getStorageStatus } from './status';

const NOW = 1_710_000_000_000;
const fixture = readFileSync(new URL('./fixtures/backup-v1.json', import.meta.url), 'utf8');
const checkpoint: Checkpoint = {
	routineId: 'my-routine',
	routineTitle: 'My routine',
	startedAt: NOW - 60_000,
	savedAt: NOW - 1_000,
	stepIndex: 1,
	stepCount: 2,
	snapshot: { routineId: 'my-routine', at: 59_000 }
};

async function populate() {
	await saveSettings({ volume: 0.4, theme: 'light' });
	const sessions = [
		await addSession(session({ painBefore: null, painAfter: undefined })),
		await addSession(session()),
		await addSession(session({ outcome: 'ended', routineTitle: '=HYPERLINK("x")' }))
	];
	const checkins = [
		await addCheckin(checkin({ sessionId: sessions[0]!.id, moment: 'before' })),
		await addCheckin(checkin({ stepIndex: 3, routineId: 'pelvic-tilts' }))
	];
	await saveCustomRoutine(routine(), { now: NOW - 5 });
	await saveCheckpoint(checkpoint);
	return { sessions, checkins };
}

/** Everything IndexedDB holds, read raw (no memory overlay, no validation). */
async function rawDump() {
	const db = (await getDb())!;
	const stores = ['settings', 'sessions', 'active', 'custom-routines', 'checkins'] as const;
	const entries = await Promise.all(
		stores.map(async (s) => [s, (await db.getAll(s)) as unknown[]] as const)
	);
	return Object.fromEntries(entries) as Record<(typeof stores)[number], unknown[]>;
}

let restore: (() => void) | undefined;
beforeEach(() => freshDatabase());
afterEach(() => {
	restore?.();
	restore = undefined;
	closeDb();
});

describe('export and import', () => {
	it('round trips: export → wipe → import gives identical data', async () => {
		await populate();
		const exported = await exportBackup({ now: NOW });
		expect(exported).toMatchObject({
			app: 'backbeat',
			kind: 'backup',
			backupVersion: 1,
			exportedAt: NOW
		});
		expect(exported.sessions).toHaveLength(3);
		expect(exported.active).toEqual(checkpoint);
		const before = await rawDump();

		freshDatabase();
		expect(await countSessions()).toBe(0);
		const result = await importBackup(JSON.stringify(exported));
		expect(result).toEqual({ ok: true, saved: true, added: 6, replaced: 0, skipped: 0 });
		expect(await exportBackup({ now: NOW })).toEqual(exported);
		expect(await rawDump()).toEqual(before);
	});

	it('imports the frozen v1 fixture', async () => {
		const result = await importBackup(fixture);
		expect(result).toEqual({ ok: true, saved: true, added: 5, replaced: 0, skipped: 0 });
		expect(await loadSettings()).toMatchObject({ volume: 0.6, theme: 'dark', vibration: false });
		expect((await listSessions()).map((s) => s.routineId)).toEqual(['my-routine', 'pelvic-tilts']);
		expect(await listCheckins()).toHaveLength(2);
		expect((await listCustomRoutines())[0]?.routine.steps).toHaveLength(2);
	});

	it('merges without duplicates; on a conflict the later record wins', async () => {
		const kept = await addSession(session({ endedAt: NOW }));
		const older = await addSession(session({ endedAt: NOW - 10 }));
		const unchanged = await addSession(session());
		const c = await addCheckin(checkin({ time: NOW }));
		const backup = await exportBackup({ now: NOW });
		const newSession = session();
		backup.sessions = [
			{ ...kept, endedAt: NOW - 1, activeSeconds: 1 }, // stored one is later: skipped
			{ ...older, endedAt: NOW, activeSeconds: 2 }, // backup one is later: replaces
			{ ...unchanged }, // identical: skipped
			newSession,
			{ ...newSession } // twice in the file: still one record
		];
		backup.checkins = [{ ...c, score: 9, time: NOW - 5 }, checkin()];
		const result = await importBackup(backup);
		expect(result).toEqual({ ok: true, saved: true, added: 2, replaced: 1, skipped: 4 });
		expect(await countSessions()).toBe(4);
		expect(await getSession(kept.id)).toEqual(kept);
		expect(await getSession(older.id)).toMatchObject({ activeSeconds: 2, endedAt: NOW });
		expect(await getSession(newSession.id)).toEqual(newSession);
		expect((await listCheckins()).find((x) => x.id === c.id)?.score).toBe(c.score);

		// Importing the same file again changes nothing.
		expect(await importBackup(backup)).toMatchObject({ added: 0, replaced: 0 });
		expect(await countSessions()).toBe(4);
	});

	it('keeps this device’s settings and active session unless asked', async () => {
		await saveSettings({ volume: 0.1 });
		await saveCheckpoint({ ...checkpoint, stepIndex: 0 });
		const backup = JSON.parse(fixture) as Record<string, unknown>;
		backup.active = checkpoint;
		await importBackup(backup);
		expect((await loadSettings()).volume).toBe(0.1);
		expect((await loadCheckpoint())?.stepIndex).toBe(0);
		await importBackup(backup, { settings: 'replace' });
		expect((await loadSettings()).volume).toBe(0.6);
	});

	it('restores an old backup’s voice switch as voice guidance', async () => {
		const backup = JSON.parse(fixture) as { settings: Record<string, unknown> };
		expect((await importBackup(backup, { settings: 'replace' })).ok).toBe(true);
		expect((await loadSettings()).voiceGuidance).toBe('full');
		backup.settings.voiceOn = false;
		expect((await importBackup(backup, { settings: 'replace' })).ok).toBe(true);
		const loaded = await loadSettings();
		expect(loaded.voiceGuidance).toBe('off');
		expect(loaded).not.toHaveProperty('voiceOn');
	});

	it('fills defaults for odd settings in a backup instead of refusing it', async () => {
		const backup = JSON.parse(fixture) as { settings: Record<string, unknown> };
		backup.settings.volume = 'loud';
		expect((await importBackup(backup)).ok).toBe(true);
		expect((await loadSettings()).volume).toBe(DEFAULT_SETTINGS.volume);
	});

	it('keeps the import in memory and atomic when the disk is full', async () => {
		const mine = await addSession(session());
		restore = patchObjectStore('put', (call) => {
			if (getStorageStatus().status === 'ok') throw new DOMException('full', 'QuotaExceededError');
			return call();
		});
		const result = await importBackup(fixture);
		expect(result).toMatchObject({ ok: true, saved: false, added: 5 });
		expect(getStorageStatus().status).toBe('quota');
		expect(await countSessions()).toBe(3); // visible on this page
		restore();
		restore = undefined;
		const dump = await rawDump();
		expect(dump.sessions).toEqual([mine]); // nothing half-written
		expect(dump['custom-routines']).toEqual([]);
	});
});

describe('validation', () => {
	const errorsOf = (input: unknown) => {
		const result = parseBackup(input);
		return result.ok ? [] : result.errors;
	};

	it('names the JSON path of a bad field and leaves the database untouched', async () => {
		await populate();
		const backup = JSON.parse(fixture) as { sessions: Record<string, unknown>[] };
		backup.sessions = [0, 1, 2, 3].map((i) => ({ ...session(), id: `x${i}` }));
		backup.sessions[3]!.startedAt = 'yesterday';
		const before = await rawDump();
		const result = await importBackup(backup);
		expect(result).toEqual({
			ok: false,
			errors: [
				'sessions[3].startedAt: expected a time in ms from the year 2000 to tomorrow, got "yesterday"'
			]
		});
		expect(await rawDump()).toEqual(before);
	});

	it('lists every problem, including inside custom routines, capped at 20', () => {
		const backup = JSON.parse(fixture) as Record<string, never[]>;
		const bad = JSON.parse(fixture) as { customRoutines: { routine: { steps: unknown[] } }[] };
		bad.customRoutines[0]!.routine.steps[0] = { type: 'hold', name: 'x' };
		expect(errorsOf(bad).join('\n')).toMatch(/^customRoutines\[0\]\.routine\.steps\[0\]\./m);
		(bad as unknown as { sessions: unknown }).sessions = 'none';
		const both = errorsOf(bad);
		expect(both[0]).toBe('sessions: expected a list of sessions, got "none"');
		expect(both.slice(1).every((e) => e.startsWith('customRoutines[0].routine.steps[0].'))).toBe(
			true
		);
		const wrongId = JSON.parse(fixture) as { customRoutines: { id: string; routine: unknown }[] };
		wrongId.customRoutines[0]!.id = 'other';
		wrongId.customRoutines.push({ id: 'x', routine: 'nope' });
		expect(errorsOf(wrongId)).toEqual([
			'customRoutines[1].savedAt: missing (this field is required)',
			`customRoutines[0].id: expected the routine's id "my-routine", got "other"`,
			'customRoutines[1].routine: expected a routine as an object, got "nope"'
		]);
		const many = { ...backup, checkins: Array.from({ length: 30 }, () => ({ id: 'c' })) };
		const errors = errorsOf(many);
		expect(errors).toHaveLength(21);
		expect(errors[0]).toBe('checkins[0].time: missing (this field is required)');
		expect(errors[20]).toMatch(/more problems$/);
	});

	it('accepts backupVersion 1 and refuses newer ones with a clear message', () => {
		const v1 = JSON.parse(fixture) as Record<string, unknown>;
		expect(parseBackup(v1).ok).toBe(true);
		expect(BACKUP_VERSION).toBe(1);
		expect(errorsOf({ ...v1, backupVersion: 2 })).toEqual([
			'backupVersion: this backup was made by a newer Backbeat (backup version 2); this version reads up to 1. Update the app to import it.'
		]);
		expect(errorsOf({ ...v1, backupVersion: '1' })[0]).toMatch(
			/^backupVersion: expected a whole number/
		);
	});

	it('says clearly when the file is not a backup at all', () => {
		expect(errorsOf('{ nope')[0]).toMatch(/^\(file\): not valid JSON/);
		expect(errorsOf([])).toEqual(['(backup): expected a Backbeat backup as an object']);
		expect(errorsOf(routine())[0]).toMatch(/^app: expected "backbeat"/);
		expect(errorsOf({ app: 'backbeat', kind: 'routine' })).toEqual([
			'kind: expected "backup", got "routine"'
		]);
	});
});

describe('deleteAllData', () => {
	it('erases every store', async () => {
		await populate();
		expect(await deleteAllData()).toBe(true);
		const dump = await rawDump();
		expect(Object.values(dump).every((records) => records.length === 0)).toBe(true);
		expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
		expect(await loadCheckpoint()).toBeNull();
	});
});
