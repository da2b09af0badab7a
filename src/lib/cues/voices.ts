import type { VoiceLike } from './speech-like';

/** A voice as the picker shows it: the browser's object and the id the app stores for it. */
export interface VoiceChoice {
	/** Unique within the list and stable across reloads; see `voiceIds`. */
	readonly id: string;
	readonly voice: VoiceLike;
	/** Its place among voices with the same name and language (1, 2…), to tell twins apart. */
	readonly twin: number;
	/** Its index in the browser's list. */
	readonly order: number;
}

// Browsers hand out odd voice objects (WebKitGTK: every `voiceURI` empty): read each field
// as a string, so one odd voice cannot throw.
const text = (value: unknown): string => (typeof value === 'string' ? value : '');
const norm = (lang: unknown) => text(lang).replace('_', '-').toLowerCase();
const primary = (lang: unknown) => norm(lang).split('-')[0] ?? '';

/**
 * An id for each voice, in the browser's order: its `voiceURI` when that is non-empty and
 * unique in the list (so ids stored before this existed still match), else `name|lang`, with
 * `|2`, `|3`… for twins. WebKitGTK reports every voice with an empty `voiceURI`, and a list
 * keyed on it repeats keys. Depends only on the list, so the same voices get the same ids
 * after a reload.
 */
export function voiceIds(voices: readonly VoiceLike[]): { id: string; twin: number }[] {
	const uriCount = new Map<string, number>();
	for (const v of voices) {
		const uri = text(v.voiceURI);
		if (uri) uriCount.set(uri, (uriCount.get(uri) ?? 0) + 1);
	}
	const taken = new Set<string>();
	const twins = new Map<string, number>();
	return voices.map((v) => {
		const uri = text(v.voiceURI);
		const base = `${text(v.name)}|${text(v.lang)}`;
		const twin = (twins.get(base) ?? 0) + 1;
		twins.set(base, twin);
		let id = uri && uriCount.get(uri) === 1 ? uri : twin === 1 ? base : `${base}|${twin}`;
		// A made-up id could equal another voice's real voiceURI: count on until it is free.
		for (let n = twin + 1; taken.has(id); n++) id = `${base}|${n}`;
		taken.add(id);
		return { id, twin };
	});
}

/**
 * The browser's voices, or none: a synthesis that throws or answers with something other
 * than a list must not take the page or the workout down.
 */
export function safeVoices(synth: { getVoices(): VoiceLike[] } | undefined): VoiceLike[] {
	try {
		const list: unknown = synth?.getVoices();
		return Array.isArray(list)
			? list.filter((v): v is VoiceLike => !!v && typeof v === 'object')
			: [];
	} catch {
		return [];
	}
}

/** Language fit: 3 exact, 2 same language, 1 English (the built-in routines' language), 0 none. */
function fit(v: VoiceLike, lang: string): number {
	const l = norm(v.lang);
	return l === norm(lang) ? 3 : primary(l) === primary(lang) ? 2 : primary(l) === 'en' ? 1 : 0;
}

/** How well a voice fits: local before remote, then language fit, then the system default. */
function score(v: VoiceLike, lang: string): number {
	// Local beats any language fit: a remote voice is silent offline, and the workout
	// runs on the floor with the phone in airplane mode as often as not.
	return (v.localService ? 10 : 0) + fit(v, lang) + (v.default ? 0.5 : 0);
}

const byFit =
	(lang: string) =>
	(a: VoiceLike, b: VoiceLike): number =>
		score(b, lang) - score(a, lang) || text(a.name).localeCompare(text(b.name));

/** Voices sorted for a picker: on-device first, the user's language before others. */
export function sortVoices(voices: readonly VoiceLike[], lang: string): VoiceLike[] {
	return [...voices].sort(byFit(lang));
}

/** The picker's list: every voice with its id, sorted as `sortVoices` sorts. */
export function voiceChoices(voices: readonly VoiceLike[], lang: string): VoiceChoice[] {
	const ids = voiceIds(voices);
	const sort = byFit(lang);
	return voices
		.map((voice, i): VoiceChoice => ({ voice, ...ids[i]!, order: i }))
		.sort((a, b) => sort(a.voice, b.voice));
}

/**
 * The voice a stored id names, or undefined when it is gone. Ids are `voiceIds`'; a bare
 * `voiceURI` stored before ids existed still finds its voice, also where it is not unique.
 */
export function findVoice(voices: readonly VoiceLike[], id: string | null): VoiceLike | undefined {
	if (!id) return undefined;
	const index = voiceIds(voices).findIndex((v) => v.id === id);
	return index >= 0 ? voices[index] : voices.find((v) => text(v.voiceURI) === id);
}

/** The id under which the picker lists the voice `stored` names ('' when none: Automatic). */
export function pickedId(choices: readonly VoiceChoice[], stored: string | null): string {
	if (!stored) return '';
	const exact = choices.find((c) => c.id === stored);
	if (exact) return exact.id;
	// The earliest in the browser's order, as `findVoice` picks it (choices are sorted).
	const legacy = choices
		.filter((c) => text(c.voice.voiceURI) === stored)
		.sort((a, b) => a.order - b.order)[0];
	return legacy?.id ?? '';
}

/**
 * The voice to speak with: the one the user picked (by its id, see `voiceIds`) if it still
 * exists; otherwise a local voice in `lang`, else a local English one, else a remote one in
 * `lang` or English. Null when nothing fits (then beeps carry the workout).
 */
export function chooseVoice(
	voices: readonly VoiceLike[],
	{ voiceId, lang }: { voiceId: string | null; lang: string }
): VoiceLike | null {
	const picked = findVoice(voices, voiceId);
	if (picked) return picked;
	// A voice for another language would mangle the (English or local) step names.
	const usable = voices.filter((v) => fit(v, lang) > 0);
	return sortVoices(usable, lang)[0] ?? null;
}

/**
 * Split text into short utterances: Chrome stops long ones after ~15 s, and short ones
 * let `interrupt` cut in quickly. Splits at sentence ends, then between words.
 */
export function splitForSpeech(text: string, max = 160): string[] {
	const out: string[] = [];
	for (const sentence of text.trim().split(/(?<=[.!?;:])\s+/)) {
		let chunk = '';
		for (const word of sentence.split(/\s+/)) {
			if (chunk && chunk.length + 1 + word.length > max) {
				out.push(chunk);
				chunk = word;
			} else chunk = chunk ? `${chunk} ${word}` : word;
		}
		if (chunk) out.push(chunk);
	}
	return out;
}
