import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testPlan } from '../plan/fixtures';
import { mark } from '../plan/ledger';
import { changePhase, startRun } from '../plan/run';
import { planDay } from '../plan/schedule';
import { deleteAllData, exportBackup, parseBackup } from './backup';
import { importBackup } from './backup-import';
import { closeDb, DB_NAME, DB_VERSION, getDb } from './db';
import { freshDatabase } from './fixtures/setup';
import { session } from './fixtures/factories';
import { addSession, listSessions } from './history';
import { planCsv } from './plan-csv';
import {
	activePlanRun,
	deleteLedgerEntry,
	listAllLedger,
	listLedger,
	listPlanRuns,
	saveLedgerEntry,
	savePlanRun
} from './plans';

const H = 3_600_000;
const START = Date.UTC(2026, 4, 4, 8); // 08:00 UTC
const run = (id: string, startedAt = START) =>
	startRun({
		id,
		plan: testPlan(),
		titles: { 'walk-break': 'Walk break', 'cold-compress': 'Cold compress' },
		startedAt,
		timeZone: 'UTC',
		waking: { from: '09:00', to: '21:00' },
		now: startedAt
	});
const day0 = planDay({
	plan: testPlan(),
	phaseIndex: 0,
	startedAt: START,
	date: { year: 2026, month: 5, day: 4 },
	waking: { from: '09:00', to: '21:00' },
	timeZone: 'UTC'
});

beforeEach(() => freshDatabase());
afterEach(() => closeDb());

describe('plan runs and their ledger', () => {
	it('keeps one active run: starting another stops the first', async () => {
		await savePlanRun(run('a'), { now: START });
		expect((await activePlanRun())?.id).toBe('a');
		await savePlanRun(run('b', START + H), { now: START + H });
		expect((await activePlanRun())?.id).toBe('b');
		const runs = await listPlanRuns();
		expect(runs.map((r) => [r.id, r.stoppedAt])).toEqual([
			['b', undefined],
			['a', START + H]
		]);
	});

	it('saves phase changes and settings, and ignores a broken stored run', async () => {
		const moved = {
			...changePhase(run('a'), {
				to: 1,
				reason: 'Day 4 has come.',
				by: 'schedule',
				now: START + 3 * 24 * H
			}),
			reminders: true,
			quietHours: { from: '12:00', to: '14:00' }
		};
		await savePlanRun(moved, { now: START });
		expect(await activePlanRun()).toEqual(moved);
		const db = (await getDb())!;
		await db.put('plan-runs', { ...moved, id: 'bad', phaseIndex: 7 });
		expect((await listPlanRuns()).map((r) => r.id)).toEqual(['a']);
	});

	it('records, lists and takes back ledger marks', async () => {
		const done = mark({ runId: 'a', occurrence: day0[0]!, status: 'done', now: START + 2 * H });
		const skipped = mark({
			runId: 'a',
			occurrence: day0[1]!,
			status: 'skipped',
			now: START + 3 * H
		});
		await saveLedgerEntry(skipped);
		await saveLedgerEntry(done);
		await saveLedgerEntry(
			mark({ runId: 'other', occurrence: day0[0]!, status: 'done', now: START })
		);
		expect(await listLedger('a')).toEqual([done, skipped]);
		await deleteLedgerEntry(done.id);
		expect(await listLedger('a')).toEqual([skipped]);
	});
});

describe('backup, CSV and delete all', () => {
	async function populate() {
		await savePlanRun(run('a'), { now: START });
		await saveLedgerEntry(
			mark({ runId: 'a', occurrence: day0[0]!, status: 'done', now: START + 2 * H })
		);
		await addSession(
			session({
				routineId: 'walk-break',
				routineTitle: 'Walk break',
				startedAt: START + 4 * H,
				endedAt: START + 4 * H + 300_000,
				// A record may not claim more active time than it lasted (records.ts).
				activeSeconds: 280
			})
		);
	}

	it('exports plans and their ledger, and imports them back after a wipe', async () => {
		await populate();
		const backup = await exportBackup({ now: START + 10 * H });
		expect(backup.planRuns.map((r) => r.id)).toEqual(['a']);
		expect(backup.planLedger).toHaveLength(1);
		expect(await deleteAllData()).toBe(true);
		expect(await listPlanRuns()).toEqual([]);
		expect(await listAllLedger()).toEqual([]);
		const result = await importBackup(JSON.parse(JSON.stringify(backup)));
		expect(result).toMatchObject({ ok: true, added: 3 });
		expect(await exportBackup({ now: START + 10 * H })).toEqual(backup);
	});

	it('reads a backup without plans (older files) and names the path of a bad plan run', async () => {
		await populate();
		const { planRuns: _r, planLedger: _l, ...old } = await exportBackup({ now: START });
		const parsed = parseBackup(JSON.parse(JSON.stringify(old)));
		expect(parsed.ok && parsed.backup.planRuns).toEqual([]);
		const bad = JSON.parse(JSON.stringify(await exportBackup({ now: START }))) as {
			planRuns: { waking: unknown }[];
		};
		bad.planRuns[0]!.waking = { from: '9am', to: '21:00' };
		const result = parseBackup(bad);
		expect(result.ok ? [] : result.errors).toEqual([
			'planRuns[0].waking.from: expected a time of day like "09:00" (24-hour), got "9am"'
		]);
	});

	it('writes the plan log as CSV: done by playing, by hand, and missed', async () => {
		await populate();
		const csv = planCsv({
			runs: await listPlanRuns(),
			entries: await listAllLedger(),
			sessions: await listSessions(),
			now: START + 6 * H + 1, // 14:00 UTC
			formatDate: (ms) => new Date(ms).toISOString().slice(11, 16)
		});
		expect(csv.split('\r\n')).toEqual([
			'due,plan,phase,routine,status,how,marked at',
			'09:00,Test plan,First,Walk break,done,marked by hand,10:00',
			'10:00,Test plan,First,Cold compress,due,,',
			'12:00,Test plan,First,Walk break,done,played in Backbeat,12:05',
			''
		]);
	});
});

describe('upgrading the database', () => {
	it('opens a version 1 database at the current version, keeping its records and adding the plan stores', async () => {
		// Build a v1 database with the raw API, the way the previous build left it.
		await new Promise<void>((resolve, reject) => {
			const request = indexedDB.open(DB_NAME, 1);
			request.onupgradeneeded = () => {
				const db = request.result;
				const sessions = db.createObjectStore('sessions', { keyPath: 'id' });
				sessions.createIndex('by-start', 'startedAt');
				sessions.createIndex('by-routine', 'routineId');
				for (const name of ['settings', 'active']) db.createObjectStore(name);
				db.createObjectStore('custom-routines', { keyPath: 'id' });
				const checkins = db.createObjectStore('checkins', { keyPath: 'id' });
				checkins.createIndex('by-time', 'time');
				checkins.createIndex('by-session', 'sessionId');
				sessions.put(session({ id: 'old' }));
			};
			request.onsuccess = () => {
				request.result.close();
				resolve();
			};
			request.onerror = () => reject(request.error ?? new Error('open failed'));
		});
		const db = (await getDb())!;
		expect(db.version).toBe(DB_VERSION);
		expect([...db.objectStoreNames]).toEqual(expect.arrayContaining(['plan-runs', 'plan-ledger']));
		expect((await listSessions()).map((s) => s.id)).toEqual(['old']);
		await savePlanRun(run('a'), { now: START });
		expect((await activePlanRun())?.id).toBe('a');
	});
});
