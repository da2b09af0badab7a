import { formatClock } from '../routine/duration';
import type { SimpleStep } from '../routine/schema';

/** "45 s", "2 min", "2:30": short enough for a line under the countdown. */
export function shortSeconds(seconds: number): string {
	if (seconds < 60) return `${seconds} s`;
	return seconds % 60 === 0 ? `${seconds / 60} min` : formatClock(seconds);
}

/** One line saying what a step asks for: "Hold 10 s, relax 5 s × 8, each side". */
export function describeStep(step: SimpleStep): string {
	const each = 'perSide' in step && step.perSide ? ', each side' : '';
	switch (step.type) {
		case 'timed':
			return `${shortSeconds(step.duration)}${each}`;
		case 'hold':
			return `Hold ${step.hold} s, relax ${step.relax} s × ${step.reps}${each}`;
		case 'tempo':
			return `Up ${step.up} s, down ${step.down} s × ${step.reps}${each}`;
		case 'untimed':
			return 'Tap Done when ready';
		case 'rest':
			return `Rest ${shortSeconds(step.duration)}`;
	}
}

/** Speech for "N seconds left", rounded up like the big countdown. */
export function secondsLeftText(ms: number): string {
	const s = Math.max(0, Math.ceil(ms / 1000));
	return s === 1 ? '1 second left' : `${s} seconds left`;
}

export const TEXT = {
	tapDone: 'Tap Done when ready.',
	switchSides: 'Switch sides',
	rightSide: 'Right side',
	relax: 'Relax',
	rest: 'Rest',
	halfway: 'Halfway',
	inhale: 'Breathe in',
	exhale: 'Breathe out',
	down: 'Down',
	finish: 'Finished. Well done.',
	getReady: 'Get ready'
} as const;
