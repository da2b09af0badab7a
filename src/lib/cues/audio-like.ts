// The slice of the Web Audio API the beeper uses. Real browser objects satisfy it
// structurally; tests implement it with a hand-made fake whose clock they control.

/** An `AudioParam` as far as envelopes need it. */
export interface AudioParamLike {
	value: number;
	setValueAtTime(value: number, time: number): unknown;
	linearRampToValueAtTime(value: number, time: number): unknown;
	exponentialRampToValueAtTime(value: number, time: number): unknown;
}

/** Any node that can be wired into the graph. */
export interface AudioNodeLike {
	connect(destination: AudioNodeLike): unknown;
	disconnect(): void;
}

/** An `OscillatorNode`. */
export interface OscillatorLike extends AudioNodeLike {
	type: OscillatorType;
	frequency: AudioParamLike;
	start(when?: number): void;
	stop(when?: number): void;
}

/** A `GainNode`. */
export interface GainLike extends AudioNodeLike {
	gain: AudioParamLike;
}

/** An `AudioContext`; `state` is a string because iOS adds `interrupted`. */
export interface AudioContextLike {
	readonly currentTime: number;
	readonly state: string;
	/** Seconds from the audio clock to the speaker (absent in some browsers). */
	readonly outputLatency?: number;
	/** Seconds of processing before the output (absent in some browsers). */
	readonly baseLatency?: number;
	readonly destination: AudioNodeLike;
	createOscillator(): OscillatorLike;
	createGain(): GainLike;
	resume(): Promise<void>;
	close(): Promise<void>;
	addEventListener(type: 'statechange', listener: () => void): void;
	removeEventListener(type: 'statechange', listener: () => void): void;
}

/** `AudioContext` (or `webkitAudioContext`) constructor. */
export type AudioContextCtorLike = new () => AudioContextLike;

/** The browser's AudioContext constructor, `webkitAudioContext` on old iOS, or undefined (SSR, tests). */
export function defaultAudioContextCtor(): AudioContextCtorLike | undefined {
	const g = globalThis as {
		AudioContext?: AudioContextCtorLike;
		webkitAudioContext?: AudioContextCtorLike;
	};
	return g.AudioContext ?? g.webkitAudioContext;
}
