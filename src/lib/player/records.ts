import {
	compile,
	restore,
	SnapshotError,
	type EngineSettings,
	type PlaybackView,
	type Snapshot
} from '$lib/engine';
import type { Routine } from '$lib/routine/schema';
import type { NewSession } from '$lib/storage/history';
import type { Checkpoint } from '$lib/storage/session';

/** What a session knows besides the engine's state. */
export interface SessionInfo {
	/** One id per played session, kept across reloads and tabs: history stores it once. */
	id: string;
	routine: Routine;
	/** Wall-clock ms when the person tapped Start. */
	startedAt: number;
	painBefore?: number | null;
}

/** The checkpoint saved at every segment change and on pause. */
export function checkpointOf(o: {
	info: SessionInfo;
	snapshot: Snapshot;
	view: PlaybackView;
	savedAt: number;
}): Checkpoint {
	return {
		sessionId: o.info.id,
		routineId: o.info.routine.id,
		routineTitle: o.info.routine.title,
		startedAt: o.info.startedAt,
		savedAt: o.savedAt,
		stepIndex: o.view.stepIndex,
		stepCount: o.view.stepCount,
		snapshot: o.snapshot,
		painBefore: o.info.painBefore ?? null
	};
}

/** The history record of a finished or ended session. */
export function sessionOf(o: {
	info: SessionInfo;
	view: PlaybackView;
	endedAt: number;
	painAfter?: number | null;
}): NewSession {
	const { info, view } = o;
	const activeSeconds = Math.round(view.elapsedActiveMs / 1000);
	return {
		id: info.id,
		routineId: info.routine.id,
		routineVersion: info.routine.version,
		routineTitle: info.routine.title,
		startedAt: info.startedAt,
		// A clock set back during the session must not make a record that ends before it starts.
		endedAt: Math.max(o.endedAt, info.startedAt + activeSeconds * 1000),
		activeSeconds,
		stepsCompleted: view.stepsDone.length,
		stepsSkipped: view.stepsSkipped.length,
		stepsTotal: view.stepCount,
		outcome: view.status === 'finished' ? 'finished' : 'ended',
		painBefore: info.painBefore ?? null,
		painAfter: o.painAfter ?? null
	};
}

/**
 * Why a saved checkpoint cannot resume this routine with these settings (the engine's one-line
 * SnapshotError message), or null when it can. Checked before offering to resume, so a broken
 * checkpoint is dropped with a notice and never played.
 */
export function checkpointProblem(o: {
	routine: Routine;
	settings: Partial<EngineSettings>;
	checkpoint: Checkpoint;
}): string | null {
	try {
		restore({
			timeline: compile(o.routine, o.settings),
			snapshot: o.checkpoint.snapshot,
			nowMs: 0
		});
		return null;
	} catch (error) {
		return error instanceof SnapshotError ? error.message : 'the saved place could not be read';
	}
}
