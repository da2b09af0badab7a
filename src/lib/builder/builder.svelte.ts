/**
 * The builder's flow: open a draft (kept, copied or new), edit it with every change saved as a
 * draft, save it as a routine. Storage comes in as `BuilderStore`, so the spec runs it on
 * memory and the page on IndexedDB. The component only shows it.
 */
import type { Routine } from '../routine/schema';
import { freeId } from '../share/outside';
import {
	checkDraft,
	draftFrom,
	draftSeconds,
	newDraft,
	slugify,
	type DraftStep,
	type RoutineDraft
} from './draft';

export interface BuilderStore {
	loadDraft(key: string): Promise<unknown>;
	saveDraft(key: string, draft: RoutineDraft): Promise<void>;
	clearDraft(key: string): Promise<void>;
	getRoutine(id: string): Promise<Routine | undefined>;
	/** Ids of every saved custom routine, to keep a new one's id free. */
	routineIds(): Promise<string[]>;
	saveRoutine(routine: Routine): Promise<{ ok: true } | { ok: false; errors: string[] }>;
}

/** The draft key of a routine not saved yet. */
export const NEW_KEY = 'new';

export class Builder {
	draft: RoutineDraft = $state(newDraft());
	/** The schema's verdict on the draft, errors keyed by path. */
	check = $derived(checkDraft(this.draft));
	seconds = $derived(draftSeconds(this.draft));
	/** Changes not saved as a routine yet (they are saved as a draft). */
	dirty = $state(false);
	/** The saved routine being edited; undefined for a new one. */
	original: Routine | undefined = $state.raw(undefined);
	loaded = $state(false);
	saveErrors: string[] = $state([]);

	#store: BuilderStore;
	#key = NEW_KEY;

	constructor(store: BuilderStore) {
		this.#store = store;
	}

	get key() {
		return this.#key;
	}

	/**
	 * Opens the saved routine `id` (or a new one), preferring a draft left from before;
	 * `draftKey` opens a draft made elsewhere ("Make it mine").
	 */
	async open(id: string | null, draftKey?: string | null): Promise<void> {
		this.#key = draftKey ?? id ?? NEW_KEY;
		this.original = id ? await this.#store.getRoutine(id) : undefined;
		const kept = asDraft(await this.#store.loadDraft(this.#key));
		if (kept) {
			this.draft = kept;
			this.dirty = true;
		} else if (this.original) this.draft = draftFrom(this.original);
		else this.draft = newDraft();
		this.loaded = true;
	}

	/** Call after every edit: marks the work unsaved and keeps it as a draft. */
	async changed(): Promise<void> {
		this.dirty = true;
		// A plain copy for IndexedDB (a draft is plain JSON data).
		await this.#store.saveDraft(this.#key, JSON.parse(JSON.stringify(this.draft)) as RoutineDraft);
	}

	/** Throws the draft away and goes back to the saved routine (or an empty one). */
	async discard(): Promise<void> {
		await this.#store.clearDraft(this.#key);
		this.draft = this.original ? draftFrom(this.original) : newDraft();
		this.dirty = false;
	}

	/**
	 * Saves the draft as a routine. A new one gets a free id from its title; an edited one keeps
	 * its id and a raised version, so history still names the version that was played.
	 */
	async save(): Promise<Routine | undefined> {
		const check = this.check;
		if (!check.ok) return undefined;
		let routine = check.routine;
		if (this.original) {
			routine = { ...routine, id: this.original.id, version: this.original.version + 1 };
		} else {
			const ids = await this.#store.routineIds();
			const taken = (candidate: string) => ids.includes(candidate);
			const id = this.draft.id || slugify(this.draft.title);
			routine = { ...routine, id: taken(id) ? freeId(id, taken) : id, version: 1 };
		}
		const saved = await this.#store.saveRoutine(routine);
		if (!saved.ok) {
			this.saveErrors = saved.errors;
			return undefined;
		}
		this.saveErrors = [];
		await this.#store.clearDraft(this.#key);
		this.original = routine;
		this.#key = routine.id;
		this.draft = draftFrom(routine);
		this.dirty = false;
		return routine;
	}
}

/** A stored draft, if it still has the draft's shape (an old or damaged one is ignored). */
function asDraft(value: unknown): RoutineDraft | undefined {
	if (typeof value !== 'object' || value === null) return undefined;
	const d = value as Partial<RoutineDraft>;
	const ok =
		typeof d.title === 'string' &&
		typeof d.summary === 'string' &&
		Array.isArray(d.steps) &&
		Array.isArray(d.safety) &&
		Array.isArray(d.position) &&
		Array.isArray(d.tags) &&
		Array.isArray(d.equipment);
	if (!ok) return undefined;
	// Drafts saved before routines had cautions have none.
	const cautions = Array.isArray(d.cautions) ? d.cautions : [];
	return { ...(value as RoutineDraft), cautions, steps: d.steps!.map(withPhases) };
}

/** Drafts saved before steps had phase words get empty ones (= "Up" and "Down"). */
function withPhases(step: DraftStep): DraftStep {
	const phases = (step as Partial<DraftStep>).phases ?? { up: '', down: '' };
	return { ...step, phases, steps: Array.isArray(step.steps) ? step.steps.map(withPhases) : [] };
}
