/**
 * Text that is really text. Names, titles and instructions come from files and links anyone can
 * make, so characters that hide or disguise what is shown are refused: control characters
 * (NUL, escape…), bidirectional overrides (which can make "evil.json" read as "nosj.live"),
 * invisible formatting characters, broken UTF-16 (lone surrogates) and text with no visible
 * character at all, so that a title can never be blank or pass for another.
 */

const code = (ch: string) =>
	`U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;

/** Line breaks and tabs are fine in multi-line text (instructions), nowhere else. */
const CONTROL_LINE = /\p{Cc}/u;
const CONTROL_MULTILINE = /(?![\n\t])\p{Cc}/u;
const BIDI = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/u;
/** Format characters (zero-width space, word joiner, BOM…) except the joiner emoji need. */
const INVISIBLE = /(?!\u200D)[\p{Cf}\u115F\u1160\u3164\uFFA0]/u;
const LONE_SURROGATE = /\p{Cs}/u;
/** Something that draws: not space, not a control, format or combining mark, not a blank filler. */
const VISIBLE = /[^\p{White_Space}\p{C}\p{M}\u115F\u1160\u2800\u3164\uFFA0]/u;

/**
 * Why `text` is not acceptable as shown text, or null when it is. `multiline` allows line
 * breaks and tabs. Runs in linear time (plain character classes, no backtracking).
 */
export function textProblem(text: string, multiline = false): string | null {
	const surrogate = LONE_SURROGATE.exec(text);
	if (surrogate) return `contains a broken character (${code(surrogate[0])})`;
	const control = (multiline ? CONTROL_MULTILINE : CONTROL_LINE).exec(text);
	if (control) return `contains a control character (${code(control[0])})`;
	const bidi = BIDI.exec(text);
	if (bidi) return `contains a text-direction control (${code(bidi[0])}) that can disguise text`;
	const invisible = INVISIBLE.exec(text);
	if (invisible) return `contains an invisible character (${code(invisible[0])})`;
	if (!VISIBLE.test(text)) return 'has no visible characters';
	return null;
}
