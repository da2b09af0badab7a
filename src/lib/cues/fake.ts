import { DEFAULT_CUE_OPTIONS, type CueOptions, type CuePlayer, type SoundKind } from './types';

/** One recorded call on the fake player. */
export interface CueCall {
	type: 'beep' | 'speak' | 'vibrate' | 'cancel';
	/** beep: the sound. */
	kind?: SoundKind;
	/** beep: page-clock ms it was asked for (absent = now). */
	at?: number;
	/** speak: the text. */
	text?: string;
	/** speak: whether it interrupted. */
	interrupt?: boolean;
	/** vibrate: the pattern. */
	pattern?: number[];
}

/** A CuePlayer that only records, for vitest tests of the player. */
export interface RecordingCuePlayer extends CuePlayer {
	/** Every beep/speak/vibrate/cancel call, in order. */
	readonly calls: CueCall[];
	/** The options as last set. */
	readonly options: Readonly<CueOptions>;
	/** How often `unlock` was called. */
	readonly unlocks: number;
	readonly disposed: boolean;
	/** Pretend the device can vibrate (default true); vibrate() returns false when not. */
	vibrationSupported: boolean;
	/** Calls of one type. */
	ofType(type: CueCall['type']): CueCall[];
	/** Forget the calls so far. */
	clear(): void;
}

/**
 * Create a recording fake. It records every call as made, whatever the options
 * (filtering by options is the real adapter's job); `vibrate` answers like the real
 * one: false when vibration is off or unsupported, so flash fallbacks can be tested.
 */
export function createRecordingCuePlayer(): RecordingCuePlayer {
	const calls: CueCall[] = [];
	let options: CueOptions = { ...DEFAULT_CUE_OPTIONS };
	let unlocks = 0;
	let disposed = false;
	const fake: RecordingCuePlayer = {
		calls,
		get options() {
			return options;
		},
		get unlocks() {
			return unlocks;
		},
		get disposed() {
			return disposed;
		},
		vibrationSupported: true,
		unlock() {
			unlocks++;
			return Promise.resolve();
		},
		beep(kind, opts = {}) {
			calls.push(
				opts.at === undefined ? { type: 'beep', kind } : { type: 'beep', kind, at: opts.at }
			);
		},
		speak(text, opts = {}) {
			calls.push(
				opts.interrupt ? { type: 'speak', text, interrupt: true } : { type: 'speak', text }
			);
		},
		vibrate(pattern) {
			calls.push({ type: 'vibrate', pattern: [...pattern] });
			return fake.vibrationSupported && options.vibration;
		},
		cancelScheduled() {
			calls.push({ type: 'cancel' });
		},
		setOptions(o) {
			options = { ...options, ...o };
		},
		dispose() {
			disposed = true;
		},
		ofType: (type) => calls.filter((c) => c.type === type),
		clear: () => void calls.splice(0)
	};
	return fake;
}
