import { describe, expect, it } from 'vitest';
import {
	getReadySeconds,
	routineSeconds,
	simpleStepSeconds,
	stepSeconds,
	untimedCount
} from './duration';
import { DEFAULT_SWITCH_SECONDS, type Routine, type SetsStep, type SimpleStep } from './schema';

const text = { name: 'Step', instructions: 'Do it.' };
const timed = (duration: number, extra: Partial<SimpleStep> = {}): SimpleStep =>
	({ type: 'timed', ...text, duration, ...extra }) as SimpleStep;
const hold = (h: number, relax: number, reps: number, extra = {}): SimpleStep => ({
	type: 'hold',
	...text,
	hold: h,
	relax,
	reps,
	...extra
});
const tempo = (up: number, down: number, reps: number, extra = {}): SimpleStep => ({
	type: 'tempo',
	...text,
	up,
	down,
	reps,
	...extra
});
const untimed: SimpleStep = { type: 'untimed', ...text };
const rest = (duration: number): SimpleStep => ({ type: 'rest', duration });
const sets = (n: number, steps: SimpleStep[], restBetween?: number): SetsStep => ({
	type: 'sets',
	name: 'Block',
	sets: n,
	steps,
	...(restBetween === undefined ? {} : { restBetween })
});

function routineOf(steps: Routine['steps']): Routine {
	return {
		formatVersion: 3,
		id: 'r',
		version: 1,
		title: 'R',
		summary: 'R',
		level: 'gentle',
		stage: 'recovering',
		position: ['lying'],
		tags: [],
		equipment: [],
		safety: ['Stop if it hurts.'],
		steps
	};
}

describe('simpleStepSeconds', () => {
	it('timed and rest last their duration', () => {
		expect(simpleStepSeconds(timed(240))).toBe(240);
		expect(simpleStepSeconds(rest(30))).toBe(30);
	});

	it('hold = reps × (hold + relax): relax follows every hold', () => {
		expect(simpleStepSeconds(hold(10, 5, 10))).toBe(150);
		expect(simpleStepSeconds(hold(7, 3, 1))).toBe(10);
	});

	it('tempo = reps × (up + down)', () => {
		expect(simpleStepSeconds(tempo(2, 3, 8))).toBe(40);
		expect(simpleStepSeconds(tempo(1, 1, 1))).toBe(2);
	});

	it('a get-ready counts 0, like the opening "Get ready"; it lasts its seconds, else 15', () => {
		const getReady: SimpleStep = { type: 'get-ready', ...text };
		expect(simpleStepSeconds(getReady)).toBe(0);
		expect(simpleStepSeconds({ ...getReady, seconds: 40 })).toBe(0);
		expect(getReadySeconds(getReady)).toBe(15);
		expect(getReadySeconds({ ...getReady, seconds: 40 })).toBe(40);
	});

	it('untimed counts 0', () => {
		expect(simpleStepSeconds(untimed)).toBe(0);
	});

	it('perSide = 2 × one side + the default switch of 5 s', () => {
		expect(DEFAULT_SWITCH_SECONDS).toBe(5);
		expect(simpleStepSeconds(timed(30, { perSide: true }))).toBe(2 * 30 + 5);
		expect(simpleStepSeconds(hold(20, 10, 3, { perSide: true }))).toBe(2 * 90 + 5);
		expect(simpleStepSeconds(tempo(2, 2, 6, { perSide: true }))).toBe(2 * 24 + 5);
	});

	it('perSide uses an explicit switchSeconds', () => {
		expect(simpleStepSeconds(timed(30, { perSide: true, switchSeconds: 8 }))).toBe(68);
		expect(simpleStepSeconds(tempo(2, 2, 6, { perSide: true, switchSeconds: 1 }))).toBe(49);
	});

	it('ignores switchSeconds when perSide is false or missing', () => {
		expect(simpleStepSeconds(timed(30, { perSide: false, switchSeconds: 8 }))).toBe(30);
		expect(simpleStepSeconds(timed(30, { switchSeconds: 8 }))).toBe(30);
	});
});

describe('stepSeconds', () => {
	it('passes simple steps through', () => {
		expect(stepSeconds(hold(10, 5, 10))).toBe(150);
	});

	it('sets = sets × sum of the block + (sets − 1) × restBetween', () => {
		const block = sets(3, [hold(10, 5, 5), tempo(2, 2, 8), untimed], 30);
		expect(stepSeconds(block)).toBe(3 * (75 + 32 + 0) + 2 * 30);
	});

	it('sets without restBetween, or with 0, add no rest', () => {
		expect(stepSeconds(sets(3, [timed(60)]))).toBe(180);
		expect(stepSeconds(sets(3, [timed(60)], 0))).toBe(180);
	});

	it('a single set has no rest between sets', () => {
		expect(stepSeconds(sets(1, [timed(60)], 45))).toBe(60);
	});

	it('counts per-side steps inside a block', () => {
		const block = sets(2, [timed(20, { perSide: true }), rest(10)], 15);
		expect(stepSeconds(block)).toBe(2 * (2 * 20 + 5 + 10) + 15);
	});
});

describe('routineSeconds and untimedCount', () => {
	const r = routineOf([
		untimed,
		hold(10, 5, 10),
		sets(2, [untimed, tempo(2, 2, 5)], 20),
		timed(30, { perSide: true }),
		rest(40)
	]);

	it('sums every step', () => {
		expect(routineSeconds(r)).toBe(0 + 150 + (2 * 20 + 20) + 65 + 40);
	});

	it('a routine of untimed steps only lasts 0 s', () => {
		expect(routineSeconds(routineOf([untimed, untimed]))).toBe(0);
	});

	it('counts untimed steps, repeats in sets included', () => {
		expect(untimedCount(r)).toBe(1 + 2);
		expect(untimedCount(routineOf([timed(10)]))).toBe(0);
	});
});
