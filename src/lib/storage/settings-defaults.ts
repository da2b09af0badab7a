/**
 * The settings' shape and defaults, apart from their validation, so the app shell can show
 * the defaults before the storage code (idb, valibot) has loaded.
 */
export const THEMES = ['system', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

/** Voice guidance: everything before each step (name, instructions, stop line), today's short cues, or none. */
export const VOICE_GUIDANCE = ['full', 'short', 'off'] as const;
export type VoiceGuidance = (typeof VOICE_GUIDANCE)[number];

export interface Settings {
	soundOn: boolean;
	/** 0..1 */
	volume: number;
	/** Replaces the old `voiceOn` boolean (false → 'off', true → 'full': see settings.ts). */
	voiceGuidance: VoiceGuidance;
	/**
	 * The picked voice's id (cues/voices.ts `voiceIds`: its voiceURI when that is non-empty and
	 * unique, else name and language), or null for the automatic choice. The field keeps its old
	 * name so stored settings and backups stay readable both ways.
	 */
	voiceURI: string | null;
	/** 0.5..2 */
	voiceRate: number;
	spokenCounts: boolean;
	/** 0..10 s of "3, 2, 1" before a timed piece ends. */
	countdownSeconds: number;
	/** 0..30 s to get into position before a step. */
	prepareSeconds: number;
	announceNext: boolean;
	vibration: boolean;
	theme: Theme;
	painCheckins: boolean;
	/** When the person confirmed the red-flag (see a doctor first) screen; null until then. */
	safetyAcknowledgedAt: number | null;
	/** When the person put away the "book an appointment" suggestion; null if never. */
	referralDismissedAt: number | null;
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
	soundOn: true,
	volume: 0.8,
	voiceGuidance: 'full',
	voiceURI: null,
	voiceRate: 1,
	spokenCounts: true,
	countdownSeconds: 3,
	prepareSeconds: 5,
	announceNext: true,
	vibration: true,
	theme: 'system',
	painCheckins: true,
	safetyAcknowledgedAt: null,
	referralDismissedAt: null
});
