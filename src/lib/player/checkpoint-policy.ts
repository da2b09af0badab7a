import type { PlaybackView } from '$lib/engine';

/** While playing, save at least this often: a reload or a crash resumes within a second. */
export const CHECKPOINT_EVERY_MS = 1000;

/**
 * The one checkpoint policy, asked on every update of the view: save at every segment change,
 * every status change (pause, waiting for Done, resume) and once a second while playing. The
 * session also saves when the page is hidden. Nothing is saved before the start or after the end.
 */
export function checkpointDue(o: {
	view: PlaybackView;
	previous: PlaybackView;
	/** Monotonic ms since the last save (Infinity when none yet). */
	sinceSaveMs: number;
}): boolean {
	const { view, previous } = o;
	if (view.status === 'ready' || view.status === 'finished' || view.status === 'ended')
		return false;
	if (view.segmentIndex !== previous.segmentIndex || view.status !== previous.status) return true;
	return view.status === 'playing' && o.sinceSaveMs >= CHECKPOINT_EVERY_MS;
}
