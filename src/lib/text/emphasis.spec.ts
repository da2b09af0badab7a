import { describe, expect, it } from 'vitest';
import { emphasis } from './emphasis';

describe('emphasis', () => {
	it('splits a sentence around its bold part, wherever it stands', () => {
		expect(emphasis('Take your time, then press *Done*.')).toEqual([
			{ text: 'Take your time, then press ', strong: false },
			{ text: 'Done', strong: true },
			{ text: '.', strong: false }
		]);
		expect(emphasis('*Fertig* drücken, wenn du so weit bist.')).toEqual([
			{ text: 'Fertig', strong: true },
			{ text: ' drücken, wenn du so weit bist.', strong: false }
		]);
	});

	it('keeps a sentence with no bold part, or a lone asterisk, as written', () => {
		expect(emphasis('Rest.')).toEqual([{ text: 'Rest.', strong: false }]);
		expect(emphasis('5 * 3 reps')).toEqual([{ text: '5 * 3 reps', strong: false }]);
	});

	it('puts the runs back together into the sentence without its marks', () => {
		const sentence = 'a *b* c *d*';
		expect(
			emphasis(sentence)
				.map((r) => r.text)
				.join('')
		).toBe('a b c d');
	});
});
