/**
 * One-file backups: export everything as versioned JSON, import by merging. An import is checked
 * completely before anything is written, then written in one transaction, so a bad file never
 * leaves half a backup behind.
 */
import * as v from 'valibot';
import { issueLines } from '../routine/issues';
import { jsonError, parseRoutine } from '../routine/parse';
import { describeValue } from '../routine/quote';
import type { StoreName } from './db';
import { readCustomRoutine } from './custom-routines';
import { forgetFirstPaint } from './first-paint';
import {
	CheckinSchema,
	CheckpointSchema,
	CustomRoutineRecordSchema,
	SessionRecordSchema,
	timeMs,
	type Checkin,
	type Checkpoint,
	type CustomRoutineRecord,
	type SessionRecord
} from './records';
import { LedgerEntrySchema, PlanRunRecordSchema, readRun } from './plan-records';
import { listAllLedger, listPlanRuns } from './plans';
import type { LedgerEntry } from '../plan/ledger';
import type { PlanRun } from '../plan/run';
import { loadCheckpoint } from './session';
import { loadSettings, normalizeSettings, type Settings } from './settings';
import { clearStores, getAll } from './store';

export { sessionsCsv } from './csv';

/** The newest backup format this app writes and reads. */
export const BACKUP_VERSION = 1;

export interface Backup {
	app: 'backbeat';
	kind: 'backup';
	backupVersion: typeof BACKUP_VERSION;
	exportedAt: number;
	settings: Settings;
	sessions: SessionRecord[];
	checkins: Checkin[];
	customRoutines: CustomRoutineRecord[];
	/** Plans followed (with their settings) and their ledger; absent in older backups. */
	planRuns: PlanRun[];
	planLedger: LedgerEntry[];
	active?: Checkpoint;
}

/** Everything stored, valid records only (an invalid one would make the file unimportable). */
export async function exportBackup(options: { now?: number } = {}): Promise<Backup> {
	const [settings, sessions, checkins, routines, active, planRuns, planLedger] = await Promise.all([
		loadSettings(),
		getAll('sessions'),
		getAll('checkins'),
		getAll('custom-routines'),
		loadCheckpoint(),
		listPlanRuns(),
		listAllLedger()
	]);
	return {
		app: 'backbeat',
		kind: 'backup',
		backupVersion: BACKUP_VERSION,
		exportedAt: options.now ?? Date.now(),
		settings,
		sessions: sessions
			.filter((r) => v.is(SessionRecordSchema, r))
			.sort((a, b) => a.startedAt - b.startedAt),
		checkins: checkins.filter((r) => v.is(CheckinSchema, r)).sort((a, b) => a.time - b.time),
		customRoutines: routines
			.map(readCustomRoutine)
			.filter((r): r is CustomRoutineRecord => r !== undefined),
		planRuns: planRuns.sort((a, b) => a.startedAt - b.startedAt),
		planLedger,
		...(active ? { active } : {})
	};
}

const got = (issue: { input: unknown }) => `got ${describeValue(issue.input)}`;
const listOf = <T extends v.GenericSchema>(item: T, what: string) =>
	v.optional(
		v.array(item, (issue) => `expected a list of ${what}, ${got(issue)}`),
		[]
	);

const BackupSchema = v.object(
	{
		// app, kind and backupVersion were checked by migrateBackup; these give the types.
		app: v.literal('backbeat'),
		kind: v.literal('backup'),
		backupVersion: v.literal(BACKUP_VERSION),
		exportedAt: timeMs(),
		// Settings are filled field by field like stored ones: one odd value must not block
		// restoring years of history.
		settings: v.optional(v.unknown()),
		sessions: listOf(SessionRecordSchema, 'sessions'),
		checkins: listOf(CheckinSchema, 'check-ins'),
		customRoutines: listOf(CustomRoutineRecordSchema, 'custom routines'),
		planRuns: listOf(PlanRunRecordSchema, 'plan runs'),
		planLedger: listOf(LedgerEntrySchema, 'plan ledger entries'),
		active: v.nullish(CheckpointSchema)
	},
	(issue) => `expected a backup as an object, ${got(issue)}`
);

/** Upgrades older backup versions, one function per version (none yet: 1 is the first). */
const upgrades: Record<number, (old: Record<string, unknown>) => Record<string, unknown>> = {};

/** At most this many errors are listed; a wrong file would otherwise list thousands. */
const MAX_ERRORS = 20;

export type ParseBackupResult = { ok: true; backup: Backup } | { ok: false; errors: string[] };

