import { describe, expect, it } from 'vitest';
import { APP } from './app';
import { emphasis, linkParts } from './emphasis';
import { BUILDER } from './builder';
import { LIBRARY } from './library';
import { MINE } from './mine';
import { PLANS } from './plans';
import { PLAYER } from './player';
import { PROGRESS } from './progress';
import { ROUTINE_PAGE } from './routine-page';
import { SAFETY } from './safety';
import { SETTINGS } from './settings';
import { SHARE } from './share';

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

	it('marks the part between square brackets as the link, wherever it stands', () => {
		expect(emphasis('[Make your own routine], or open one.')).toEqual([
			{ text: 'Make your own routine', strong: false, link: true },
			{ text: ', or open one.', strong: false }
		]);
		expect(emphasis('Oder [eine eigene Routine] machen.')[1]).toEqual({
			text: 'eine eigene Routine',
			strong: false,
			link: true
		});
	});

	it('cuts a sentence around its one link, wherever it stands', () => {
		expect(linkParts('[Make your own routine], or open one.')).toEqual({
			before: '',
			link: 'Make your own routine',
			after: ', or open one.'
		});
		expect(linkParts('Oder [hier] klicken.')).toEqual({
			before: 'Oder ',
			link: 'hier',
			after: ' klicken.'
		});
		expect(linkParts('No link.')).toEqual({ before: 'No link.', link: '', after: '' });
	});

	it('marks a value between backticks as code', () => {
		expect(emphasis('The id `back-1` is taken.')).toEqual([
			{ text: 'The id ', strong: false },
			{ text: 'back-1', strong: false, code: true },
			{ text: ' is taken.', strong: false }
		]);
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

describe('the sentences that mark a bold part', () => {
	/** Every string in a words object, with its path, so a failure names the sentence. */
	function* sentences(value: unknown, path: string): Generator<[string, string]> {
		if (typeof value === 'string') yield [path, value];
		else if (value && typeof value === 'object')
			for (const [key, child] of Object.entries(value)) yield* sentences(child, `${path}.${key}`);
	}

	it('pair every mark (asterisk, bracket, backtick), so none shows on screen', () => {
		const words = { PLAYER, APP, LIBRARY, ROUTINE_PAGE, SAFETY, PROGRESS, SETTINGS, MINE };
		const more = { SHARE, PLANS, BUILDER };
		const all = Object.entries({ ...words, ...more }).flatMap(([name, value]) => [
			...sentences(value, name)
		]);
		expect(all.length).toBeGreaterThan(300);
		for (const [path, text] of all) {
			expect(
				emphasis(text).some((run) => /[*[\]`]/.test(run.text)),
				path
			).toBe(false);
		}
	});
});
