import { DEFAULT_SWITCH_SECONDS } from '../routine/constants';
import type { Routine, SimpleStep } from '../routine/schema';
import { breathingCues } from './breathing';
import { prepareStepIndex } from './prepare';
import { staticCues } from './segment-cues';
import { resolveSettings, type EngineSettings } from './settings';
import { formatSeconds } from '../text/format';
import { SCREEN } from '../text/screen';
import { SPOKEN } from '../text/spoken';
import { nextTiming } from '../text/steps';
import type {
	Count,
	ItemKind,
	Segment,
	SegmentKind,
	Side,
	Timeline,
	TimelineItem,
	TimelineStep
} from './types';

/** What every segment of one pass through a step shares. */
interface Base {
	stepIndex: number;
	name: string;
	cue: string;
	instructions?: string | undefined;
	stopIf?: string | undefined;
	set?: Count | undefined;
	side?: Side | undefined;
	breathing?: Segment['breathing'];
}

/**
 * Compiles a valid routine into a flat timeline. Durations become integer milliseconds so
 * positions add up exactly: the non-prepare segments sum to routineSeconds(routine) * 1000.
 */
export function compile(routine: Routine, settings: Partial<EngineSettings> = {}): Timeline {
	const resolved = resolveSettings(settings);
	const segments: Segment[] = [];
	const items: TimelineItem[] = [];
	const steps: TimelineStep[] = [];
	let t = 0;

	// Objects of one fixed shape (no conditional spreads): compiling 1,000 steps stays fast.
	const add = (o: {
		base: Base;
		kind: SegmentKind;
		durationMs: number;
		rep?: Count;
		passStartMs?: number;
	}) => {
		const { base } = o;
		segments.push({
			index: segments.length,
			kind: o.kind,
			stepIndex: base.stepIndex,
			itemIndex: items.length,
			startMs: t,
			durationMs: o.durationMs,
			name: base.name,
			instructions: base.instructions,
			cue: base.cue,
			stopIf: base.stopIf,
			rep: o.rep,
			set: base.set,
			side: base.side,
			breathing: base.breathing,
			passStartMs: o.passStartMs ?? t,
			cues: []
		});
		t += o.durationMs;
	};
	const item = (o: {
		kind: ItemKind;
		stepIndex: number;
		first: number;
		name: string;
		description: string;
		set?: Count | undefined;
	}) => {
		items.push({
			index: items.length,
			kind: o.kind,
			stepIndex: o.stepIndex,
			firstSegment: o.first,
			endSegment: segments.length,
			name: o.name,
			description: o.description,
			set: o.set
		});
	};

	const addSimple = (step: SimpleStep, stepIndex: number, set?: Count) => {
		const first = segments.length;
		const name = step.name ?? SCREEN.rest;
		const base: Base = {
			stepIndex,
			name,
			cue: ('cue' in step && step.cue) || name,
			instructions: step.instructions,
			stopIf: 'stopIf' in step ? step.stopIf : undefined,
			set
		};
		if (step.type === 'untimed' || step.type === 'rest') {
			add({ base, kind: step.type, durationMs: step.type === 'rest' ? step.duration * 1000 : 0 });
			item({ kind: step.type, stepIndex, first, name, description: nextTiming(step), set });
			return;
		}
		const sides: (Side | undefined)[] = step.perSide ? ['left', 'right'] : [undefined];
		sides.forEach((side, i) => {
			if (i > 0) {
				const seconds = step.switchSeconds ?? DEFAULT_SWITCH_SECONDS;
				const switchBase = {
					stepIndex,
					name: SCREEN.switchSides,
					cue: SPOKEN.switchSides,
					instructions: SCREEN.rightSideNext(name),
					set
				};
				add({ base: switchBase, kind: 'switch-sides', durationMs: seconds * 1000 });
			}
			const pass: Base = { ...base, side, breathing: step.breathing };
			const passStartMs = t;
			if (step.type === 'timed')
				add({ base: pass, kind: 'timed', durationMs: step.duration * 1000, passStartMs });
			for (let n = 1; step.type === 'hold' && n <= step.reps; n++) {
				const rep = { n, of: step.reps };
				add({ base: pass, kind: 'hold', durationMs: step.hold * 1000, rep, passStartMs });
				add({ base: pass, kind: 'relax', durationMs: step.relax * 1000, rep, passStartMs });
			}
			for (let n = 1; step.type === 'tempo' && n <= step.reps; n++) {
				const rep = { n, of: step.reps };
				add({ base: pass, kind: 'up', durationMs: step.up * 1000, rep, passStartMs });
				add({ base: pass, kind: 'down', durationMs: step.down * 1000, rep, passStartMs });
			}
		});
		item({ kind: 'exercise', stepIndex, first, name, description: nextTiming(step), set });
	};

	// The count-in goes before the first timed step (see prepare.ts); untimed steps before it
	// have no length, so it still starts at 0 ms and every position stays where it was.
	const prepareAt = resolved.prepareSeconds > 0 ? prepareStepIndex(routine) : -1;
	const prepareMs = prepareAt >= 0 ? resolved.prepareSeconds * 1000 : 0;
	const addPrepare = (stepIndex: number) => {
		const first = segments.length;
		const base = { stepIndex, name: SCREEN.getReady, cue: SPOKEN.getReady };
		add({ base, kind: 'prepare', durationMs: prepareMs });
		const description = formatSeconds(resolved.prepareSeconds);
		item({ kind: 'prepare', stepIndex, first, name: SCREEN.getReady, description });
	};

	routine.steps.forEach((step, stepIndex) => {
		if (stepIndex === prepareAt) addPrepare(stepIndex);
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
					const name = SCREEN.restBetweenSets;
					const instructions = SCREEN.setNext({ n: n + 1, of: step.sets });
					add({
						base: { stepIndex, name, cue: SPOKEN.rest, instructions, set },
						kind: 'set-rest',
						durationMs: restMs
					});
					const description = SCREEN.restFor(restMs / 1000);
					item({ kind: 'set-rest', stepIndex, first, name, description, set });
				}
			}
		}
		steps.push({
			index: stepIndex,
			name: step.name ?? SCREEN.rest,
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
	for (const segment of segments) {
		const index = segment.index;
		segment.cues = staticCues({
			segments,
			items,
			settings: resolved,
			index,
			breaths: breaths.get(index)
		});
	}

	return {
		routineId: routine.id,
		routineVersion: routine.version,
		settings: resolved,
		segments,
		items,
		steps,
		prepareMs,
		routineMs: t - prepareMs,
		totalMs: t,
		nextUntimed
	};
}
