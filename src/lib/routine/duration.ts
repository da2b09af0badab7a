import { DEFAULT_GET_READY_SECONDS, DEFAULT_SWITCH_SECONDS } from './constants';
import type { Routine, SimpleStep, Step } from './shape';

/** Seconds one pass of a simple step takes (per-side steps count both sides and the switch). */
export function simpleStepSeconds(step: SimpleStep): number {
	const once = (() => {
		switch (step.type) {
			case 'timed':
			case 'rest':
				return step.duration;
			case 'hold':
				return step.reps * (step.hold + step.relax);
			case 'tempo':
				return step.reps * (step.up + step.down);
			// Getting ready is not the routine's own time, like the opening "Get ready".
			case 'get-ready':
			case 'untimed':
				return 0;
		}
	})();
	if ('perSide' in step && step.perSide) {
		return 2 * once + (step.switchSeconds ?? DEFAULT_SWITCH_SECONDS);
	}
	return once;
}

/** A get-ready step's own time (before any "+15 s"): its `seconds`, else 15. */
export function getReadySeconds(step: { seconds?: number | undefined }): number {
	return step.seconds ?? DEFAULT_GET_READY_SECONDS;
}

/** Seconds a step takes, sets and rests between sets included; untimed and get-ready steps count 0. */
export function stepSeconds(step: Step): number {
	if (step.type !== 'sets') return simpleStepSeconds(step);
	const one = step.steps.reduce((sum, inner) => sum + simpleStepSeconds(inner), 0);
	return step.sets * one + (step.sets - 1) * (step.restBetween ?? 0);
}

/** The routine's total timed seconds, computed from its steps (never written by hand). */
export function routineSeconds(routine: Routine): number {
	return routine.steps.reduce((sum, step) => sum + stepSeconds(step), 0);
}

/** How many untimed steps (waiting for Done) a routine has, counting repeats in sets. */
export function untimedCount(routine: Routine): number {
	return routine.steps.reduce((n, step) => {
		if (step.type === 'untimed') return n + 1;
		if (step.type === 'sets') {
			return n + step.sets * step.steps.filter((s) => s.type === 'untimed').length;
		}
		return n;
	}, 0);
}
