/**
 * Checks between the fields of one record, which a per-field schema cannot see: a session that
 * ends before it starts, more active time than it lasted, more steps done than the routine has,
 * a checkpoint on step 9 of 5. Used by the schemas (records.ts) and the bulk-read guards.
 */

/** One problem: the field to blame and what is wrong, or null when the record is consistent. */
export type Relation = { key: string; message: string } | null;

/** Rounding slack between whole active seconds and wall-clock milliseconds. */
const ROUNDING_S = 1;

/** The relations every session record keeps. */
export function sessionRelation(s: {
	startedAt: number;
	endedAt: number;
	activeSeconds: number;
	stepsCompleted: number;
	stepsSkipped: number;
	stepsTotal: number;
}): Relation {
	if (s.endedAt < s.startedAt) return { key: 'endedAt', message: 'ends before it starts' };
	const lasted = (s.endedAt - s.startedAt) / 1000;
	if (s.activeSeconds > lasted + ROUNDING_S) {
		return {
			key: 'activeSeconds',
			message: `more active time (${s.activeSeconds} s) than the session lasted (${Math.round(lasted)} s)`
		};
	}
	if (s.stepsCompleted + s.stepsSkipped > s.stepsTotal) {
		return {
			key: 'stepsTotal',
			message: `${s.stepsCompleted} completed and ${s.stepsSkipped} skipped steps, but the routine has ${s.stepsTotal}`
		};
	}
	return null;
}

/** The relations every checkpoint keeps (its snapshot is checked against the routine on resume). */
export function checkpointRelation(c: {
	routineId: string;
	startedAt: number;
	savedAt: number;
	stepIndex: number;
	stepCount: number;
	snapshot: unknown;
}): Relation {
	if (c.stepIndex >= c.stepCount) {
		return { key: 'stepIndex', message: `step ${c.stepIndex + 1} of a routine of ${c.stepCount}` };
	}
	if (c.savedAt < c.startedAt) return { key: 'savedAt', message: 'saved before it started' };
	const snap = c.snapshot;
	if (typeof snap !== 'object' || snap === null || Array.isArray(snap)) {
		return { key: 'snapshot', message: 'expected a playback snapshot as an object' };
	}
	if ((snap as { routineId?: unknown }).routineId !== c.routineId) {
		return { key: 'snapshot', message: 'belongs to another routine than the checkpoint' };
	}
	if (!flat(snap)) {
		return {
			key: 'snapshot',
			message: 'expected a playback snapshot, got something nested deeper'
		};
	}
	return null;
}

/** Values a snapshot can hold at the bottom: text, numbers, true/false, null. */
const leaf = (x: unknown) => x === null || typeof x !== 'object';
const leaves = (x: object) => Object.values(x).every(leaf);
/** Most items a snapshot's lists hold (done steps, extras: a routine has at most a few thousand). */
const MAX_ITEMS = 10_000;

/**
 * The engine checks a snapshot against its routine when it resumes (engine/snapshot.ts); here
 * only its shape is bounded, so a stored or imported one can never be deeply nested or huge:
 * fields are leaves, lists of leaves or of flat objects, or flat objects.
 */
function flat(snap: object): boolean {
	return Object.values(snap).every((value: unknown) => {
		if (leaf(value)) return true;
		if (!Array.isArray(value)) return leaves(value as object);
		return (
			value.length <= MAX_ITEMS &&
			value.every((item: unknown) => leaf(item) || (!Array.isArray(item) && leaves(item as object)))
		);
	});
}
