/**
 * How big a routine is once played: its length and the number of timeline segments it compiles
 * to. Per-field limits alone allow a 6 KB file that lasts days and compiles to 400,000 segments,
 * so the routine as a whole is checked against LIMITS too.
 */
import { routineSeconds } from './duration';
import { LIMITS } from './limits';
import type { Routine, SimpleStep, Step } from './shape';

/** Segments one pass of a simple step compiles to (both sides and the switch for per-side steps). */
export function simpleStepSegments(step: SimpleStep): number {
	if (step.type === 'untimed' || step.type === 'rest' || step.type === 'get-ready') return 1;
	const once = step.type === 'timed' ? 1 : 2 * step.reps;
	return step.perSide ? 2 * once + 1 : once;
}

/** Segments a step compiles to, sets and rests between sets included. */
export function stepSegments(step: Step): number {
	if (step.type !== 'sets') return simpleStepSegments(step);
	const one = step.steps.reduce((sum, inner) => sum + simpleStepSegments(inner), 0);
	return step.sets * one + (step.restBetween ? step.sets - 1 : 0);
}

/** Segments of the whole routine, without the "get ready" one the settings may add. */
export function routineSegments(routine: Routine): number {
	return routine.steps.reduce((sum, step) => sum + stepSegments(step), 0);
}

const hours = (seconds: number) => {
	const minutes = Math.round(seconds / 60);
	const h = Math.floor(minutes / 60);
	return `${h} h${minutes % 60 ? ` ${minutes % 60} min` : ''}`;
};

/** One line per limit the routine as a whole goes over (its steps are the place to fix it). */
export function sizeProblems(routine: Routine): string[] {
	const problems: string[] = [];
	const seconds = routineSeconds(routine);
	if (seconds > LIMITS.totalSeconds) {
		problems.push(
			`the routine lasts ${hours(seconds)}; at most ${hours(LIMITS.totalSeconds)} is allowed`
		);
	}
	const segments = routineSegments(routine);
	if (segments > LIMITS.segments) {
		problems.push(
			`the routine has ${segments.toLocaleString('en')} parts (every hold, relax, up, down, rest, side switch and untimed step is one); at most ${LIMITS.segments.toLocaleString('en')} are allowed`
		);
	}
	return problems;
}
