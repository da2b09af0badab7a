import type { Routine } from '../routine/schema';

/**
 * Where the "Get ready" count-in goes: before the first step that runs on time. Untimed steps
 * before it ("Get into position") wait for Done first, so the countdown starts once the person
 * is in position, never before. -1 when no step is timed (nothing to count into).
 * One place for this choice, so a timed, spoken get-ready step can replace it later.
 */
export function prepareStepIndex(routine: Routine): number {
	return routine.steps.findIndex((step) => step.type !== 'untimed');
}
