import { DEFAULT_SWITCH_SECONDS } from '../routine/constants';
import { getReadySeconds } from '../routine/duration';
import type { SetsStep, SimpleStep } from '../routine/schema';
import { formatSeconds } from '../text/format';
import { SCREEN } from '../text/screen';
import { SPOKEN } from '../text/spoken';
import { nextTiming } from '../text/steps';
import type { Base, Draft } from './draft';
import { COUNT_IN_SECONDS, needsCountIn } from './prepare';
import type { Count, Side } from './types';

/** The "Get ready" count-in before step `stepIndex` (where: see prepare.ts). */
export function addPrepare(draft: Draft, o: { stepIndex: number; seconds: number }): void {
	const first = draft.segments.length;
	const base = { stepIndex: o.stepIndex, name: SCREEN.getReady, cue: SPOKEN.getReady };
	draft.segment({ base, kind: 'prepare', durationMs: o.seconds * 1000 });
	const description = formatSeconds(o.seconds);
	draft.item({
		kind: 'prepare',
		stepIndex: o.stepIndex,
		first,
		name: SCREEN.getReady,
		description
	});
}

/** One pass of a simple step: its side(s), reps and the switch between sides. */
export function addSimple(draft: Draft, step: SimpleStep, stepIndex: number, set?: Count): void {
	const first = draft.segments.length;
	const name = step.name ?? SCREEN.rest;
	const base: Base = {
		stepIndex,
		name,
		cue: ('cue' in step && step.cue) || name,
		instructions: step.instructions,
		stopIf: 'stopIf' in step ? step.stopIf : undefined,
		set
	};
	const description = nextTiming(step);
	if (step.type === 'untimed' || step.type === 'rest' || step.type === 'get-ready') {
		const seconds =
			step.type === 'rest' ? step.duration : step.type === 'get-ready' ? getReadySeconds(step) : 0;
		draft.segment({ base, kind: step.type, durationMs: seconds * 1000 });
		draft.item({ kind: step.type, stepIndex, first, name, description, set });
		return;
	}
	// After a get-ready or a Done tap, a 3-2-1 before time runs. It is part of this step's item,
	// so "I'm ready" and Skip land on it, and going back to the step counts in again.
	if (needsCountIn(step, draft.segments.at(-1)?.kind)) {
		const countIn = { ...base, side: step.perSide ? ('left' as const) : undefined };
		draft.segment({ base: countIn, kind: 'prepare', durationMs: COUNT_IN_SECONDS * 1000 });
	}
	const sides: (Side | undefined)[] = step.perSide ? ['left', 'right'] : [undefined];
	sides.forEach((side, i) => {
		if (i > 0) addSwitch(draft, { stepIndex, name, set, seconds: step.switchSeconds });
		const phases = step.type === 'tempo' ? step.phases : undefined;
		const remind = step.type === 'timed' ? step.remind : undefined;
		const pass: Base = { ...base, side, breathing: step.breathing, phases, remind };
		const passStartMs = draft.t;
		if (step.type === 'timed')
			draft.segment({ base: pass, kind: 'timed', durationMs: step.duration * 1000, passStartMs });
		for (let n = 1; step.type === 'hold' && n <= step.reps; n++) {
			const rep = { n, of: step.reps };
			draft.segment({ base: pass, kind: 'hold', durationMs: step.hold * 1000, rep, passStartMs });
			draft.segment({ base: pass, kind: 'relax', durationMs: step.relax * 1000, rep, passStartMs });
		}
		for (let n = 1; step.type === 'tempo' && n <= step.reps; n++) {
			const rep = { n, of: step.reps };
			draft.segment({ base: pass, kind: 'up', durationMs: step.up * 1000, rep, passStartMs });
			draft.segment({ base: pass, kind: 'down', durationMs: step.down * 1000, rep, passStartMs });
		}
	});
	draft.item({ kind: 'exercise', stepIndex, first, name, description, set });
}

function addSwitch(
	draft: Draft,
	o: { stepIndex: number; name: string; set?: Count | undefined; seconds?: number | undefined }
): void {
	const base = {
		stepIndex: o.stepIndex,
		name: SCREEN.switchSides,
		cue: SPOKEN.switchSides,
		instructions: SCREEN.rightSideNext(o.name),
		set: o.set
	};
	const seconds = o.seconds ?? DEFAULT_SWITCH_SECONDS;
	draft.segment({ base, kind: 'switch-sides', durationMs: seconds * 1000 });
}

/** A block of steps played `sets` times, with a rest between sets. */
export function addSets(draft: Draft, step: SetsStep, stepIndex: number): void {
	const restMs = (step.restBetween ?? 0) * 1000;
	for (let n = 1; n <= step.sets; n++) {
		const set = { n, of: step.sets };
		for (const inner of step.steps) addSimple(draft, inner, stepIndex, set);
		if (n >= step.sets || restMs <= 0) continue;
		const first = draft.segments.length;
		const name = SCREEN.restBetweenSets;
		const instructions = SCREEN.setNext({ n: n + 1, of: step.sets });
		draft.segment({
			base: { stepIndex, name, cue: SPOKEN.rest, instructions, set },
			kind: 'set-rest',
			durationMs: restMs
		});
		const description = SCREEN.restFor(restMs / 1000);
		draft.item({ kind: 'set-rest', stepIndex, first, name, description, set });
	}
}
