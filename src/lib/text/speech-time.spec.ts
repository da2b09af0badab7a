import { describe, expect, it } from 'vitest';
import { speechMs } from './speech-time';

describe('speechMs', () => {
	it('takes 400 ms a word at rate 1, plus 200 ms to start and stop', () => {
		expect(speechMs('Bridge')).toBe(600);
		expect(speechMs('Lie on your back, knees bent, feet flat.')).toBe(3400);
	});

	it('adds a pause at each sentence break, not at the end', () => {
		expect(speechMs('Rest. Set 2 of 3 next.')).toBe(6 * 400 + 250 + 200);
	});

	it('scales with the rate and ignores a rate that is not a rate', () => {
		expect(speechMs('Knee to chest', 2)).toBe(700);
		expect(speechMs('Knee to chest', 0)).toBe(1400);
	});

	it('says nothing in no time, and punctuation alone is not a word', () => {
		expect(speechMs('')).toBe(0);
		expect(speechMs('  … – ')).toBe(0);
	});
});
