/**
 * Routines the person made or imported. Each save and each read goes through parseRoutine, so a
 * stored routine written in an older format is migrated and a broken one is never played.
 */
import { parseRoutine } from '../routine/parse';
import type { Routine } from '../routine/schema';
import type { CustomRoutineRecord } from './records';
import { commit, get, getAll } from './store';

export type { CustomRoutineRecord } from './records';

export type SaveRoutineResult =
	{ ok: true; record: CustomRoutineRecord } | { ok: false; errors: string[] };

/**
 * Validates and saves a routine (a new one, or a new revision under the same id). Invalid input
 * is not saved and resolves to the path-named errors from parseRoutine.
 */
export async function saveCustomRoutine(
	input: unknown,
	options: { now?: number } = {}
): Promise<SaveRoutineResult> {
	const parsed = parseRoutine(input);
	if (!parsed.ok) return parsed;
	const record: CustomRoutineRecord = {
		id: parsed.routine.id,
		savedAt: options.now ?? Date.now(),
		routine: parsed.routine
	};
	await commit([{ store: 'custom-routines', put: record }]);
	return { ok: true, record };
}

/** A stored record, re-validated; undefined when unreadable. */
export function readCustomRoutine(stored: unknown): CustomRoutineRecord | undefined {
	if (typeof stored !== 'object' || stored === null) return undefined;
	const { id, savedAt, routine } = stored as Partial<CustomRoutineRecord>;
	if (typeof id !== 'string' || typeof savedAt !== 'number') return undefined;
	const parsed = parseRoutine(routine);
	return parsed.ok ? { id, savedAt, routine: parsed.routine } : undefined;
}

/** Every valid custom routine, most recently saved first. */
export async function listCustomRoutines(): Promise<CustomRoutineRecord[]> {
	const records = (await getAll('custom-routines')).map(readCustomRoutine);
	return records
		.filter((r): r is CustomRoutineRecord => r !== undefined)
		.sort((a, b) => b.savedAt - a.savedAt);
}

/** One custom routine, or undefined. */
export async function getCustomRoutine(id: string): Promise<Routine | undefined> {
	return readCustomRoutine(await get('custom-routines', id))?.routine;
}

/** Deletes a custom routine and resolves to its record (for Undo), or undefined. */
export async function deleteCustomRoutine(id: string): Promise<CustomRoutineRecord | undefined> {
	const record = await get('custom-routines', id);
	if (!record) return undefined;
	await commit([{ store: 'custom-routines', delete: id }]);
	return record;
}

/** Puts a deleted custom routine back as it was (Undo). */
export async function restoreCustomRoutine(record: CustomRoutineRecord): Promise<void> {
	await commit([{ store: 'custom-routines', put: record }]);
}
