/**
 * The routine format's fields, one by one: Backbeat's public interface. With the whole-routine
 * checks in schema.ts it gives the TS types, the runtime validation (see parse.ts) and
 * routines/schema.json (tests/scripts/write-schema.ts). Kept apart from schema.ts so that
 * size.ts and duration.ts can use its types without an import cycle.
 *
 * All durations are whole seconds. Unknown fields are errors (strict objects), so a typo
 * in a routine file is reported instead of silently ignored.
 */
import * as v from 'valibot';

import { CONDITIONS, FORMAT_VERSION, LEVELS, POSITIONS, STAGES, STEP_TYPES } from './constants';
import { POSE_NAMES } from '../figure/names';
import { LIMITS } from './limits';
import { got as received } from './quote';
import { textProblem } from './safe-text';
import { list, slug, uniqueList, whole } from './valid';

export * from './constants';
export { LIMITS } from './limits';

/** Whole seconds in [min, max], with an error that names the range and what was found. */
export const seconds = (min: number, max: number = LIMITS.pieceSeconds) =>
	whole(min, max, 'seconds');

/** Trimmed text of min to max characters that shows as what it says (safe-text.ts). */
const text = (min: number, max: number, what = 'text', multiline = false) => {
	const expected = `expected ${what} of ${min} to ${max} characters`;
	const length = (issue: { input: string }) => `${expected}, got ${issue.input.length}`;
	return v.pipe(
		v.string((issue) => `${expected}, ${received(issue)}`),
		v.trim(),
		v.minLength(min, length),
		v.maxLength(max, length),
		v.rawCheck(({ dataset, addIssue }) => {
			const problem = dataset.typed ? textProblem(dataset.value, multiline) : null;
			if (problem) addIssue({ message: `expected ${what} as plain text: it ${problem}` });
		})
	);
};

const oneOf = <const T extends readonly string[]>(options: T) =>
	v.picklist(
		options,
		(issue) => `expected one of ${options.map((o) => `"${o}"`).join(', ')}, ${received(issue)}`
	);

const id = (what: string) => slug(what, LIMITS.text.id);

/**
 * valibot reports three things through a strict object's message: an unknown key
 * (expected "never"), a missing required key (expected is the quoted key name) and
 * a value that is not an object at all.
 */
const strict = <T extends v.ObjectEntries>(entries: T, what: string) =>
	v.strictObject(entries, (issue) => {
		if (issue.expected === 'never') return `unknown field (not part of the routine format)`;
		if (issue.expected?.startsWith('"')) return `required field is missing`;
		return `expected ${what} as an object, ${received(issue)}`;
	});

/** A breathing pattern spoken and shown during a step: inhale n s, exhale m s, repeated. */
export const BreathingSchema = strict(
	{
		inhale: seconds(1, LIMITS.breathSeconds),
		exhale: seconds(1, LIMITS.breathSeconds)
	},
	'a breathing pattern'
);

const poseName = v.picklist(
	POSE_NAMES,
	(issue) => `unknown pose name, ${received(issue)} (routines/README.md lists the poses)`
);

/**
 * The figure drawn for a step: a start pose and an end pose by name. A tempo step moves
 * between them each rep, a hold settles into the end pose; with a cadence (moves per minute)
 * a timed step loops start ↔ end, as in marching or walking.
 */
export const FigureSchema = strict(
	{
		start: poseName,
		end: v.optional(poseName),
		cadence: v.optional(whole(10, 200, 'moves per minute'))
	},
	'a figure'
);

/** What every exercise step may carry besides its timing. */
const stepText = {
	name: text(1, LIMITS.text.name, 'a step name'),
	instructions: text(1, LIMITS.text.instructions, 'instructions', true),
	/** A short phrase spoken when the step starts; defaults to the name. */
	cue: v.optional(text(1, LIMITS.text.cue, 'a spoken cue')),
	breathing: v.optional(BreathingSchema),
	/** A safety line shown with the step: "Stop if the pain spreads down a leg." */
	stopIf: v.optional(text(1, LIMITS.text.stopIf, 'a stop-if line')),
	figure: v.optional(FigureSchema)
};

