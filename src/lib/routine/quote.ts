/**
 * Describing untrusted values in error messages. A message must stay one short line whatever
 * the input is, so values are never serialised whole: a 1 MB string or a list nested 5,000
 * deep is described by its kind and, for text, a short quoted prefix. Nothing here recurses.
 */

/** Characters of a bad text value quoted in a message. */
export const QUOTE_CHARS = 40;

/** `"abc"`, or `"abcd…" (1,048,576 characters)` for long text; cut between code points. */
export function quoteText(text: string, max = QUOTE_CHARS): string {
	if (text.length <= max) return JSON.stringify(text);
	const prefix = text.slice(0, max).replace(/[\uD800-\uDBFF]$/, '');
	return `${JSON.stringify(prefix)}… (${text.length.toLocaleString('en')} characters)`;
}

/** A short description of any value: `"ten"`, `12`, `null`, `a list`, `an object`, `nothing`. */
/**
 * "got …" for a valibot issue: what was found, described without walking it or quoting more
 * than a short prefix. Every schema's messages use this, never valibot's own `received`.
 */
export const got = (issue: { input: unknown }) => `got ${describeValue(issue.input)}`;

export function describeValue(value: unknown): string {
	if (value === undefined) return 'nothing';
	if (value === null) return 'null';
	if (Array.isArray(value)) return 'a list';
	switch (typeof value) {
		case 'string':
			return quoteText(value);
		case 'number':
		case 'boolean':
			return String(value);
		case 'object':
			return 'an object';
		default:
			return typeof value;
	}
}

/** A key as it appears in a path: `hold`, or quoted when it is not a short plain name (`["a.b"]`). */
export function pathKey(key: string): string {
	return /^[A-Za-z_$][\w$]{0,29}$/.test(key) ? key : `[${quoteText(key, 30)}]`;
}
