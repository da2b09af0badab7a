/**
 * How long a phrase takes to say, for the speech queue (is there room for the full sentence
 * before the next step?). The engine's lead-in lengths (engine/guidance.ts) count the words at
 * the same rate and add their own gaps. Pure: no DOM, no clock.
 */

/** Words per second at rate 1: espeak-ng and the phone voices say 2.3–2.8 (a short step name is faster). */
export const WORDS_PER_SECOND = 2.5;
/** The pause a voice makes at a full stop, colon or semicolon between sentences. */
export const SENTENCE_PAUSE_MS = 250;
/** From `speak` to the first sound and the tail after the last word (espeak-ng: "Bridge" takes 0.75 s). */
export const UTTERANCE_OVERHEAD_MS = 200;

/**
 * Estimated milliseconds to say `text` at `rate` (1 = normal, as `SpeechSynthesisUtterance.rate`):
 * (words ÷ 2.5 per second + a pause at each sentence break + 0.2 s to start and stop) ÷ rate.
 * Measured with espeak-ng in Chromium: "Lie on your back, knees bent, feet flat." 3.05 s (est.
 * 3.4 s), "Bridge. Lift your hips." 1.93 s (est. 2.05 s); phone voices speak a little slower.
 * Numbers count as one word ("10" → "ten"); an empty text takes 0 ms.
 */
export function speechMs(text: string, rate = 1): number {
	const words = text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
	if (words === 0) return 0;
	const breaks = (text.trim().match(/[.!?;:](?=\s)/g) ?? []).length;
	const r = Number.isFinite(rate) && rate > 0 ? rate : 1;
	const ms = (words / WORDS_PER_SECOND) * 1000 + breaks * SENTENCE_PAUSE_MS + UTTERANCE_OVERHEAD_MS;
	return Math.round(ms / r);
}
