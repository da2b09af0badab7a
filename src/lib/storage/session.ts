/**
 * The active-session checkpoint. Saved at every segment change and on pause, so each save is a
 * single put in one transaction; a crash or reload then resumes from the last segment.
 */
import * as v from 'valibot';
import { ACTIVE_KEY } from './db';
import { CheckpointSchema, type Checkpoint } from './records';
import { commit, get } from './store';
import { SCREEN } from '../text/screen';

export type { Checkpoint } from './records';

/** Saves the checkpoint, replacing the previous one. Never throws. */
export async function saveCheckpoint(checkpoint: Checkpoint): Promise<void> {
	await commit([{ store: 'active', put: checkpoint }]);
}

/** The one line shown when a saved checkpoint was dropped instead of played. */
export const CHECKPOINT_DROPPED = SCREEN.checkpointDropped;

let dropped = false;

/**
 * The saved checkpoint; null when there is none or it fails its checks (records.ts). A failing
 * one is cleared, never played, and takeCheckpointNotice() then returns CHECKPOINT_DROPPED once.
 */
export async function loadCheckpoint(): Promise<Checkpoint | null> {
	const stored = await get('active', ACTIVE_KEY);
	if (stored === undefined) return null;
	if (v.is(CheckpointSchema, stored)) return stored;
	dropped = true;
	await clearCheckpoint();
	return null;
}

/** CHECKPOINT_DROPPED if loadCheckpoint dropped one since the last call, else null. */
export function takeCheckpointNotice(): string | null {
	const notice = dropped ? CHECKPOINT_DROPPED : null;
	dropped = false;
	return notice;
}

/** Forgets the checkpoint (session finished, ended or discarded). */
export async function clearCheckpoint(): Promise<void> {
	await commit([{ store: 'active', delete: ACTIVE_KEY }]);
}
