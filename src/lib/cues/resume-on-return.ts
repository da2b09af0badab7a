import type { Beeper } from './audio';
import type { VisibilityDocument } from './wake-lock';

/**
 * Bring audio back when the user returns: on `visibilitychange` to visible resume the
 * context (iOS leaves it 'interrupted' after a lock or a call) and restart the stall
 * watch; on a tap, resume a context that is still not running (a tap is a gesture,
 * which some browsers require). Returns the function that removes the listeners.
 */
export function resumeOnReturn({
	beeper,
	doc = globalThis.document
}: {
	beeper: Pick<Beeper, 'resume' | 'context'>;
	doc?: VisibilityDocument | undefined;
}): () => void {
	if (!doc) return () => {};
	const onVisibility = () => {
		if (doc.visibilityState === 'visible') void beeper.resume();
	};
	const onPointer = () => {
		const ctx = beeper.context;
		if (ctx && ctx.state !== 'running') void beeper.resume();
	};
	doc.addEventListener('visibilitychange', onVisibility);
	doc.addEventListener('pointerdown', onPointer);
	return () => {
		doc.removeEventListener('visibilitychange', onVisibility);
		doc.removeEventListener('pointerdown', onPointer);
	};
}
