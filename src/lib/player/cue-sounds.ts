import type { SpeechPriority } from '$lib/cues/speech-queue';
import type { SoundKind } from '$lib/cues/types';
import { VIBRATION_PATTERNS } from '$lib/cues/vibration';
import type { Cue, CueType } from '$lib/engine';

/** How one engine cue is heard and felt: a beep, words, a vibration, any of them. */
export interface CueSounds {
	beep?: SoundKind;
	speak?: string;
	/** How much the words matter when the voice is busy (see cues/speech-queue.ts). */
	priority?: SpeechPriority;
	/** Said instead of `speak` when the full text would run into the next step. */
	short?: string;
	/** Ms the words may take before the next step starts. */
	roomMs?: number;
	vibrate?: readonly number[];
}

/**
 * Timing words are useless late and go first; what to do now comes next; extras ("Halfway",
 * "Next up", instructions, and any cue type added later) wait and are dropped first.
 */
const PRIORITY: Partial<Record<CueType, SpeechPriority>> = {
	countdown: 'count',
	go: 'count',
	rep: 'count',
	down: 'count',
	'switch-sides': 'count',
	inhale: 'count',
	exhale: 'count',
	relax: 'count',
	announce: 'step',
	// How to do the next step and when to stop: said in full, never dropped as an extra.
	intro: 'step',
	// A timed step's own reminder ("Check your skin…"): safety, never dropped as an extra.
	remind: 'step',
	rest: 'step',
	finish: 'step'
};

const BEEPS: Partial<Record<CueType, SoundKind>> = {
	countdown: 'countdown',
	go: 'go',
	'switch-sides': 'switch',
	rest: 'rest',
	finish: 'finish'
};

/** Cues that mark a change you should feel even with the sound off. */
const FELT: Partial<Record<CueType, SoundKind>> = {
	go: 'go',
	'switch-sides': 'switch',
	rest: 'rest',
	// Felt (or a flash of the screen) with the voice off too: time to check the skin.
	remind: 'rest',
	finish: 'finish'
};

/** Maps an engine cue to what the cue player does for it. */
export function soundsFor(cue: Cue): CueSounds {
	const out: CueSounds = {};
	const beep = BEEPS[cue.type] ?? (!cue.text && isCount(cue.type) ? 'tick' : undefined);
	if (beep) out.beep = beep;
	if (cue.text) {
		out.speak = cue.text;
		out.priority = PRIORITY[cue.type] ?? 'info';
		if (cue.short) out.short = cue.short;
		if (cue.roomMs !== undefined) out.roomMs = cue.roomMs;
	}
	const felt = FELT[cue.type];
	if (felt) out.vibrate = VIBRATION_PATTERNS[felt];
	return out;
}

function isCount(type: CueType): boolean {
	return type === 'rep' || type === 'down';
}
