import { LIMITS } from './limits';

/**
 * The routine format's plain constants, apart from the valibot schema, so pages that only
 * show routines (the library, durations) do not load the validator.
 */

/** The newest routine format this app reads. Older ones are migrated (migrate.ts). */
export const FORMAT_VERSION = 3;

/** Longest single timed piece: one hour (all limits live in limits.ts). */
export const MAX_SECONDS = LIMITS.pieceSeconds;

export const LEVELS = ['gentle', 'moderate'] as const;
/** `kneeling` is on hands and knees (cat-cow, bird-dog, child's pose). */
export const POSITIONS = ['lying', 'sitting', 'standing', 'kneeling'] as const;

/** How each position is shown. */
/**
 * When in a back spasm's course a routine is meant for: `spasm` suits the first days (gentle,
 * nothing strenuous), `recovering` the days and weeks after, `staying-well` prevention.
 */
export const STAGES = ['spasm', 'recovering', 'staying-well'] as const;

/**
 * Conditions that change whether a routine suits someone: a routine lists, in `cautions`, the
 * ones its moves call for care with (routines/README.md gives the criteria), and its pages
 * show a short word on each (content/conditions.ts).
 */
export const CONDITIONS = ['pregnancy', 'osteoporosis', 'hip-replacement'] as const;
export type Condition = (typeof CONDITIONS)[number];

/** How each stage is shown on cards and routine pages. */
export const STEP_TYPES = [
	'timed',
	'hold',
	'tempo',
	'get-ready',
	'untimed',
	'rest',
	'sets'
] as const;

/** How long a `get-ready` step gives to get into position when it does not say (format 3). */
export const DEFAULT_GET_READY_SECONDS = 15;

/** The default pause to change sides on a per-side step. */
export const DEFAULT_SWITCH_SECONDS = 5;
