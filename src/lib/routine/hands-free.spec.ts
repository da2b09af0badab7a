/**
 * Hands-free from the floor: no built-in routine makes a person who is lying or kneeling reach
 * for the phone. Getting into position is a timed, spoken `get-ready`; `untimed` (it waits for
 * a tap) stays only where a tap is truly needed, and each such step is listed here with why.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseRoutineJson } from './parse';
import type { Routine, SimpleStep } from './schema';

const dir = new URL('../../../routines/', import.meta.url);
const routines = readdirSync(dir)
	.filter((name) => name.endsWith('.json') && name !== 'schema.json')
	.map((name) => {
		const result = parseRoutineJson(readFileSync(new URL(name, dir), 'utf8'));
		if (!result.ok) throw new Error(`${name}: ${result.errors.join('; ')}`);
		return result.routine;
	});

const WRAP =
	'wrapping a pack is a task for the hands, done before lying down, that takes as long as it takes';
const LAST = 'the last step: the person is up again, and the tap ends the routine';
const WARM_BACK =
	'after the cold pack, numb skin must feel normal again before the warm pack goes on, and only the person can feel when it does: no timer can say so';

/** Every untimed step left in the library, by routine id and step name, with its reason. */
const STILL_UNTIMED: Record<string, Record<string, string>> = {
	'cold-compress': { 'Wrap the pack': WRAP, 'Take the pack off': LAST },
	'cold-heat-alternating': {
		'Wrap both packs': WRAP,
		'Let your skin warm up': WARM_BACK,
		'Take the pack off': LAST
	},
	'heat-compress': { 'Wrap the pack': WRAP, 'Take the pack off': LAST },
	'rest-positions': { 'Sit up slowly': LAST },
	'spasm-relief': { 'Cold or heat next': LAST }
};

const flat = (r: Routine): SimpleStep[] =>
	r.steps.flatMap((step) => (step.type === 'sets' ? step.steps : [step]));
const onTheFloor = (r: Routine) => r.position.includes('lying') || r.position.includes('kneeling');

describe('hands-free built-in routines', () => {
	it('keeps untimed steps only where a tap is truly needed (listed with why)', () => {
		const found: Record<string, Record<string, string>> = {};
		for (const r of routines) {
			for (const step of flat(r)) {
				if (step.type !== 'untimed') continue;
				(found[r.id] ??= {})[step.name] = STILL_UNTIMED[r.id]?.[step.name] ?? '(no reason)';
			}
		}
		expect(found).toEqual(STILL_UNTIMED);
	});

	it.each(routines.filter(onTheFloor).map((r) => [r.id, r] as const))(
		'%s (lying or kneeling) never waits for a tap once the person is down',
		(_, r) => {
			const steps = flat(r);
			steps.forEach((step, i) => {
				if (step.type !== 'untimed') return;
				const beforeGettingDown = steps.slice(0, i).every((s) => s.type === 'untimed');
				const last = i === steps.length - 1;
				// Waiting for the skin to feel normal is worth one tap between the packs.
				const feltOnly = STILL_UNTIMED[r.id]?.[step.name] === WARM_BACK;
				expect(beforeGettingDown || last || feltOnly, `${r.id}: ${step.name}`).toBe(true);
			});
		}
	);

	it('opens with a get-ready wherever the person first has to get into position', () => {
		for (const r of routines) {
			const first = flat(r)[0];
			if (first?.type === 'untimed') expect(STILL_UNTIMED[r.id]?.[first.name], r.id).toBe(WRAP);
			const opening = flat(r).find((s) => s.type !== 'untimed');
			// Either a get-ready, or a routine that starts on its feet with a walk (the opening
			// 5 s "Get ready" counts it in).
			expect(['get-ready', 'timed'], r.id).toContain(opening?.type);
		}
		expect(routines.filter((r) => r.steps[0]?.type === 'get-ready').length).toBeGreaterThan(15);
	});

	it('says "Tap Done" only on steps that wait for a tap', () => {
		for (const r of routines) {
			for (const step of flat(r)) {
				if (step.type === 'rest') continue;
				const words = `${step.instructions} ${step.cue ?? ''}`;
				expect(/tap done/i.test(words), `${r.id}: ${step.name}`).toBe(step.type === 'untimed');
			}
		}
	});
});
