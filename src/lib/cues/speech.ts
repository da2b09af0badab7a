import {
	defaultSpeech,
	type SpeechSynthesisLike,
	type UtteranceCtorLike,
	type UtteranceLike,
	type VoiceLike
} from './speech-like';
import { chooseVoice, sortVoices, splitForSpeech } from './voices';
import type { SpeakOptions } from './types';

/** Browser objects the speaker uses; the defaults are the real globals. */
export interface SpeakerDeps {
	/** Default: `speechSynthesis`; undefined → speaking is a no-op. */
	synth?: SpeechSynthesisLike | undefined;
	/** Default: `SpeechSynthesisUtterance`. */
	Utterance?: UtteranceCtorLike | undefined;
	/** Language to prefer when no voice is picked. Default: `navigator.language`. */
	lang?: string;
}

/** Short spoken phrases through the Web Speech API. */
export interface Speaker {
	/** False when the browser has no speech synthesis. */
	readonly supported: boolean;
	/** False when no voice exists (yet): Settings says "no voice: beeps carry the workout". */
	readonly hasVoice: boolean;
	/** The voice `speak` would use now. */
	readonly voice: VoiceLike | null;
	/** Utterances referenced until they end; kept so their `onend` can fire at all. */
	readonly inFlight: number;
	/** Call inside a user gesture (iOS speaks only after one): an empty, silent utterance. */
	prime(): void;
	/** Queue `text` (split into short utterances); false when it cannot be spoken. */
	speak(text: string, opts?: SpeakOptions): boolean;
	/** Drop the queue and what is being said. */
	cancel(): void;
	/** Voices for a picker: on-device first, the user's language first. */
	listVoices(): VoiceLike[];
	/** Called when the browser (re)loads its voices, which Chrome does after a delay. */
	onVoicesChanged(cb: (voices: VoiceLike[]) => void): () => void;
	/** The user's pick by `voiceURI`, or null for the automatic choice. */
	setVoice(voiceURI: string | null): void;
	/** Rate, 1 = normal; clamped to 0.5..2 so step names stay intelligible. */
	setRate(rate: number): void;
	/** Stop speaking and stop listening for voices. */
	dispose(): void;
}

// If a browser never fires end/error, the set must not grow for a whole workout.
const MAX_IN_FLIGHT = 50;

/** Create a speaker over `speechSynthesis`. */
export function createSpeaker({
	synth = defaultSpeech().synth,
	Utterance = defaultSpeech().Utterance,
	lang = globalThis.navigator?.language ?? 'en'
}: SpeakerDeps = {}): Speaker {
	let voiceURI: string | null = null;
	let rate = 1;
	const inFlight = new Set<UtteranceLike>();
	const listeners = new Set<(voices: VoiceLike[]) => void>();
	const voices = (): VoiceLike[] => (synth ? synth.getVoices() : []);
	const onVoices = () => {
		const list = speaker.listVoices();
		for (const cb of listeners) cb(list);
	};
	// Asking once makes Chrome start loading its voices; they arrive with `voiceschanged`.
	voices();
	synth?.addEventListener('voiceschanged', onVoices);

	// Without a live reference, Chrome and Safari may garbage-collect the utterance
	// mid-sentence and its `onend` never fires.
	function keep(u: UtteranceLike) {
		const release = () => void inFlight.delete(u);
		u.onend = release;
		u.onerror = release;
		inFlight.add(u);
		if (inFlight.size > MAX_IN_FLIGHT) {
			const oldest = inFlight.values().next().value;
			if (oldest) inFlight.delete(oldest);
		}
	}

	const speaker: Speaker = {
		supported: !!synth && !!Utterance,
		get hasVoice() {
			return voices().length > 0;
		},
		get voice() {
			return chooseVoice(voices(), { voiceURI, lang });
		},
		get inFlight() {
			return inFlight.size;
		},

		prime() {
			if (!synth || !Utterance) return;
			const u = new Utterance('');
			u.volume = 0;
			keep(u);
			synth.speak(u);
		},

		speak(text, opts = {}) {
			if (!synth || !Utterance) return false;
			if (opts.interrupt) speaker.cancel();
			const voice = speaker.voice;
			const parts = splitForSpeech(text);
			if (!voice || parts.length === 0) return false;
			// Chrome on Android can be left paused after the page was hidden.
			if (synth.paused) synth.resume();
			for (const part of parts) {
				const u = new Utterance(part);
				u.voice = voice;
				u.lang = voice.lang;
				u.rate = rate;
				keep(u);
				synth.speak(u);
			}
			return true;
		},

		cancel() {
			synth?.cancel();
			inFlight.clear();
		},

		listVoices() {
			return sortVoices(voices(), lang);
		},

		onVoicesChanged(cb) {
			listeners.add(cb);
			return () => void listeners.delete(cb);
		},

		setVoice(uri) {
			voiceURI = uri;
		},

		setRate(r) {
			rate = Math.min(2, Math.max(0.5, Number.isFinite(r) ? r : 1));
		},

		dispose() {
			speaker.cancel();
			listeners.clear();
			synth?.removeEventListener('voiceschanged', onVoices);
		}
	};
	return speaker;
}
