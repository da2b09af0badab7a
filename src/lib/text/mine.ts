/**
 * Every sentence of "Your routines" (/mine) and of playing one of them (/mine/play), in one
 * place per language. Whole sentences with their values as parameters. Pure.
 */

export const MINE = {
	title: 'Your routines · Backbeat',
	allRoutines: '← All routines',
	heading: 'Your routines',
	intro:
		'Routines you made or were sent. They stay on this device and play offline like the others.',
	newRoutine: 'New routine',
	deleted: (title: string) => `Deleted “${title}”.`,
	undo: 'Undo',
	none: 'No routines of your own yet. Make one, “Make it mine” from any routine, or import one.',
	/** "12 min · 5 steps": the duration is already worded. */
	meta: (duration: string, steps: number) =>
		steps === 1 ? `${duration} · 1 step` : `${duration} · ${steps} steps`,
	play: 'Play',
	edit: 'Edit',
	delete: 'Delete',
	share: 'Share or export',

	/** The person's own routines in the library, under the same filters (loaded lazily). */
	cards: {
		heading: 'Your routines',
		manage: 'Make, import or share',
		badge: 'Yours',
		edit: 'Edit',
		noMatch: 'None of your routines match these filters.'
	},

	/** /mine/play */
	player: {
		title: 'Player · Backbeat',
		playingTitle: (routine: string) => `${routine} · Playing · Backbeat`,
		notFound: 'Routine not found',
		notSaved: 'This routine is not saved on this device.',
		back: 'Back to routines'
	}
} as const;
