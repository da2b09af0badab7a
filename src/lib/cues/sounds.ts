import type { AudioContextLike, AudioNodeLike, OscillatorLike } from './audio-like';
import type { SoundKind } from './types';

/** One synthesized note of a sound: an oscillator with a short attack and a decay. */
export interface Note {
	/** Hz. */
	freq: number;
	/** Seconds after the sound's start. */
	offset: number;
	/** Seconds from onset to silence. */
	duration: number;
	/** Peak gain before the master volume, 0..1. */
	peak: number;
	type: OscillatorType;
}

// Phone speakers barely reproduce anything under ~400 Hz, so every note sits in
// 440–1320 Hz; kinds differ in pitch, length and rhythm so they are told apart by ear
// from across the room without looking.
/** The notes that make up each sound kind. */
export const SOUNDS: Readonly<Record<SoundKind, readonly Note[]>> = {
	// A short mid beep: "3, 2, 1".
	countdown: [{ freq: 880, offset: 0, duration: 0.12, peak: 0.6, type: 'triangle' }],
	// Higher and longer: "move now".
	go: [{ freq: 1320, offset: 0, duration: 0.45, peak: 0.8, type: 'triangle' }],
	// Soft, falling two-tone: "relax".
	rest: [
		{ freq: 660, offset: 0, duration: 0.22, peak: 0.35, type: 'sine' },
		{ freq: 440, offset: 0.24, duration: 0.34, peak: 0.35, type: 'sine' }
	],
	// Two quick beeps: "other side".
	switch: [
		{ freq: 988, offset: 0, duration: 0.09, peak: 0.6, type: 'square' },
		{ freq: 988, offset: 0.15, duration: 0.09, peak: 0.6, type: 'square' }
	],
	// Rising C–E–G chime: "done".
	finish: [
		{ freq: 523.25, offset: 0, duration: 0.18, peak: 0.6, type: 'sine' },
		{ freq: 659.25, offset: 0.2, duration: 0.18, peak: 0.6, type: 'sine' },
		{ freq: 783.99, offset: 0.4, duration: 0.5, peak: 0.7, type: 'sine' }
	],
	// Very short and quiet: a metronome for tempo reps.
	tick: [{ freq: 1200, offset: 0, duration: 0.03, peak: 0.15, type: 'triangle' }]
};

// A 5 ms attack avoids the click of a square onset; exponential decay sounds natural
// and cannot reach 0, hence the tiny floor.
const ATTACK = 0.005;
const FLOOR = 0.0001;

/** The nodes of one played sound, kept so a future sound can be cancelled. */
export interface PlayedSound {
	oscillators: OscillatorLike[];
	nodes: AudioNodeLike[];
	/** Audio-clock seconds of the first onset and of the end. */
	start: number;
	end: number;
}

/** Wire the notes of `kind` into `ctx`, starting at audio time `when`, through `out`. */
export function playSound(
	ctx: AudioContextLike,
	out: AudioNodeLike,
	kind: SoundKind,
	when: number
): PlayedSound {
	const played: PlayedSound = { oscillators: [], nodes: [], start: when, end: when };
	for (const note of SOUNDS[kind]) {
		const t0 = when + note.offset;
		const t1 = t0 + note.duration;
		const osc = ctx.createOscillator();
		const env = ctx.createGain();
		osc.type = note.type;
		osc.frequency.setValueAtTime(note.freq, t0);
		env.gain.setValueAtTime(FLOOR, t0);
		env.gain.linearRampToValueAtTime(note.peak, t0 + ATTACK);
		env.gain.exponentialRampToValueAtTime(FLOOR, t1);
		osc.connect(env);
		env.connect(out);
		osc.start(t0);
		osc.stop(t1 + 0.02);
		played.oscillators.push(osc);
		played.nodes.push(osc, env);
		played.end = Math.max(played.end, t1 + 0.02);
	}
	return played;
}
