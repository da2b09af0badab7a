/**
 * valibot issues as one short line each: `steps[2].hold: expected seconds between 1 and 300, got "ten"`.
 * Shared by the routine and backup validators so both name paths the same way.
 */
import type * as v from 'valibot';
import { pathKey } from './quote';

type PathItem = { key: unknown; input?: unknown };

/** `steps[2].hold`; odd keys are quoted (`steps[0]["a.b"]`); `root` when the path is empty. */
export function formatPath(path: readonly PathItem[] | undefined, root = '(routine)'): string {
	let out = '';
	for (const item of path ?? []) {
		if (typeof item.key === 'number') out += `[${item.key}]`;
		else {
			const key = pathKey(String(item.key));
			out += key.startsWith('[') || !out ? key : `.${key}`;
		}
	}
	return out || root;
}

/**
 * One line per issue, duplicates dropped. valibot checks an object's keys on a list too (a list
 * is an object to it), which would blame a missing key; such issues are reported at the list's
 * own place as "expected an object".
 */
export function issueLines(issues: readonly v.BaseIssue<unknown>[], root = '(routine)'): string[] {
	const lines = issues.map((issue) => {
		const path = (issue.path ?? []) as readonly PathItem[];
		const at = path.findIndex((item) => Array.isArray(item.input) && typeof item.key === 'string');
		if (at >= 0) return `${formatPath(path.slice(0, at), root)}: expected an object, got a list`;
		return `${formatPath(path, root)}: ${issue.message}`;
	});
	return [...new Set(lines)];
}
