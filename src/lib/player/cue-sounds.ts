import type { SoundKind } from '$lib/cues/types';
import { VIBRATION_PATTERNS } from '$lib/cues/vibration';
import type { Cue, CueType } from '$lib/engine';

/** How one engine cue is heard and felt: a beep, words, a vibration, any of them. */
export interface CueSounds {
	beep?: SoundKind;
	speak?: string;
	/** Interrupt queued speech: a new step matters more than the tail of the last one. */
	interrupt?: boolean;
	vibrate?: readonly number[];
}

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
	finish: 'finish'
};

/** Maps an engine cue to what the cue player does for it. */
export function soundsFor(cue: Cue): CueSounds {
	const out: CueSounds = {};
	const beep = BEEPS[cue.type] ?? (!cue.text && isCount(cue.type) ? 'tick' : undefined);
	if (beep) out.beep = beep;
	if (cue.text) out.speak = cue.text;
	if (cue.type === 'announce') out.interrupt = true;
	const felt = FELT[cue.type];
	if (felt) out.vibrate = VIBRATION_PATTERNS[felt];
	return out;
}

function isCount(type: CueType): boolean {
	return type === 'rep' || type === 'down';
}
