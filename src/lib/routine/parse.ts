import * as v from 'valibot';
import { issueLines } from './issues';
import { migrateRoutine } from './migrate';
import { describeValue } from './quote';
import { RoutineSchema, type Routine } from './schema';

export { formatPath } from './issues';

export type ParseResult = { ok: true; routine: Routine } | { ok: false; errors: string[] };

/**
 * Validates an already-parsed JSON value as a routine, migrating older formats first.
 * Errors read `steps[2].hold: expected seconds between 1 and 300, got "ten"`.
 */
export function parseRoutine(input: unknown): ParseResult {
	if (typeof input !== 'object' || input === null || Array.isArray(input)) {
		return {
			ok: false,
			errors: [`(routine): expected a routine as an object, got ${describeValue(input)}`]
		};
	}
	const migrated = migrateRoutine(input as Record<string, unknown>);
	if (!migrated.ok) return { ok: false, errors: [migrated.error] };
	const result = v.safeParse(RoutineSchema, migrated.value, { abortPipeEarly: true });
	if (result.success) return { ok: true, routine: result.output };
	return { ok: false, errors: issueLines(result.issues) };
}

/** Parses routine JSON text; a syntax error is reported like a validation error. */
export function parseRoutineJson(text: string): ParseResult {
	let value: unknown;
	try {
		value = JSON.parse(text);
	} catch (error) {
		return { ok: false, errors: [`(file): not valid JSON: ${jsonError(error)}`] };
	}
	return parseRoutine(value);
}

/** Like parseRoutine but throws one Error listing every problem (for build-time loading). */
export function parseRoutineOrThrow(input: unknown, source: string): Routine {
	const result = parseRoutine(input);
	if (result.ok) return result.routine;
	throw new Error(`${source} is not a valid routine:\n  ${result.errors.join('\n  ')}`);
}

/** The parser's own words, cut short: some engines quote the text around the error. */
export function jsonError(error: unknown): string {
	const message = error instanceof Error ? error.message : 'unreadable';
	return message.length <= 160 ? message : `${message.slice(0, 160)}…`;
}
