import { DEFAULT_SWITCH_SECONDS, type Routine, type SimpleStep } from '../routine/schema';
import { breathingCues } from './breathing';
import { staticCues } from './segment-cues';
import { resolveSettings, type EngineSettings } from './settings';
import { describeStep, shortSeconds, TEXT } from './text';
import type { Count, ItemKind, Segment, Side, Timeline, TimelineItem, TimelineStep } from './types';

export type DraftSegment = Omit<Segment, 'cues'>;
type NewSegment = Omit<DraftSegment, 'index' | 'startMs' | 'itemIndex' | 'passStartMs'> & {
	passStartMs?: number;
};

/**
 * Compiles a valid routine into a flat timeline. Durations become integer milliseconds so
 * positions add up exactly: the non-prepare segments sum to routineSeconds(routine) * 1000.
 */
export function compile(routine: Routine, settings: Partial<EngineSettings> = {}): Timeline {
	const resolved = resolveSettings(settings);
	const segments: DraftSegment[] = [];
	const items: TimelineItem[] = [];
	const steps: TimelineStep[] = [];
	let t = 0;

	const add = (segment: NewSegment) => {
		const passStartMs = segment.passStartMs ?? t;
		segments.push({
			...segment,
			index: segments.length,
			startMs: t,
			itemIndex: items.length,
			passStartMs
		});
		t += segment.durationMs;
	};
	const item = (
		kind: ItemKind,
		stepIndex: number,
		first: number,
		name: string,
		description: string,
		set?: Count
	) => {
		items.push({
			index: items.length,
			kind,
			stepIndex,
			firstSegment: first,
			endSegment: segments.length,
			name,
			description,
			...(set && { set })
		});
	};

	const addSimple = (step: SimpleStep, stepIndex: number, set?: Count) => {
		const first = segments.length;
		const name = step.name ?? TEXT.rest;
		const common = {
			stepIndex,
			name,
			cue: ('cue' in step && step.cue) || name,
			...(step.instructions !== undefined && { instructions: step.instructions }),
			...('stopIf' in step && step.stopIf !== undefined && { stopIf: step.stopIf }),
			...(set && { set })
		};
		if (step.type === 'untimed' || step.type === 'rest') {
			add({
				...common,
				kind: step.type,
				durationMs: step.type === 'rest' ? step.duration * 1000 : 0
			});
			item(step.type, stepIndex, first, name, describeStep(step), set);
			return;
		}
		const sides: (Side | undefined)[] = step.perSide ? ['left', 'right'] : [undefined];
		sides.forEach((side, i) => {
			if (i > 0) {
				const seconds = step.switchSeconds ?? DEFAULT_SWITCH_SECONDS;
				add({
					stepIndex,
					name: TEXT.switchSides,
					cue: TEXT.switchSides,
					instructions: `Get ready for the right side: ${name}.`,
					kind: 'switch-sides',
					durationMs: seconds * 1000,
					...(set && { set })
				});
			}
			const pass = {
				...common,
				...(side && { side }),
				...(step.breathing && { breathing: step.breathing }),
				passStartMs: t
			};
			if (step.type === 'timed') add({ ...pass, kind: 'timed', durationMs: step.duration * 1000 });
			for (let n = 1; step.type === 'hold' && n <= step.reps; n++) {
				add({ ...pass, kind: 'hold', durationMs: step.hold * 1000, rep: { n, of: step.reps } });
				add({ ...pass, kind: 'relax', durationMs: step.relax * 1000, rep: { n, of: step.reps } });
			}
			for (let n = 1; step.type === 'tempo' && n <= step.reps; n++) {
				add({ ...pass, kind: 'up', durationMs: step.up * 1000, rep: { n, of: step.reps } });
				add({ ...pass, kind: 'down', durationMs: step.down * 1000, rep: { n, of: step.reps } });
			}
		});
		item('exercise', stepIndex, first, name, describeStep(step), set);
	};

	if (resolved.prepareSeconds > 0) {
		add({
			kind: 'prepare',
			stepIndex: 0,
			name: TEXT.getReady,
			cue: TEXT.getReady,
			durationMs: resolved.prepareSeconds * 1000
		});
		item('prepare', 0, 0, TEXT.getReady, shortSeconds(resolved.prepareSeconds));
	}
	const prepareMs = t;

	routine.steps.forEach((step, stepIndex) => {
		const firstSegment = segments.length;
		const firstItem = items.length;
		if (step.type !== 'sets') addSimple(step, stepIndex);
		else {
			const restMs = (step.restBetween ?? 0) * 1000;
			for (let n = 1; n <= step.sets; n++) {
				const set = { n, of: step.sets };
				for (const inner of step.steps) addSimple(inner, stepIndex, set);
				if (n < step.sets && restMs > 0) {
					const first = segments.length;
					add({
						kind: 'set-rest',
						stepIndex,
						name: 'Rest between sets',
						cue: TEXT.rest,
						instructions: `Set ${n + 1} of ${step.sets} next.`,
						durationMs: restMs,
						set
					});
					item(
						'set-rest',
						stepIndex,
						first,
						'Rest between sets',
						`Rest ${shortSeconds(restMs / 1000)}`,
						set
					);
				}
			}
		}
		steps.push({
			index: stepIndex,
			name: step.name ?? TEXT.rest,
			type: step.type,
			firstSegment,
			endSegment: segments.length,
			firstItem,
			endItem: items.length
		});
	});

	const nextUntimed = new Array<number>(segments.length + 1).fill(-1);
	for (let i = segments.length - 1; i >= 0; i--) {
		nextUntimed[i] = segments[i]?.kind === 'untimed' ? i : (nextUntimed[i + 1] ?? -1);
	}

	const breaths = breathingCues({ segments, countdownSeconds: resolved.countdownSeconds });
	const withCues: Segment[] = segments.map((draft) => ({
		...draft,
		cues: staticCues({
			segments,
			items,
			settings: resolved,
			index: draft.index,
			breaths: breaths.get(draft.index)
		})
	}));

	return {
		routineId: routine.id,
		routineVersion: routine.version,
		settings: resolved,
		segments: withCues,
		items,
		steps,
		prepareMs,
		routineMs: t - prepareMs,
		totalMs: t,
		nextUntimed
	};
}
