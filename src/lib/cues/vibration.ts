import type { SoundKind } from './types';

/** Vibration patterns (ms on, off, on…) matching each sound, felt through the floor. */
export const VIBRATION_PATTERNS: Readonly<Record<SoundKind, readonly number[]>> = {
	countdown: [60],
	go: [200],
	rest: [120, 120, 120],
	switch: [80, 80, 80],
	finish: [200, 100, 200, 100, 400],
	// A buzz per tempo tick would be more nuisance than help.
	tick: []
};

/** `navigator` as far as vibration needs it. */
export interface VibrateNavigator {
	vibrate?: (pattern: number | number[]) => boolean;
}

/** Vibration, where the device has it. */
export interface Vibrator {
	/** False on iOS and desktops without `navigator.vibrate`. */
	readonly supported: boolean;
	/** Vibrate; false when unsupported or refused (no gesture yet) so the caller can flash. */
	vibrate(pattern: readonly number[]): boolean;
	/** Stop a running pattern. */
	stop(): void;
}

/** Create a vibrator over `navigator.vibrate`. */
export function createVibrator({
	nav = globalThis.navigator
}: { nav?: VibrateNavigator | undefined } = {}): Vibrator {
	const supported = typeof nav?.vibrate === 'function';
	const call = (p: number | number[]): boolean => {
		if (!supported || !nav) return false;
		try {
			// Called as a method: a detached `vibrate` throws "Illegal invocation".
			return nav.vibrate?.(p) ?? false;
		} catch {
			return false;
		}
	};
	return {
		supported,
		vibrate: (pattern) => (pattern.length > 0 ? call([...pattern]) : false),
		stop: () => void call(0)
	};
}
