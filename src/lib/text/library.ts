/**
 * Every sentence of the routine library (the home page, its cards and filters, and the
 * person's own routines in it), in one place per language. Whole sentences with their numbers
 * as parameters; a *bold part* and a [linked part] are marked (see emphasis.ts). Pure.
 */

export const LIBRARY = {
	title: 'Routines · Backbeat',
	description: 'Gentle, spoken exercise and stretch routines for a sore back. Works offline.',
	heading: 'Routines for your back',
	/** Three lines on a 360 px phone, so the first routine stays on its first screen. */
	intro:
		'Put your phone where you can hear it: Backbeat counts, speaks each move and beeps the last seconds.',

	filters: {
		label: 'Filter routines',
		stage: 'Stage',
		position: 'Position',
		focus: 'Focus',
		/** The chip that turns a filter off. */
		all: 'All',
		/** The Stage row's first chip. */
		spasmNow: "I'm in a spasm now",
		mineOnly: 'Mine only',
		/** The disclosure that holds Position, Focus and "Mine only" (Stage stays in sight). */
		more: 'More filters',
		/** What the closed disclosure says is on, after its name: "More filters: Lying, core". */
		moreOn: (on: string[]) => `More filters: ${on.join(', ')}`
	},

	spasmHint:
		'Routines for the first days: rest, gentle movement, cold and short walks. Nothing strenuous while the pain is high.',
	/** Links to the Learn page's first-days lessons (issue 24). */
	firstDaysLessons: 'Short lessons for the first days',
	whenToGetHelp: 'When to get help',

	mineOnlyCount: 'Showing your routines only',
	count: (shown: number, of: number) =>
		of === 1 ? `Showing ${shown} of 1 routine` : `Showing ${shown} of ${of} routines`,
	noMatch: 'No routine matches these filters.',
	showAll: 'Show all routines',

	/** One routine's card. */
	card: {
		stage: 'Stage:',
		time: 'Time',
		yourPace: '+ your pace',
		level: 'Level',
		position: 'Position',
		tags: 'Tags'
	},

	/**
	 * After the list, for everyone without routines of their own, a first visit included: the
	 * way to the builder and to importing (issue 22).
	 */
	mineInvite: '[Make your own routine], or open one your physiotherapist sent you.',

	/**
	 * The home page's line when no plan runs, passed to the plan corner (which loads later and
	 * would otherwise pull this whole module into a chunk of its own).
	 */
	planInvite: '[Follow a plan over several days]: what to do next, and when.'
} as const;
