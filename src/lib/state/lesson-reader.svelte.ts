/**
 * "Read it to me" on a lesson (issue 24): the lesson's texts said one after another through the
 * player's speaker (cues/speech.ts: the same queue, the person's voice and rate). Each text is
 * queued when the one before has ended, so the queue's rule for late workout cues never drops
 * a paragraph of a lesson.
 */
import { createSpeaker, type Speaker } from '$lib/cues/speech';
import type { SpeechItem } from '$lib/cues/speech-queue';
import { settings } from './settings.svelte';

export class LessonReader {
	/** True while the lesson is being read. */
	reading = $state(false);
	/** The index of the text being read, or -1. */
	at = $state(-1);
	/** Set when nothing can be read aloud here: no speech synthesis or no voice. */
	noVoice = $state(false);

	#speaker: Speaker | null = null;
	#texts: readonly string[] = [];
	#current: SpeechItem | null = null;
	#stopListening: (() => void) | null = null;

	constructor(private readonly makeSpeaker: () => Speaker = () => createSpeaker()) {}

	/** Starts reading `texts` from the first. Call inside the tap: iOS speaks only after one. */
	start(texts: readonly string[]): void {
		this.stop();
		const speaker = (this.#speaker ??= this.makeSpeaker());
		speaker.prime();
		speaker.setVoice(settings.current.voiceURI);
		speaker.setRate(settings.current.voiceRate);
		this.#stopListening ??= speaker.onUpdate((item) => {
			if (item === this.#current && item.outcome) this.#next();
		});
		this.#texts = texts;
		this.at = -1;
		this.reading = true;
		this.#next();
	}

	/** Stops at once, mid-sentence. */
	stop(): void {
		if (!this.reading) return;
		this.reading = false;
		this.at = -1;
		this.#current = null;
		this.#speaker?.cancel();
	}

	/** Stops and lets go of the speaker (leaving the page). */
	dispose(): void {
		this.stop();
		this.#stopListening?.();
		this.#speaker?.dispose();
		this.#speaker = null;
		this.#stopListening = null;
	}

	#next(): void {
		if (!this.reading || !this.#speaker) return;
		const at = this.at + 1;
		if (at >= this.#texts.length) {
			this.reading = false;
			this.at = -1;
			this.#current = null;
			return;
		}
		this.at = at;
		const item = this.#speaker.speak(this.#texts[at] ?? '', { priority: 'step' });
		this.#current = item;
		if (!item) {
			// No synthesis, or no voice: say so instead of seeming to read.
			this.noVoice = true;
			this.reading = false;
			this.at = -1;
		} else if (item.outcome) this.#next(); // Settled before `speak` returned.
	}
}
