/**
 * The words of the one-tap way to Flare-up first aid (content/flare-up.ts), shared by the home
 * page, the plan's Today view and the rising-pain card. Kept apart so that each of them takes
 * only these few words. Pure.
 */
export const FLARE_UP = {
	/** Before the link's name, where nothing else says why someone might want it now. */
	ask: 'Back just seized up?',
	/** The routine's title, as the link's name. */
	link: 'Flare-up first aid',
	/** After the name: what it is, so a first visit knows what one tap starts. */
	what: 'Rest, breathe, move gently, walk: about 5 minutes.'
} as const;
