import { describe, expect, it } from 'vitest';
import { CONDITIONS } from '../routine/constants';
import { CONDITION_CAUTIONS } from './conditions';
import { forbiddenNamesIn } from './forbidden-names';

describe('condition cautions', () => {
	it('has words for every condition and for nothing else', () => {
		expect(Object.keys(CONDITION_CAUTIONS).sort()).toEqual([...CONDITIONS].sort());
	});

	it.each(CONDITIONS)('gives %s a name and a short text of whole sentences', (condition) => {
		const { name, text } = CONDITION_CAUTIONS[condition];
		expect(name.trim().length).toBeGreaterThan(0);
		expect(name.length).toBeLessThanOrEqual(40);
		expect(text.trim().length).toBeGreaterThan(20);
		// Visible at a glance, not a wall of text.
		expect(text.length).toBeLessThanOrEqual(200);
		expect(text).toMatch(/^[A-Z].*\.$/);
	});

	it('says what each condition is about', () => {
		expect(CONDITION_CAUTIONS.pregnancy.text).toMatch(/20 weeks/);
		expect(CONDITION_CAUTIONS.pregnancy.text).toMatch(/on your back/);
		expect(CONDITION_CAUTIONS.pregnancy.text).toMatch(/on your front/);
		expect(CONDITION_CAUTIONS.osteoporosis.name).toMatch(/osteoporosis/i);
		expect(CONDITION_CAUTIONS.osteoporosis.text).toMatch(/bending forward/);
		expect(CONDITION_CAUTIONS.osteoporosis.text).toMatch(/twisting/);
		expect(CONDITION_CAUTIONS['hip-replacement'].text).toMatch(/crossing your legs/);
		expect(CONDITION_CAUTIONS['hip-replacement'].text).toMatch(/surgeon/);
	});

	it('names no medicine, brand or shop', () => {
		for (const { name, text } of Object.values(CONDITION_CAUTIONS)) {
			expect(forbiddenNamesIn(`${name} ${text}`)).toEqual([]);
		}
	});
});
