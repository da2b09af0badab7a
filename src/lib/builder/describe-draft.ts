/**
 * Words and preview steps for a draft while it is typed: empty or wrong numbers read as 0 so
 * the preview and the total never break mid-edit. Pure.
 */
import { BUILDER } from '../text/builder';
import { describeTiming } from '../text/steps';
import type { Step } from '../routine/schema';
import type { DraftStep, RoutineDraft } from './draft-types';

type Num = number | null | undefined;
const n = (value: Num) => (typeof value === 'number' && Number.isFinite(value) ? value : 0);

/** The step as the format would read it, with 0 for anything not filled in yet. */
export function coerceStep(s: DraftStep): Step {
	return {
		type: s.type,
		name: s.name || (s.type === 'rest' ? BUILDER.step.restName : BUILDER.step.untitled),
		instructions: s.instructions,
		duration: n(s.duration),
		seconds: s.seconds == null ? undefined : n(s.seconds),
		hold: n(s.hold),
		relax: n(s.relax),
		reps: n(s.reps),
		up: n(s.up),
		down: n(s.down),
		sets: Math.max(1, n(s.sets)),
		restBetween: n(s.restBetween),
		switchSeconds: s.switchSeconds == null ? undefined : n(s.switchSeconds),
		perSide: ['timed', 'hold', 'tempo'].includes(s.type) && s.perSide,
		breathing: s.breathing
			? { inhale: n(s.breathing.inhale), exhale: n(s.breathing.exhale) }
			: undefined,
		stopIf: s.stopIf || undefined,
		phases: s.phases.up && s.phases.down ? { ...s.phases } : undefined,
		steps: s.steps.map(coerceStep)
	} as unknown as Step;
}

/** "Hold 10 s, relax 5 s · 8 times" for a step being edited. */
export function describeDraftStep(step: DraftStep): string {
	return describeTiming(coerceStep(step));
}

/** The draft's steps for the live preview. */
export function previewSteps(draft: RoutineDraft): Step[] {
	return draft.steps.map(coerceStep);
}