/** Checks a backup (JSON text or parsed) completely, naming the path of every problem. */
export function parseBackup(input: unknown): ParseBackupResult {
	let value = input;
	if (typeof input === 'string') {
		try {
			value = JSON.parse(input);
		} catch (error) {
			return { ok: false, errors: [`(file): not valid JSON: ${jsonError(error)}`] };
		}
	}
	const migrated = migrateBackup(value);
	if (!migrated.ok) return migrated;
	const result = v.safeParse(BackupSchema, migrated.value, { abortPipeEarly: true });
	const errors = result.success ? [] : issueLines(result.issues, '(backup)');
	// Routines are checked even when other parts failed, so one pass lists every problem.
	const routines = checkRoutines(migrated.value.customRoutines, errors);
	if (!result.success || errors.length > 0) return { ok: false, errors: cap(errors) };
	const { active, settings, planRuns, ...rest } = result.output;
	return {
		ok: true,
		backup: {
			...rest,
			planRuns: planRuns.map(readRun).filter((r): r is PlanRun => r !== undefined),
			settings: normalizeSettings(settings),
			customRoutines: routines,
			...(active ? { active } : {})
		}
	};
}

/** Runs each custom routine through parseRoutine (which also migrates old formats). */
function checkRoutines(input: unknown, errors: string[]): CustomRoutineRecord[] {
	if (!Array.isArray(input)) return [];
	const out: CustomRoutineRecord[] = [];
	input.forEach((record: unknown, i) => {
		if (typeof record !== 'object' || record === null) return; // reported by the schema
		const { id, savedAt, routine } = record as Record<string, unknown>;
		const at = `customRoutines[${i}].routine`;
		const parsed = parseRoutine(routine);
		if (!parsed.ok) {
			errors.push(
				...parsed.errors.map((e) =>
					e.startsWith('(routine)') ? at + e.slice(9) : e.startsWith('[') ? at + e : `${at}.${e}`
				)
			);
		} else if (id !== parsed.routine.id) {
			errors.push(
				`customRoutines[${i}].id: expected the routine's id "${parsed.routine.id}", got ${describeValue(id)}`
			);
		} else {
			out.push({ id, savedAt: savedAt as number, routine: parsed.routine });
		}
	});
	return out;
}

const cap = (errors: string[]) =>
	errors.length <= MAX_ERRORS
		? errors
		: [...errors.slice(0, MAX_ERRORS), `…and ${errors.length - MAX_ERRORS} more problems`];

function migrateBackup(
	input: unknown
): { ok: true; value: Record<string, unknown> } | { ok: false; errors: string[] } {
	if (typeof input !== 'object' || input === null || Array.isArray(input)) {
		return { ok: false, errors: ['(backup): expected a Backbeat backup as an object'] };
	}
	const value = input as Record<string, unknown>;
	const shown = describeValue;
	if (value.app !== 'backbeat') {
		return {
			ok: false,
			errors: [`app: expected "backbeat" (this is not a Backbeat backup), got ${shown(value.app)}`]
		};
	}
	if (value.kind !== 'backup') {
		return { ok: false, errors: [`kind: expected "backup", got ${shown(value.kind)}`] };
	}
	const version = value.backupVersion;
	if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
		return {
			ok: false,
			errors: [
				`backupVersion: expected a whole number from 1 to ${BACKUP_VERSION}, got ${shown(version)}`
			]
		};
	}
	if (version > BACKUP_VERSION) {
		return {
			ok: false,
			errors: [
				`backupVersion: this backup was made by a newer Backbeat (backup version ${version}); this version reads up to ${BACKUP_VERSION}. Update the app to import it.`
			]
		};
	}
	let out = value;
	for (let n = version; n < BACKUP_VERSION; n++) {
		const step = upgrades[n];
		if (!step) return { ok: false, errors: [`backupVersion: no upgrade from version ${n}`] };
		out = { ...step(out), backupVersion: n + 1 };
	}
	return { ok: true, value: out };
}

const ALL_STORES: StoreName[] = [
	'settings',
	'sessions',
	'active',
	'custom-routines',
	'checkins',
	'drafts',
	'plan-runs',
	'plan-ledger',
	'cache'
];

/**
 * Erases every stored record ("delete all my data"): health data is the person's to remove.
 * Resolves false when IndexedDB refused (the status says why).
 */
export function deleteAllData(): Promise<boolean> {
	forgetFirstPaint();
	return clearStores(ALL_STORES);
}
