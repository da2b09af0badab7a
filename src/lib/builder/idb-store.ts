/** The builder's storage on this device: drafts and custom routines in IndexedDB. */
import type { BuilderStore } from './builder.svelte';
import { clearDraft, loadDraft, saveDraft } from '../storage/drafts';
import {
	getCustomRoutine,
	listCustomRoutines,
	saveCustomRoutine
} from '../storage/custom-routines';

export const builderStore: BuilderStore = {
	loadDraft: async (key) => (await loadDraft(key))?.draft,
	saveDraft: (key, draft) => saveDraft(key, draft),
	clearDraft,
	getRoutine: getCustomRoutine,
	routineIds: async () => (await listCustomRoutines()).map((r) => r.id),
	saveRoutine: async (routine) => {
		const result = await saveCustomRoutine(routine);
		return result.ok ? { ok: true } : result;
	}
};
