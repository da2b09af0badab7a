/**
 * Checks for ids and titles that come from outside (a link, a file): the schema already keeps
 * ids to lowercase-with-dashes and titles to 80 characters; these add the characters that
 * could disguise text (control and bidirectional-override characters) and the one safe way to
 * turn an id into a file name or a URL.
 */
import type { Routine } from '../routine/schema';

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const MAX_ID_LENGTH = 60;
/** C0/C1 controls and the Unicode bidi embedding/override/isolate marks. */
// eslint-disable-next-line no-control-regex
const HIDDEN = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

/** True for an id that may go into a URL query or a file name as it is. */
export function isSafeId(id: unknown): id is string {
	return typeof id === 'string' && id.length <= MAX_ID_LENGTH && ID.test(id);
}

/** Problems with a routine's id and title, as `path: message` lines (empty when fine). */
export function checkOutsideText(routine: Pick<Routine, 'id' | 'title'>): string[] {
	const errors: string[] = [];
	if (!isSafeId(routine.id)) {
		errors.push(`id: expected lowercase-with-dashes of at most ${MAX_ID_LENGTH} characters`);
	}
	if (HIDDEN.test(routine.title)) {
		errors.push('title: contains control or text-direction characters');
	}
	return errors;
}

/** `pelvic-tilts.json`; an id that is not safe never reaches the name. */
export function exportFileName(id: string): string {
	return `${isSafeId(id) ? id : 'routine'}.json`;
}

/**
 * An id for a routine that arrives with one already in use: `name-2`, `name-3`, …, kept
 * within the length limit.
 */
export function freeId(id: string, taken: (candidate: string) => boolean): string {
	const base = (isSafeId(id) ? id : 'my-routine').replace(/-\d+$/, '');
	for (let n = 2; ; n++) {
		const suffix = `-${n}`;
		const candidate = base.slice(0, MAX_ID_LENGTH - suffix.length).replace(/-$/, '') + suffix;
		if (!taken(candidate)) return candidate;
	}
}