/** Per-side steps run left then right with a short switch-sides pause between. */
const sides = {
	perSide: v.optional(v.boolean((issue) => `expected true or false, ${received(issue)}`)),
	/** The pause to change sides; 5 s when not given. */
	switchSeconds: v.optional(seconds(1, LIMITS.switchSeconds))
};

/**
 * A sentence a long timed step says again and again: "Check your skin…" every 180 s of a
 * 12-minute cold pack. Said at each whole `every` from the step's start, in every guidance
 * (it is about safety), never into the countdown at the step's end; the step then has no
 * "Halfway" (see engine/reminders.ts).
 */
export const RemindSchema = strict(
	{
		every: seconds(LIMITS.remindEverySeconds.min, LIMITS.remindEverySeconds.max),
		say: text(1, LIMITS.text.remind, 'a reminder')
	},
	'a reminder'
);

/** A timed step: walk 4 min; ice 12 min; a 30 s stretch. */
export const TimedStepSchema = strict(
	{
		type: v.literal('timed'),
		...stepText,
		duration: seconds(1),
		...sides,
		/** Said every `every` seconds through the step: a skin check during a pack. */
		remind: v.optional(RemindSchema)
	},
	'a step'
);

/** Holds with reps: hold N s, relax M s, R times (relax follows every hold). */
export const HoldStepSchema = strict(
	{
		type: v.literal('hold'),
		...stepText,
		hold: seconds(1, LIMITS.holdSeconds),
		relax: seconds(1, LIMITS.holdSeconds),
		reps: whole(1, LIMITS.reps, 'reps'),
		...sides
	},
	'a step'
);

/**
 * What a tempo step calls its two phases, shown and spoken: "Lift" and "Lower", "Rock left"
 * and "Rock right". Without it the player says "Up" and "Down", which is wrong for a move
 * that goes down first (a squat), or sideways.
 */
export const PhasesSchema = strict(
	{
		up: text(1, LIMITS.text.phase, 'a phase word'),
		down: text(1, LIMITS.text.phase, 'a phase word')
	},
	'phase words'
);

/** Reps at a tempo, counted aloud: up N s, down M s, R times. */
export const TempoStepSchema = strict(
	{
		type: v.literal('tempo'),
		...stepText,
		up: seconds(1, LIMITS.tempoSeconds),
		down: seconds(1, LIMITS.tempoSeconds),
		reps: whole(1, LIMITS.reps, 'reps'),
		/** The words for the up and down phases; "Up" and "Down" when not given. */
		phases: v.optional(PhasesSchema),
		...sides
	},
	'a step'
);

/**
 * A timed, spoken get-ready (format 3): "Get into position" for `seconds` (15 when not given),
 * then a 3-2-1 into the next step. Nobody on the floor has to reach for the phone; "+15 s"
 * stretches it and "I'm ready" ends it early. No breathing rhythm: nothing is counted yet.
 */
export const GetReadyStepSchema = strict(
	{
		type: v.literal('get-ready'),
		name: stepText.name,
		instructions: stepText.instructions,
		cue: stepText.cue,
		stopIf: stepText.stopIf,
		figure: stepText.figure,
		seconds: v.optional(seconds(LIMITS.getReadySeconds.min, LIMITS.getReadySeconds.max))
	},
	'a step'
);

/**
 * A step that waits until the person taps Done, for what only they can tell has ended: "wrap
 * the ice pack", "walk until you are done". Getting into position is a `get-ready` instead.
 */
export const UntimedStepSchema = strict({ type: v.literal('untimed'), ...stepText }, 'a step');

/** A rest. Its name defaults to "Rest". */
export const RestStepSchema = strict(
	{
		type: v.literal('rest'),
		name: v.optional(text(1, LIMITS.text.name, 'a step name')),
		instructions: v.optional(text(1, LIMITS.text.instructions, 'instructions', true)),
		duration: seconds(1),
		figure: v.optional(FigureSchema)
	},
	'a step'
);

