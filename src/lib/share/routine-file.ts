/**
 * A routine as a .json file and back. Export writes exactly the format of routines/*.json, so
 * the file validates against routines/schema.json; import goes through the same parse (with
 * migration of older formats) as the built-in files, plus the checks for text from outside.
 */
import { parseRoutine, parseRoutineJson } from '../routine/parse';
import type { Routine } from '../routine/schema';
import { checkOutsideText, exportFileName, freeId } from './outside';

/** Field order of the files in routines/, so an export reads like one of them. */
const ORDER = [
	'formatVersion',
	'id',
	'version',
	'title',
	'summary',
	'level',
	'stage',
	'position',
	'tags',
	'equipment',
	'safety',
	'cautions',
	'steps'
] as const;

/** The routine as file text (tabs, trailing newline) and the file name to save it under. */
export function routineFile(routine: Routine): { name: string; text: string } {
	const ordered: Record<string, unknown> = {};
	for (const key of ORDER) if (routine[key] !== undefined) ordered[key] = routine[key];
	return { name: exportFileName(routine.id), text: `${JSON.stringify(ordered, null, '\t')}\n` };
}

export type ImportResult =
	{ ok: true; routine: Routine; exists: boolean } | { ok: false; errors: string[] };

/**
 * Reads pasted or uploaded text. Errors name the JSON path (`steps[2].hold: …`); `exists`
 * says the id is already in use here, so the caller asks: replace, or keep both.
 */
export function readRoutineFile(text: string, exists: (id: string) => boolean): ImportResult {
	if (text.trim() === '') return { ok: false, errors: ['(file): the file is empty'] };
	const parsed = parseRoutineJson(text);
	if (!parsed.ok) return parsed;
	const outside = checkOutsideText(parsed.routine);
	if (outside.length) return { ok: false, errors: outside };
	return { ok: true, routine: parsed.routine, exists: exists(parsed.routine.id) };
}

/** The copy kept beside an existing routine: a free id and "(copy)" after the title. */
export function keepBoth(routine: Routine, exists: (id: string) => boolean): Routine {
	const suffix = ' (copy)';
	const title = routine.title.slice(0, 80 - suffix.length).trimEnd() + suffix;
	const copy = { ...routine, id: freeId(routine.id, exists), title };
	const parsed = parseRoutine(copy);
	return parsed.ok ? parsed.routine : copy;
}
