import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { routineSeconds } from '../routine/duration';
import { parseRoutine, parseRoutineJson } from '../routine/parse';
import {
	checkDraft,
	draftFrom,
	draftSeconds,
	duplicateStep,
	moveItem,
	newDraft,
	newStep,
	slugify,
	toInput
} from './draft';

const read = (id: string) => {
	const r = parseRoutineJson(
		readFileSync(new URL(`../../../routines/${id}.json`, import.meta.url), 'utf8')
	);
	if (!r.ok) throw new Error(r.errors.join());
	return r.routine;
};

describe('builder draft', () => {
	it('opens any built-in routine and turns it back into the same routine', () => {
		for (const id of ['cool-down', 'core-gentle', 'spasm-relief', 'walk-break', 'warm-up']) {
			const routine = read(id);
			const { $schema: _s, ...expected } = routine;
			const check = checkDraft(draftFrom(routine));
			expect(check.ok && check.routine, id).toEqual(expected);
			expect(draftSeconds(draftFrom(routine))).toBe(routineSeconds(routine));
		}
	});

	it('edits a tempo step’s phase words: both kept, both empty left out, one blank reported', () => {
		const routine = read('warm-up');
		const draft = draftFrom(routine);
		const at = routine.steps.findIndex((s) => s.type === 'tempo' && s.name === 'Mini squat');
		const squat = draft.steps[at]!;
		expect(squat.phases).toEqual({ up: 'Bend', down: 'Stand' });
		squat.phases.up = 'Sit back';
		expect(routine.steps[at]).toMatchObject({ phases: { up: 'Bend' } });
		const edited = checkDraft(draft);
		expect(edited.ok && edited.routine.steps[at]).toMatchObject({
			phases: { up: 'Sit back', down: 'Stand' }
		});
		squat.phases = { up: '', down: '' };
		const plain = checkDraft(draft);
		expect(plain.ok && plain.routine.steps[at]).not.toHaveProperty('phases');
		squat.phases = { up: 'Bend', down: ' ' };
		expect(checkDraft(draft).errors.get(`steps[${at}].phases.down`)).toBe(
			'expected a phase word of 1 to 20 characters, got 0'
		);
		expect(newStep('tempo').phases).toEqual({ up: '', down: '' });
	});

	it('keeps the pack routines’ skin-check reminders through a copy, a stored draft and saving', () => {
		for (const id of ['cold-compress', 'heat-compress', 'cold-heat-alternating']) {
			const routine = read(id);
			// As "Make it mine" makes it, then stored as plain JSON the way the builder keeps drafts.
			const copy = draftFrom(routine);
			copy.id = `${id}-mine`;
			const stored = JSON.parse(JSON.stringify(copy)) as typeof copy;
			const check = checkDraft(stored);
			const { $schema: _s, ...expected } = routine;
			expect(check.ok && check.routine, id).toEqual({ ...expected, id: `${id}-mine` });
			const reminders = check.ok
				? check.routine.steps.flatMap((s) => (s.type === 'timed' && s.remind ? [s.remind] : []))
				: [];
			expect(reminders.length, id).toBeGreaterThan(0);
			expect(
				reminders.every((r) => r.every === 180 && /^Check your skin/.test(r.say)),
				id
			).toBe(true);
		}
	});

	it('keeps a reminder only on a timed step, and a duplicate’s reminder is its own', () => {
		const routine = read('cold-compress');
		const draft = draftFrom(routine);
		const at = routine.steps.findIndex((s) => s.type === 'timed');
		const pack = draft.steps[at]!;
		expect(pack.remind).toMatchObject({ every: 180 });
		// A copy, so that editing the draft never changes the routine it came from.
		pack.remind!.every = 240;
		expect(routine.steps[at]).toMatchObject({ remind: { every: 180 } });
		const twin = duplicateStep(pack);
		twin.remind!.every = 300;
		expect(pack.remind?.every).toBe(240);
		pack.type = 'hold';
		const held = checkDraft(draft);
		expect(held.ok ? held.routine.steps[at] : [...held.errors]).toMatchObject({ type: 'hold' });
		expect(held.ok && held.routine.steps[at]).not.toHaveProperty('remind');
	});

	it('reports errors by path with the wording of the routine schema', () => {
		const draft = newDraft();
		draft.title = 'Mine';
		draft.summary = 'A test.';
		const hold = newStep('hold');
		hold.name = 'Squeeze';
		hold.instructions = 'Squeeze gently.';
		hold.hold = 500;
		draft.steps = [hold];
		const check = checkDraft(draft);
		expect(check.ok).toBe(false);
		const direct = parseRoutine(toInput(draft));
		expect(direct.ok || direct.errors).toContain(
			'steps[0].hold: expected seconds between 1 and 300, got 500'
		);
		expect(check.errors.get('steps[0].hold')).toBe('expected seconds between 1 and 300, got 500');
		expect(check.errors.get('steps[0].instructions')).toBeUndefined();
	});

	it('leaves empty optional fields out instead of reporting them, and keeps required ones', () => {
		const draft = newDraft();
		draft.title = 'T';
		draft.summary = 'S';
		draft.steps[0]!.name = 'Lie down';
		const check = checkDraft(draft);
		expect(check.errors.get('steps[0].instructions')).toMatch(/expected instructions of 1 to 600/);
		expect([...check.errors.keys()]).toEqual(['steps[0].instructions']);
	});

	it('builds a three-step routine with a per-side step and counts its time live', () => {
		const draft = newDraft();
		draft.title = 'Knee hugs & more!';
		draft.summary = 'Three steps.';
		const [ready] = draft.steps;
		ready!.name = 'Get ready';
		ready!.instructions = 'Lie down.';
		const side = newStep('timed');
		Object.assign(side, {
			name: 'Knee hug',
			instructions: 'Hug one knee.',
			duration: 20,
			perSide: true
		});
		const rest = newStep('rest');
		rest.duration = 10;
		draft.steps.push(side, rest);
		const check = checkDraft(draft);
		expect(check.ok).toBe(true);
		expect(check.ok && check.routine.id).toBe('knee-hugs-more');
		expect(draftSeconds(draft)).toBe(2 * 20 + 5 + 10);
		side.duration = null;
		expect(draftSeconds(draft)).toBe(5 + 10);
		expect(checkDraft(draft).errors.get('steps[1].duration')).toBe('required field is missing');
	});

	it('moves, duplicates and slugifies', () => {
		expect(moveItem(['a', 'b', 'c'], 0, 2)).toEqual(['b', 'c', 'a']);
		expect(moveItem(['a', 'b', 'c'], 2, -5)).toEqual(['c', 'a', 'b']);
		const sets = newStep('sets');
		const copy = duplicateStep(sets);
		expect(copy.key).not.toBe(sets.key);
		expect(copy.steps[0]!.key).not.toBe(sets.steps[0]!.key);
		expect(slugify('  ')).toBe('my-routine');
		expect(slugify('Été à la plage')).toBe('ete-a-la-plage');
	});
});
