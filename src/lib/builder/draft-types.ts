/** The builder's draft: a routine as typed, before the format checks it (draft.ts). */
import type { Condition, Figure, Level, Position, Remind, Stage, Step } from '../routine/schema';

export type DraftStepType = Step['type'];
type Num = number | null | undefined;

/** One step as edited. Fields of other types are kept while typing, dropped by toInput. */
export interface DraftStep {
	/** Stable key for the list (reorders keep focus and animation right); never saved. */
	key: string;
	type: DraftStepType;
	name: string;
	instructions: string;
	cue: string;
	stopIf: string;
	duration: Num;
	/** A get-ready step's time to get into position; empty = the default 15 s. */
	seconds: Num;
	hold: Num;
	relax: Num;
	reps: Num;
	up: Num;
	down: Num;
	/** A tempo step's phase words; both empty = not given ("Up" and "Down"). */
	phases: { up: string; down: string };
	perSide: boolean;
	switchSeconds: Num;
	breathing: { inhale: Num; exhale: Num } | null;
	sets: Num;
	restBetween: Num;
	steps: DraftStep[];
	/** The figure shown for the step (start and end pose names), picked in FigurePicker. */
	figure?: Figure | undefined;
	/**
	 * A timed step's spoken reminder ("Check your skin…"), kept from the routine it was copied
	 * from; the builder has no field for it yet, so it is saved as it came.
	 */
	remind?: Remind | undefined;
}

export interface RoutineDraft {
	id: string;
	version: number;
	title: string;
	summary: string;
	level: Level;
	stage: Stage;
	position: Position[];
	tags: string[];
	equipment: string[];
	safety: string[];
	/** The conditions the routine calls for care with; empty = none (left out when saved). */
	cautions: Condition[];
	steps: DraftStep[];
}
