/**
 * The words shown with a routine that lists `cautions`: for each condition that changes whether
 * a routine suits someone, its plain name and one or two calm sentences on what to take care
 * with. Written in the project's own words from shared/content/back-care-facts.md ("Cautions
 * that change which exercises suit someone"); routines/README.md gives the criteria by which
 * a routine lists each one. Pure.
 */
import type { Condition } from '../routine/constants';

export const CONDITION_CAUTIONS: Record<Condition, { name: string; text: string }> = {
	pregnancy: {
		name: 'Pregnancy',
		text: 'After about 20 weeks of pregnancy, do not lie flat on your back for long, and skip anything done lying on your front.'
	},
	osteoporosis: {
		name: 'Thin bones (osteoporosis)',
		text: 'Avoid bending forward while lifting or carrying something, and avoid twisting your spine. Keep any rounding small and gentle.'
	},
	'hip-replacement': {
		name: 'Hip replacement',
		text: 'Take care with bending the hip deeply, crossing your legs and turning the leg inwards, unless your surgeon has said it is fine.'
	}
};
