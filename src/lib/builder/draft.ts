/**
 * The builder's draft: a routine as typed, where any field may be empty or wrong. It turns
 * into the routine format (`toInput`) and is checked by the SAME schema as routines/*.json
 * (parseRoutine), so the builder shows the same errors with the same wording. Pure.
 */
import { FORMAT_VERSION, type Routine, type Step } from '../routine/schema';
import { stepSeconds } from '../routine/duration';
import { parseRoutine } from '../routine/parse';
import { BUILDER } from '../text/builder';
import { coerceStep } from './describe-draft';

import type { DraftStep, DraftStepType, RoutineDraft } from './draft-types';

export type { DraftStep, DraftStepType, RoutineDraft } from './draft-types';

/** The safety line every built-in routine carries; a new routine starts with it. */
export const STANDARD_SAFETY = BUILDER.standardSafety;

let counter = 0;
const nextKey = () => `s${++counter}`;

/** A new step of `type` with sensible starting values (a valid step once it has a name). */
export function newStep(type: DraftStepType): DraftStep {
	return {
		key: nextKey(),
		type,
		name: type === 'rest' ? BUILDER.step.restName : '',
		instructions: '',
		cue: '',
		stopIf: '',
		duration: 30,
		seconds: null,
		hold: 10,
		relax: 5,
		reps: 8,
		up: 2,
		down: 2,
		phases: { up: '', down: '' },
		perSide: false,
		switchSeconds: null,
		breathing: null,
		sets: 2,
		restBetween: 30,
		steps: type === 'sets' ? [newStep('timed')] : []
	};
}

/** An empty routine to start from. */
export function newDraft(): RoutineDraft {
	return {
		id: '',
		version: 1,
		title: '',
		summary: '',
		level: 'gentle',
		// The careful default: someone in a spasm is told it is meant for later (see LaterStageNotice).
		stage: 'recovering',
		position: ['lying'],
		tags: [],
		equipment: [],
		safety: [STANDARD_SAFETY],
		cautions: [],
		// A routine starts by getting into position, on the clock: nobody has to tap from the floor.
		steps: [newStep('get-ready')]
	};
}

/** A routine (built-in or saved) opened for editing. */
export function draftFrom(routine: Routine): RoutineDraft {
	return {
		id: routine.id,
		version: routine.version,
		title: routine.title,
		summary: routine.summary,
		level: routine.level,
		stage: routine.stage,
		position: [...routine.position],
		tags: [...routine.tags],
		equipment: [...routine.equipment],
		safety: [...routine.safety],
		cautions: [...(routine.cautions ?? [])],
		steps: routine.steps.map(stepFrom)
	};
}

function stepFrom(step: Step): DraftStep {
	const base = newStep(step.type);
	const s = step as Partial<Record<string, unknown>>;
	const out: DraftStep = { ...base, steps: [] };
	for (const key of Object.keys(base) as (keyof DraftStep)[]) {
		if (key !== 'key' && key !== 'steps' && s[key] !== undefined) {
			(out as unknown as Record<string, unknown>)[key] = s[key];
		}
	}
	if (step.type === 'sets') out.steps = step.steps.map(stepFrom);
	if (step.type !== 'sets' && step.figure !== undefined) out.figure = step.figure;
	if (step.type === 'timed' && step.remind !== undefined) out.remind = { ...step.remind };
	// A copy, so that editing the draft never changes the routine it came from.
	out.phases = step.type === 'tempo' && step.phases ? { ...step.phases } : { up: '', down: '' };
	if (step.type !== 'sets') out.restBetween = null;
	return out;
}

/** Fields each step type has, in the format's own order. */
const FIELDS: Record<DraftStepType, readonly string[]> = {
	timed: [
		'name',
		'instructions',
		'cue',
		'breathing',
		'stopIf',
		'duration',
		'perSide',
		'switchSeconds'
	],
	hold: [
		'name',
		'instructions',
		'cue',
		'breathing',
		'stopIf',
		'hold',
		'relax',
		'reps',
		'perSide',
		'switchSeconds'
	],
	tempo: [
		'name',
		'instructions',
		'cue',
		'breathing',
		'stopIf',
		'up',
		'down',
		'reps',
		'phases',
		'perSide',
		'switchSeconds'
	],
	'get-ready': ['name', 'instructions', 'cue', 'stopIf', 'seconds'],
	untimed: ['name', 'instructions', 'cue', 'breathing', 'stopIf'],
	rest: ['name', 'instructions', 'duration'],
	sets: ['name', 'sets', 'restBetween', 'steps']
};
/** Empty optional fields are left out rather than reported as too short. */
const OPTIONAL = new Set([
	'cue',
	'stopIf',
	'switchSeconds',
	'breathing',
	'restBetween',
	'perSide',
	'seconds'
]);

