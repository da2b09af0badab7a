/**
 * A sentence with a word or phrase in bold is written whole, with the bold part between
 * asterisks ("Take your time, then press *Done*."), so a translation can move the bold part
 * anywhere in its sentence. Components split it here and render the parts. Pure.
 */

/** One run of a sentence: plain, or to be shown in bold. */
export interface Run {
	text: string;
	strong: boolean;
}

/** Splits "a *b* c" into runs; an unmatched asterisk stays as written. */
export function emphasis(sentence: string): Run[] {
	const runs: Run[] = [];
	const pattern = /\*([^*]+)\*/g;
	let last = 0;
	for (const match of sentence.matchAll(pattern)) {
		if (match.index > last) runs.push({ text: sentence.slice(last, match.index), strong: false });
		runs.push({ text: match[1] ?? '', strong: true });
		last = match.index + match[0].length;
	}
	if (last < sentence.length) runs.push({ text: sentence.slice(last), strong: false });
	return runs;
}