const simpleSteps = [
	TimedStepSchema,
	HoldStepSchema,
	TempoStepSchema,
	GetReadyStepSchema,
	UntimedStepSchema,
	RestStepSchema
] as const;

/** `types` are the step types allowed here, named in the error (sets blocks do not nest). */
const stepVariant = <T extends v.VariantOptions<'type'>>(
	options: T,
	types: readonly string[],
	where = ''
) =>
	v.variant('type', options, (issue) =>
		issue.expected === 'Object' || issue.expected === 'object'
			? `expected a step as an object, ${received(issue)}`
			: `expected a step type${where} (${types.map((t) => `"${t}"`).join(', ')}), ${received(issue)}`
	);

/** A block of steps repeated as sets, with rest between sets. Blocks do not nest. */
export const SetsStepSchema = strict(
	{
		type: v.literal('sets'),
		name: text(1, LIMITS.text.name, 'a step name'),
		sets: whole(1, LIMITS.sets, 'sets'),
		/** Rest between two sets (not after the last); none when 0 or not given. */
		restBetween: v.optional(seconds(0)),
		steps: list(
			stepVariant(
				simpleSteps,
				STEP_TYPES.filter((t) => t !== 'sets'),
				' inside a sets block'
			),
			1,
			LIMITS.stepsPerSet,
			'steps'
		)
	},
	'a step'
);

export const StepSchema = stepVariant([...simpleSteps, SetsStepSchema], STEP_TYPES);

export const RoutineObjectSchema = strict(
	{
		/** Lets editors autocomplete: "./schema.json". */
		$schema: v.optional(text(1, LIMITS.text.schemaRef, 'a schema reference')),
		formatVersion: v.literal(
			FORMAT_VERSION,
			(issue) => `expected ${FORMAT_VERSION}, ${received(issue)}`
		),
		id: id('an id'),
		/** Content revision of this routine; history records which one was played. */
		version: v.optional(whole(1, LIMITS.version, 'a version'), 1),
		title: text(1, LIMITS.text.title, 'a title'),
		summary: text(1, LIMITS.text.summary, 'a summary', true),
		level: oneOf(LEVELS),
		/** Which phase of a back spasm this routine suits (format 2). */
		stage: oneOf(STAGES),
		position: list(oneOf(POSITIONS), 1, LIMITS.lists.positions, 'positions'),
		tags: list(id('a tag'), 0, LIMITS.lists.tags, 'tags'),
		equipment: list(
			text(1, LIMITS.text.equipment, 'an equipment name'),
			0,
			LIMITS.lists.equipment,
			'equipment items'
		),
		safety: list(
			text(1, LIMITS.text.safety, 'a safety note', true),
			1,
			LIMITS.lists.safety,
			'safety notes'
		),
		/**
		 * The conditions this routine's moves call for care with (pregnancy, osteoporosis, a hip
		 * replacement), each at most once; its pages show a short word on each. Optional.
		 */
		cautions: v.optional(
			uniqueList(oneOf(CONDITIONS), 0, CONDITIONS.length, 'conditions', 'condition')
		),
		steps: list(StepSchema, 1, LIMITS.steps, 'steps')
	},
	'a routine'
);

export type Routine = v.InferOutput<typeof RoutineObjectSchema>;
export type RoutineInput = v.InferInput<typeof RoutineObjectSchema>;
export type Step = v.InferOutput<typeof StepSchema>;
export type SimpleStep = Exclude<Step, { type: 'sets' }>;
export type SetsStep = Extract<Step, { type: 'sets' }>;
export type Breathing = v.InferOutput<typeof BreathingSchema>;
export type Figure = v.InferOutput<typeof FigureSchema>;
export type Phases = v.InferOutput<typeof PhasesSchema>;
export type Remind = v.InferOutput<typeof RemindSchema>;
export type Level = (typeof LEVELS)[number];
export type Position = (typeof POSITIONS)[number];
export type Stage = (typeof STAGES)[number];
