import type { SpeechPriority } from './speech-queue';

/** The kinds of synthesized sound the player can ask for; each has its own timbre. */
export type SoundKind = 'countdown' | 'go' | 'rest' | 'switch' | 'finish' | 'tick';

/** Every sound kind, in a stable order (handy for settings previews and tests). */
export const SOUND_KINDS: readonly SoundKind[] = [
	'countdown',
	'go',
	'rest',
	'switch',
	'finish',
	'tick'
];

/** User settings the cue adapters honour. */
export interface CueOptions {
	/** Beeps on or off. */
	soundOn: boolean;
	/** Master volume of the beeps, 0..1. Speech uses the system volume. */
	volume: number;
	/** Spoken step names on or off. */
	voiceOn: boolean;
	/** The picked voice's id (voices.ts `voiceIds`; Settings.voiceURI), or null for the automatic choice. */
	voiceURI: string | null;
	/** Speech rate, 1 = normal (clamped to 0.5..2). */
	voiceRate: number;
	/** Vibration on or off. */
	vibration: boolean;
}

/** Defaults used until the settings store says otherwise. */
export const DEFAULT_CUE_OPTIONS: Readonly<CueOptions> = {
	soundOn: true,
	volume: 0.8,
	voiceOn: true,
	voiceURI: null,
	voiceRate: 1,
	vibration: true
};

/** When a beep must sound. */
export interface BeepOptions {
	/** Page-clock time (`performance.now()` ms) when it must sound; default: now. */
	at?: number;
}

/** How to speak. */
export interface SpeakOptions {
	/** Cut whatever is queued or being spoken first: only for what the person just did (a tap). */
	interrupt?: boolean;
	/** Page-clock ms when the cue was due: lateness is measured from here. */
	due?: number;
	/** How much it matters (speech-queue.ts); default `step`. */
	priority?: SpeechPriority;
	/** A shorter phrase to say instead when the full text would not fit in `roomMs`. */
	short?: string | undefined;
	/** Ms from `due` until the next step starts: how long the sentence may take. */
	roomMs?: number | undefined;
}

/** How to vibrate. */
export interface VibrateOptions {
	/** Page-clock ms when the cue was due, for the cue log's timing figures. */
	due?: number;
}

/**
 * Everything the player needs to make itself heard and felt while the user lies
 * on the floor 2 m from the phone. The web implementation is `createWebCuePlayer`;
 * tests use `createRecordingCuePlayer`.
 */
export interface CuePlayer {
	/** Call inside the Start tap: creates/resumes the AudioContext and primes speech. */
	unlock(): Promise<void>;
	/** Play a sound now or at a page-clock time (scheduled on the audio clock). */
	beep(kind: SoundKind, opts?: BeepOptions): void;
	/** Say a short phrase. */
	speak(text: string, opts?: SpeakOptions): void;
	/** Vibrate; false when unsupported or off, so the caller can flash the screen instead. */
	vibrate(pattern: number[], opts?: VibrateOptions): boolean;
	/** Stop beeps scheduled in the future and queued speech (after pause or skip). */
	cancelScheduled(): void;
	/** Apply (part of) the user's settings. */
	setOptions(o: Partial<CueOptions>): void;
	/** Release the audio context and listeners. */
	dispose(): void;
}

/** What the beeper scheduled, reported to tests, the benchmark and the cue log. */
export interface ScheduledBeep {
	kind: SoundKind;
	/** Page-clock ms when it was asked to sound. */
	at: number;
	/** Audio-clock seconds it was scheduled at (never in the past). */
	audioTime: number;
	/** Audio-clock seconds it was due at before clamping; `audioTime - dueAudioTime` is lateness. */
	dueAudioTime: number;
}
