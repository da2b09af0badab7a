/**
 * The active-session checkpoint. Saved at every segment change and on pause, so each save is a
 * single put in one transaction; a crash or reload then resumes from the last segment.
 */
import * as v from 'valibot';
import { ACTIVE_KEY } from './db';
import { CheckpointSchema, type Checkpoint } from './records';
import { commit, get } from './store';

export type { Checkpoint } from './records';

/** Saves the checkpoint, replacing the previous one. Never throws. */
export async function saveCheckpoint(checkpoint: Checkpoint): Promise<void> {
	await commit([{ store: 'active', put: checkpoint }]);
}

/** The saved checkpoint; null when there is none or it is unreadable (then nothing resumes). */
export async function loadCheckpoint(): Promise<Checkpoint | null> {
	const stored = await get('active', ACTIVE_KEY);
	return v.is(CheckpointSchema, stored) ? stored : null;
}

/** Forgets the checkpoint (session finished, ended or discarded). */
export async function clearCheckpoint(): Promise<void> {
	await commit([{ store: 'active', delete: ACTIVE_KEY }]);
}
