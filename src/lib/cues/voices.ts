import type { VoiceLike } from './speech-like';

const norm = (lang: string) => lang.replace('_', '-').toLowerCase();
const primary = (lang: string) => norm(lang).split('-')[0] ?? '';

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

/** Voices sorted for a picker: on-device first, the user's language before others. */
export function sortVoices(voices: readonly VoiceLike[], lang: string): VoiceLike[] {
	return [...voices].sort(
		(a, b) => score(b, lang) - score(a, lang) || a.name.localeCompare(b.name)
	);
}

/**
 * The voice to speak with: the one the user picked if it still exists; otherwise a local
 * voice in `lang`, else a local English one, else a remote one in `lang` or English.
 * Null when nothing fits (then beeps carry the workout).
 */
export function chooseVoice(
	voices: readonly VoiceLike[],
	{ voiceURI, lang }: { voiceURI: string | null; lang: string }
): VoiceLike | null {
	const picked = voiceURI ? voices.find((v) => v.voiceURI === voiceURI) : undefined;
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
