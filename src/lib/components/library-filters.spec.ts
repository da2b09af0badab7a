import { describe, expect, it } from 'vitest';
import { focusTags, STAGE_FILTERS } from './library-filters';

describe('library filters', () => {
	it('offers "I\'m in a spasm now" first, for the spasm stage', () => {
		expect(STAGE_FILTERS[0]).toEqual({ value: 'spasm', label: "I'm in a spasm now" });
		expect(STAGE_FILTERS.map((f) => f.value)).toEqual(['spasm', 'recovering', 'staying-well']);
	});

	it('keeps focus tags that narrow the list', () => {
		const routines = [
			{ tags: ['lower-back', 'cold', 'spasm'] },
			{ tags: ['lower-back', 'cold', 'spasm'] },
			{ tags: ['lower-back', 'neck'] },
			{ tags: ['lower-back', 'sleep'] },
			{ tags: ['stretch'] },
			{ tags: ['stretch'] }
		];
		expect(focusTags(routines).map((t) => t.value)).toEqual(['cold', 'stretch']);
	});

	it('labels tags without dashes', () => {
		expect(
			focusTags([{ tags: ['upper-back'] }, { tags: ['upper-back'] }, { tags: [] }, { tags: [] }])
		).toEqual([{ value: 'upper-back', label: 'upper back' }]);
	});
});
