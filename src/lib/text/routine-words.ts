/**
 * The words for a routine's fixed fields (stage, position, level), wherever a routine is shown:
 * library cards, the routine page, the builder. The values themselves stay English keys in the
 * routine format; only these labels would be translated. Pure.
 */
import type { LEVELS, POSITIONS, STAGES } from '../routine/constants';

export const ROUTINE_WORDS = {
	stage: {
		spasm: 'First days of a spasm',
		recovering: 'Recovering',
		'staying-well': 'Staying well'
	} satisfies Record<(typeof STAGES)[number], string>,

	position: {
		lying: 'Lying',
		sitting: 'Sitting',
		standing: 'Standing',
		kneeling: 'Hands and knees'
	} satisfies Record<(typeof POSITIONS)[number], string>,

	level: {
		gentle: 'Gentle',
		moderate: 'Moderate'
	} satisfies Record<(typeof LEVELS)[number], string>,

	/** Several positions on one line: "Lying, Sitting". */
	list: (items: readonly string[]) => items.join(', ')
} as const;

/** A level's label, or the stored value as it is when it is not one we know (an own routine). */
export function levelName(level: string): string {
	const labels: Record<string, string> = ROUTINE_WORDS.level;
	return labels[level] ?? level;
}
