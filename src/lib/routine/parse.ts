import * as v from 'valibot';
import { migrateRoutine } from './migrate';
import { RoutineSchema, type Routine } from './schema';

export type ParseResult = { ok: true; routine: Routine } | { ok: false; errors: string[] };

/** Turns a valibot issue path into `steps[2].hold`. */
export function formatPath(path: readonly { key: unknown }[] | undefined): string {
	let out = '';
	for (const item of path ?? []) {
		if (typeof item.key === 'number') out += `[${item.key}]`;
		else out += out ? `.${String(item.key)}` : String(item.key);
	}
	return out || '(routine)';
}

/**
 * Validates an already-parsed JSON value as a routine, migrating older formats first.
 * Errors read `steps[2].hold: expected seconds between 1 and 300, got "ten"`.
 */
export function parseRoutine(input: unknown): ParseResult {
	if (typeof input !== 'object' || input === null || Array.isArray(input)) {
		return {
			ok: false,
			errors: [`(routine): expected a routine as an object, got ${describe(input)}`]
		};
	}
	const migrated = migrateRoutine(input as Record<string, unknown>);
	if (!migrated.ok) return { ok: false, errors: [migrated.error] };
	const result = v.safeParse(RoutineSchema, migrated.value, { abortPipeEarly: true });
	if (result.success) return { ok: true, routine: result.output };
	return {
		ok: false,
		errors: result.issues.map((issue) => `${formatPath(issue.path)}: ${issue.message}`)
	};
}

/** Parses routine JSON text; a syntax error is reported like a validation error. */
export function parseRoutineJson(text: string): ParseResult {
	let value: unknown;
	try {
		value = JSON.parse(text);
	} catch (error) {
		return { ok: false, errors: [`(file): not valid JSON: ${(error as Error).message}`] };
	}
	return parseRoutine(value);
}

/** Like parseRoutine but throws one Error listing every problem (for build-time loading). */
export function parseRoutineOrThrow(input: unknown, source: string): Routine {
	const result = parseRoutine(input);
	if (result.ok) return result.routine;
	throw new Error(`${source} is not a valid routine:\n  ${result.errors.join('\n  ')}`);
}

function describe(value: unknown): string {
	if (value === null) return 'null';
	if (Array.isArray(value)) return 'a list';
	return typeof value === 'string' ? JSON.stringify(value) : typeof value;
}
