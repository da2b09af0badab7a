/**
 * The one list of names Backbeat must never show: the medicines, brands and shops advertised
 * in the articles its content was drawn from (see shared/content/back-care-facts.md). The app
 * names no medicine, brand or shop at all; these are the ones most likely to slip in.
 *
 * Each is spelled in pieces so that searching the repository (or the build) for a name finds
 * nothing here, and forbidden-names.spec.ts can search everything else for them.
 */
const PIECES: readonly (readonly string[])[] = [
	['Prega', 'rica'],
	['Neuro Sel', 'iron'],
	['Pain O S', 'oma'],
	['Cariso', 'prodol'],
	['Pills', 'Palace'],
	['Buynet', 'meds']
];

/** The forbidden names, whole. */
export const FORBIDDEN_NAMES: readonly string[] = PIECES.map((parts) => parts.join(''));

/** The forbidden names found in `text` (case and spacing ignored), or none. */
export function forbiddenNamesIn(text: string): string[] {
	const squash = (s: string) => s.toLowerCase().replace(/[\s_-]+/g, '');
	const haystack = squash(text);
	return FORBIDDEN_NAMES.filter((name) => haystack.includes(squash(name)));
}
