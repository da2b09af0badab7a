import { LIMITS } from './limits';

/**
 * The routine format's plain constants, apart from the valibot schema, so pages that only
 * show routines (the library, durations) do not load the validator.
 */

/** The newest routine format this app reads. Older ones are migrated (migrate.ts). */
export const FORMAT_VERSION = 1;

/** Longest single timed piece: one hour (all limits live in limits.ts). */
export const MAX_SECONDS = LIMITS.pieceSeconds;

export const LEVELS = ['gentle', 'moderate'] as const;
export const POSITIONS = ['lying', 'sitting', 'standing'] as const;
export const STEP_TYPES = ['timed', 'hold', 'tempo', 'untimed', 'rest', 'sets'] as const;

/** The default pause to change sides on a per-side step. */
export const DEFAULT_SWITCH_SECONDS = 5;
