// The slice of the Web Speech API the speaker uses; real browser objects satisfy it
// structurally and specs pass a hand-made fake with its own voices and queue.

/** A `SpeechSynthesisVoice`. */
export interface VoiceLike {
	readonly voiceURI: string;
	readonly name: string;
	readonly lang: string;
	/** True for on-device voices; remote (network) voices fail offline. */
	readonly localService: boolean;
	readonly default: boolean;
}

/** A `SpeechSynthesisUtterance`. */
export interface UtteranceLike {
	text: string;
	lang: string;
	voice: VoiceLike | null;
	rate: number;
	volume: number;
	onend: ((ev: never) => unknown) | null;
	onerror: ((ev: never) => unknown) | null;
	/** When the voice actually starts: the cue log's "started" time. */
	onstart?: ((ev: never) => unknown) | null;
}

/** `SpeechSynthesisUtterance` constructor. */
export type UtteranceCtorLike = new (text?: string) => UtteranceLike;

/** `window.speechSynthesis`. */
export interface SpeechSynthesisLike {
	readonly paused: boolean;
	speak(utterance: UtteranceLike): void;
	cancel(): void;
	resume(): void;
	getVoices(): VoiceLike[];
	addEventListener(type: 'voiceschanged', listener: () => void): void;
	removeEventListener(type: 'voiceschanged', listener: () => void): void;
}

/** The browser's speech objects, or undefined where there are none (SSR, tests, old browsers). */
export function defaultSpeech(): {
	synth: SpeechSynthesisLike | undefined;
	Utterance: UtteranceCtorLike | undefined;
} {
	const g = globalThis as {
		speechSynthesis?: SpeechSynthesisLike;
		SpeechSynthesisUtterance?: UtteranceCtorLike;
	};
	return { synth: g.speechSynthesis, Utterance: g.SpeechSynthesisUtterance };
}
