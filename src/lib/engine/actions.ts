import {
	addTime,
	done,
	end,
	jumpTo,
	next,
	pause,
	previous,
	restartStep,
	resume,
	start,
	type ControlOptions
} from './controls';
import type { Playback } from './types';

/** Every control as data, for a reducer-style player, logs and property tests. */
export type Action =
	| { type: 'start' }
	| { type: 'pause' }
	| { type: 'resume' }
	| { type: 'next' }
	| { type: 'previous' }
	| { type: 'restartStep' }
	| { type: 'jumpTo'; stepIndex: number }
	| { type: 'addTime'; ms?: number }
	| { type: 'done' }
	| { type: 'end' };

/** Applies one action; the same as calling the control of that name. */
export function apply(o: ControlOptions & { action: Action }): Playback {
	const { action } = o;
	switch (action.type) {
		case 'start':
			return start(o);
		case 'pause':
			return pause(o);
		case 'resume':
			return resume(o);
		case 'next':
			return next(o);
		case 'previous':
			return previous(o);
		case 'restartStep':
			return restartStep(o);
		case 'jumpTo':
			return jumpTo({ ...o, stepIndex: action.stepIndex });
		case 'addTime':
			return addTime({ ...o, ...(action.ms !== undefined && { ms: action.ms }) });
		case 'done':
			return done(o);
		case 'end':
			return end(o);
	}
}
