import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseRoutineJson } from '../routine/parse';
import type { Routine } from '../routine/schema';
import { Builder, type BuilderStore } from './builder.svelte';
import { newStep, type RoutineDraft } from './draft';
import { copyDraft, copyKey } from './make-it-mine';

/** The builder's storage in memory: what the page keeps in IndexedDB. */
function memoryStore() {
	const drafts = new Map<string, RoutineDraft>();
	const routines = new Map<string, Routine>();
	const store: BuilderStore = {
		loadDraft: (key) => Promise.resolve(drafts.get(key)),
		saveDraft: (key, draft) => Promise.resolve(void drafts.set(key, draft)),
		clearDraft: (key) => Promise.resolve(void drafts.delete(key)),
		getRoutine: (id) => Promise.resolve(routines.get(id)),
		routineIds: () => Promise.resolve([...routines.keys()]),
		saveRoutine: (routine) => Promise.resolve((routines.set(routine.id, routine), { ok: true }))
	};
	return { store, drafts, routines };
}

function fill(builder: Builder, title: string) {
	builder.draft.title = title;
	builder.draft.summary = 'Two moves.';
	const first = builder.draft.steps[0]!;
	first.name = 'Lie down';
	first.instructions = 'Lie on your back.';
	const hold = newStep('hold');
	hold.name = 'Squeeze';
	hold.instructions = 'Squeeze gently.';
	builder.draft.steps.push(hold);
}

describe('Builder', () => {
	it('keeps every change as a draft and picks it up again after a reload', async () => {
		const { store, drafts } = memoryStore();
		const builder = new Builder(store);
		await builder.open(null);
		fill(builder, 'Morning physio');
		await builder.changed();
		expect(builder.dirty).toBe(true);
		expect(drafts.get('new')?.title).toBe('Morning physio');

		const again = new Builder(store);
		await again.open(null);
		expect(again.draft.title).toBe('Morning physio');
		expect(again.dirty).toBe(true);
		expect(again.seconds).toBe(8 * 15);
	});

	it('will not save an invalid draft, and names the problem by path', async () => {
		const { store, routines } = memoryStore();
		const builder = new Builder(store);
		await builder.open(null);
		expect(await builder.save()).toBeUndefined();
		expect(builder.check.errors.get('title')).toMatch(/expected a title of 1 to 80 characters/);
		expect(routines.size).toBe(0);
	});

	it('saves a new routine under a free id, then edits raise its version', async () => {
		const { store, routines, drafts } = memoryStore();
		const first = new Builder(store);
		await first.open(null);
		fill(first, 'Morning physio');
		expect((await first.save())?.id).toBe('morning-physio');

		const second = new Builder(store);
		await second.open(null);
		fill(second, 'Morning physio');
		await second.changed();
		const saved = await second.save();
		expect(saved?.id).toBe('morning-physio-2');
		expect(drafts.has('new')).toBe(false);
		expect(second.dirty).toBe(false);

		const edit = new Builder(store);
		await edit.open('morning-physio');
		expect(edit.draft.title).toBe('Morning physio');
		edit.draft.steps[1]!.reps = 12;
		await edit.changed();
		const edited = await edit.save();
		expect(edited).toMatchObject({ id: 'morning-physio', version: 2 });
		expect(routines.get('morning-physio')?.version).toBe(2);
	});

	it('keeps a built-in routine’s cautions through "Make it mine" and saving', async () => {
		const { store, routines } = memoryStore();
		const raw = readFileSync(
			new URL('../../../routines/figure-four-stretch.json', import.meta.url),
			'utf8'
		);
		const parsed = parseRoutineJson(raw);
		if (!parsed.ok) throw new Error(parsed.errors.join('; '));
		const builtIn = parsed.routine;
		expect(builtIn.cautions).toContain('hip-replacement');
		const { key } = copyKey(builtIn);
		await store.saveDraft(key, copyDraft(builtIn));

		const builder = new Builder(store);
		await builder.open(null, key);
		expect(builder.draft.cautions).toEqual(builtIn.cautions);
		const saved = await builder.save();
		expect(saved).toMatchObject({ id: 'figure-four-stretch-mine', cautions: builtIn.cautions });
		expect(routines.get('figure-four-stretch-mine')?.cautions).toEqual(builtIn.cautions);

		// Unticking every condition leaves the field out rather than saving an empty list.
		builder.draft.cautions = [];
		await builder.changed();
		expect(await builder.save()).not.toHaveProperty('cautions');
	});

	it('opens a draft stored before routines had cautions with none', async () => {
		const { store, drafts } = memoryStore();
		const builder = new Builder(store);
		await builder.open(null);
		fill(builder, 'Older draft');
		await builder.changed();
		const { cautions: _cautions, ...older } = drafts.get('new')!;
		drafts.set('new', older as RoutineDraft);

		const again = new Builder(store);
		await again.open(null);
		expect(again.draft.cautions).toEqual([]);
		expect(again.check.ok).toBe(true);
	});

	it('discards a draft back to the saved routine', async () => {
		const { store } = memoryStore();
		const builder = new Builder(store);
		await builder.open(null);
		fill(builder, 'Kept');
		await builder.save();
		builder.draft.title = 'Changed';
		await builder.changed();
		await builder.discard();
		expect(builder.draft.title).toBe('Kept');
		expect(builder.dirty).toBe(false);
	});
});
