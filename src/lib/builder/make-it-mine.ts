/**
 * "Make it mine": a built-in routine copied into a builder draft of its own, then opened in
 * the builder. The copy gets its own id, so its history never mixes with the original's.
 */
import type { Routine } from '../routine/schema';
import { saveDraft } from '../storage/drafts';
import { draftFrom, type RoutineDraft } from './draft';

/** The draft key and builder URL for a copy of `routine`. */
export function copyKey(routine: Pick<Routine, 'id'>) {
	const key = `copy-${routine.id}`;
	return { key, href: `/mine/edit?draft=${encodeURIComponent(key)}` };
}

/** The copy as a draft: every field of the routine (its cautions too), under its own id. */
export function copyDraft(routine: Routine): RoutineDraft {
	const draft = draftFrom(routine);
	draft.id = `${routine.id.slice(0, 55)}-mine`;
	draft.version = 1;
	const suffix = ' (mine)';
	draft.title = routine.title.slice(0, 80 - suffix.length) + suffix;
	return draft;
}

/** Stores the copy as a draft and resolves to the builder URL to open. */
export async function makeItMine(routine: Routine): Promise<string> {
	const { key, href } = copyKey(routine);
	await saveDraft(key, copyDraft(routine));
	return href;
}
