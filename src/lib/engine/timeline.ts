import type { Routine } from '../routine/schema';
import { SCREEN } from '../text/screen';
import { breathingCues } from './breathing';
import { addPrepare, addSets, addSimple } from './compile-step';
import { Draft } from './draft';
import { routineStopRule } from './guidance';
import { addLeadIns, type Intro } from './guidance-lead-in';
import { READY_KINDS } from './kinds';
import { prepareStepIndex } from './prepare';
import { staticCues } from './segment-cues';
import { resolveSettings, type EngineSettings } from './settings';
import type { Segment, Timeline, TimelineItem } from './types';

/**
 * Compiles a valid routine into a flat timeline. Durations become integer milliseconds so
 * positions add up exactly: the segments other than getting ready (prepare, get-ready) and
 * lead-ins sum to routineSeconds(routine) * 1000.
 */
export function compile(routine: Routine, settings: Partial<EngineSettings> = {}): Timeline {
	const resolved = resolveSettings(settings);
	const draft = new Draft();
	// The opening "Get ready" only when the routine starts on the clock (see prepare.ts); after
	// a get-ready or a tap, the step gets a 3-2-1 of its own (compile-step.ts).
	const prepareAt = resolved.prepareSeconds > 0 ? prepareStepIndex(routine) : -1;

	routine.steps.forEach((step, stepIndex) => {
		if (stepIndex === prepareAt) addPrepare(draft, { stepIndex, seconds: resolved.prepareSeconds });
		const firstSegment = draft.segments.length;
		const firstItem = draft.items.length;
		if (step.type === 'sets') addSets(draft, step, stepIndex);
		else addSimple(draft, step, stepIndex);
		draft.steps.push({
			index: stepIndex,
			name: step.name ?? SCREEN.rest,
			type: step.type,
			firstSegment,
			endSegment: draft.segments.length,
			firstItem,
			endItem: draft.items.length
		});
	});

	const { leadInMs, intros } = addLeadIns(draft, resolved, routineStopRule(routine));
	const { segments, items, steps, t } = draft;
	const prepareMs = segments.reduce(
		(ms, s) => (READY_KINDS.has(s.kind) ? ms + s.durationMs : ms),
		0
	);
	attachCues({ segments, items, settings: resolved, intros });
	return {
		routineId: routine.id,
		routineVersion: routine.version,
		settings: resolved,
		segments,
		items,
		steps,
		prepareMs,
		leadInMs,
		routineMs: t - prepareMs - leadInMs,
		totalMs: t,
		nextUntimed: nextUntimedOf(segments)
	};
}

/** For each segment, the index of the next untimed one at or after it (-1: none). */
function nextUntimedOf(segments: readonly Segment[]): number[] {
	const next = new Array<number>(segments.length + 1).fill(-1);
	for (let i = segments.length - 1; i >= 0; i--) {
		next[i] = segments[i]?.kind === 'untimed' ? i : (next[i + 1] ?? -1);
	}
	return next;
}

/** Gives each segment its start-anchored cues, once the whole list is known ("next up" looks ahead). */
function attachCues(o: {
	segments: Segment[];
	items: readonly TimelineItem[];
	settings: EngineSettings;
	intros: ReadonlyMap<number, Intro>;
}): void {
	const { segments, items, settings, intros } = o;
	const breaths = breathingCues({ segments, countdownSeconds: settings.countdownSeconds });
	for (const segment of segments) {
		const index = segment.index;
		segment.cues = staticCues({
			segments,
			items,
			settings,
			index,
			breaths: breaths.get(index),
			intro: intros.get(index)
		});
	}
}