/** The step in the routine format, for the schema to judge. */
export function stepInput(step: DraftStep): Record<string, unknown> {
	const out: Record<string, unknown> = { type: step.type };
	for (const field of FIELDS[step.type]) {
		let value: unknown = step[field as keyof DraftStep];
		if (field === 'steps') value = step.steps.map(stepInput);
		if (field === 'perSide' && (value === false || !step.perSide)) continue;
		if (field === 'switchSeconds' && !step.perSide) continue;
		if (step.type === 'rest' && (field === 'name' || field === 'instructions') && value === '')
			continue;
		if (OPTIONAL.has(field) && (value === '' || value === null || value === undefined)) continue;
		// Both words empty: not given. One filled in: both go, so the schema names the blank one.
		if (field === 'phases' && !step.phases.up.trim() && !step.phases.down.trim()) continue;
		if (value === null || value === undefined || (typeof value === 'number' && Number.isNaN(value)))
			continue;
		out[field] = value;
	}
	// Only a timed step has a reminder: one kept from a step since made a hold is left out.
	if (step.remind !== undefined && step.type === 'timed') out.remind = step.remind;
	if (step.figure !== undefined && step.type !== 'sets') out.figure = step.figure;
	return out;
}

/** The whole draft in the routine format; `id` falls back to one made from the title. */
export function toInput(draft: RoutineDraft): Record<string, unknown> {
	return {
		formatVersion: FORMAT_VERSION,
		id: draft.id || slugify(draft.title),
		version: draft.version,
		title: draft.title,
		summary: draft.summary,
		level: draft.level,
		stage: draft.stage,
		position: draft.position,
		tags: draft.tags,
		equipment: draft.equipment,
		safety: draft.safety,
		// None is left out rather than saved as an empty list (a draft stored before cautions
		// existed has no list at all).
		...(draft.cautions?.length ? { cautions: draft.cautions } : {}),
		steps: draft.steps.map(stepInput)
	};
}

export type DraftCheck =
	| { ok: true; routine: Routine; errors: Map<string, string> }
	| { ok: false; errors: Map<string, string> };

/** Validates through parseRoutine; errors keyed by path (`steps[2].hold`), first one per path. */
export function checkDraft(draft: RoutineDraft): DraftCheck {
	const result = parseRoutine(toInput(draft));
	if (result.ok) return { ok: true, routine: result.routine, errors: new Map() };
	const errors = new Map<string, string>();
	for (const line of result.errors) {
		const at = line.indexOf(': ');
		const path = at < 0 ? '(routine)' : line.slice(0, at);
		if (!errors.has(path)) errors.set(path, at < 0 ? line : line.slice(at + 2));
	}
	return { ok: false, errors };
}

/** Live total while typing: empty or wrong numbers count as 0 so the sum never breaks. */
export function draftSeconds(draft: RoutineDraft): number {
	return draft.steps.reduce((sum, step) => sum + stepSeconds(coerceStep(step)), 0);
}

/** "Knee hugs & stretches!" → "knee-hugs-stretches"; "my-routine" when nothing is left. */
export function slugify(title: string): string {
	const slug = title
		.normalize('NFKD')
		// Combining accents left by NFKD go, so "é" becomes "e" rather than a dash.
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 50)
		.replace(/-+$/, '');
	return slug || 'my-routine';
}

/** A copy of `list` with the item at `from` moved to `to` (clamped). */
export function moveItem<T>(list: readonly T[], from: number, to: number): T[] {
	const out = [...list];
	const target = Math.max(0, Math.min(out.length - 1, to));
	const [item] = out.splice(from, 1);
	if (item !== undefined) out.splice(target, 0, item);
	return out;
}

/** A deep copy of a step with fresh keys, placed right after it by the caller. */
export function duplicateStep(step: DraftStep): DraftStep {
	return {
		...structuredClone({ ...step, steps: [] }),
		key: nextKey(),
		steps: step.steps.map(duplicateStep)
	};
}
