/**
 * Builder drafts (DB v2): saved as the person types so a reload or a closed tab loses nothing.
 * A draft is stored as typed, valid or not; the builder validates it, and nothing plays from
 * a draft without going through parseRoutine.
 */
import type { DraftRecord } from './records';
import { commit, get } from './store';

export type { DraftRecord } from './records';

/** The key of a routine not saved yet. */
export const NEW_DRAFT = 'new';

/** Saves (replaces) the draft under `id`. */
export async function saveDraft(id: string, draft: unknown, now = Date.now()): Promise<void> {
	await commit([{ store: 'drafts', put: { id, savedAt: now, draft } }]);
}

/** The draft under `id`, or undefined. */
export async function loadDraft(id: string): Promise<DraftRecord | undefined> {
	const record = await get('drafts', id);
	return record && typeof record === 'object' && 'draft' in record ? record : undefined;
}

/** Forgets the draft once it is saved as a routine or thrown away. */
export async function clearDraft(id: string): Promise<void> {
	await commit([{ store: 'drafts', delete: id }]);
}
