/**
 * A sentence with a word or phrase in bold is written whole, with the bold part between
 * asterisks ("Take your time, then press *Done*."), so a translation can move the bold part
 * anywhere in its sentence. A link inside a sentence is marked the same way, between square
 * brackets ("[Make your own routine], or open one…"); the component says where it points. A
 * value shown as code (an id) is between backticks ("The id `back-1` is taken.").
 * Components split it here and render the parts. Pure.
 */

/** One run of a sentence: plain, or to be shown in bold. */
export interface Run {
	text: string;
	strong: boolean;
	/** Set (true) on the part between [brackets]: the sentence's link. */
	link?: true;
	/** Set (true) on the part between `backticks`: a value shown as code. */
	code?: true;
}

/** Splits "a *b* [c] `d`" into runs; an unmatched mark stays as written. */
export function emphasis(sentence: string): Run[] {
	const runs: Run[] = [];
	const pattern = /\*([^*]+)\*|\[([^\]]+)\]|`([^`]+)`/g;
	let last = 0;
	for (const match of sentence.matchAll(pattern)) {
		if (match.index > last) runs.push({ text: sentence.slice(last, match.index), strong: false });
		if (match[3] !== undefined) runs.push({ text: match[3], strong: false, code: true });
		else if (match[2] !== undefined) runs.push({ text: match[2], strong: false, link: true });
		else runs.push({ text: match[1] ?? '', strong: true });
		last = match.index + match[0].length;
	}
	if (last < sentence.length) runs.push({ text: sentence.slice(last), strong: false });
	return runs;
}

/**
 * A sentence with one [linked part], cut around it: for a component that shows one link and
 * nothing else marked, without the cost of the general renderer (Emphasis.svelte). With no
 * link, the whole sentence is `before`.
 */
export function linkParts(sentence: string): { before: string; link: string; after: string } {
	const match = /\[([^\]]+)\]/.exec(sentence);
	if (!match) return { before: sentence, link: '', after: '' };
	return {
		before: sentence.slice(0, match.index),
		link: match[1] ?? '',
		after: sentence.slice(match.index + match[0].length)
	};
}
