/** Player settings that change the timeline or the cues (not volume or voice: those stay in the player). */
export interface EngineSettings {
	/** Seconds of "Get ready" before the first step; 0 = no prepare segment. */
	prepareSeconds: number;
	/** Countdown beeps before a segment ends (3 → 3-2-1); 0 = none. */
	countdownSeconds: number;
	/** Say "Next up: …" during rests. */
	announceNext: boolean;
	/** Speak rep counts ("1", "2", "Down"); when off, rep cues carry no text (a tick at most). */
	spokenCounts: boolean;
	/**
	 * 'full': before each step its name, instructions and stop line are spoken (with a lead-in
	 * when the time before it is too short), plus "last one" and "Next: …" with a description.
	 * 'short': the short cues only. Speech off is the player's business: it compiles as 'short'.
	 */
	guidance: Guidance;
}

export type Guidance = 'full' | 'short';

export const DEFAULT_ENGINE_SETTINGS: Readonly<EngineSettings> = Object.freeze({
	prepareSeconds: 5,
	countdownSeconds: 3,
	announceNext: true,
	spokenCounts: true,
	// The engine's default is the short cues of before; the app's default setting (Full) is passed in.
	guidance: 'short'
});

/** Fills defaults and clamps to sane whole seconds so a bad stored setting cannot break playback. */
export function resolveSettings(partial: Partial<EngineSettings> = {}): EngineSettings {
	const merged = { ...DEFAULT_ENGINE_SETTINGS, ...partial };
	return {
		prepareSeconds: wholeSeconds(merged.prepareSeconds, 60),
		countdownSeconds: wholeSeconds(merged.countdownSeconds, 10),
		announceNext: merged.announceNext !== false,
		spokenCounts: merged.spokenCounts !== false,
		guidance: merged.guidance === 'full' ? 'full' : 'short'
	};
}

function wholeSeconds(value: number, max: number): number {
	if (!Number.isFinite(value)) return 0;
	return Math.min(max, Math.max(0, Math.round(value)));
}
