/**
 * Every sentence of the safety pages and lists (/safety, /about, the warning-signs list), in
 * one place per language. The warning signs themselves and the cold-and-heat cautions are
 * content written from the project's facts file: they live in content/safety.ts. Whole
 * sentences; a *bold part* and a [linked part] are marked (see emphasis.ts). Pure.
 */

export const SAFETY = {
	backToRoutines: 'Back to routines',

	/** /safety */
	page: {
		title: 'When to stop · Backbeat',
		heading: 'When to stop and get care',
		lead: "Backbeat's routines are gentle, but they are not a diagnosis. Read this list before you start, and come back to it whenever something feels wrong.",
		coldHeat: 'Cold and heat, safely',
		source:
			"These signs follow common guidance for low back pain, such as the UK's NICE guideline NG59.",
		about: 'About Backbeat and where its content comes from'
	},

	/** The warning signs, in two tiers (content/safety.ts holds the signs). */
	redFlags: {
		heading: 'Stop and get medical help if any of these apply',
		emergency: 'Get emergency help now',
		emergencyLead: 'Call your local emergency number or go to an emergency department if you have:',
		soon: 'See a doctor soon',
		soonLead: 'Stop the exercises and see a doctor today or tomorrow if:',
		/** The rule for every exercise (content/safety.ts) follows this lead. */
		duringExercise: 'During any exercise:'
	},

	/** /about */
	about: {
		title: 'About · Backbeat',
		description: 'What Backbeat is and is not, where its content comes from.',
		heading: 'About Backbeat',
		whatItIs: 'What it is',
		plays: (routines: number) =>
			`Backbeat plays ${routines} gentle, spoken exercise and stretch routines for people with back pain and back muscle spasms. It counts for you, speaks each move and keeps time, so you can follow along from the floor.`,
		whatItIsNot: 'What it is not',
		notAdvice:
			'Backbeat is *not medical advice* and does not diagnose anything. It does not replace a doctor or a physiotherapist, and it names no medicine. If you are unsure whether an exercise suits you, ask a health professional.',
		whenToStop: 'When to stop and get care',
		sourceHeading: 'Where the content comes from',
		source:
			"The routines and safety texts are written in our own words from common self-care advice for back muscle spasms, gathered from public health articles, and from standard, conservative physiotherapy practice. The warning signs follow recognised guidance for low back pain, such as the UK's NICE guideline NG59 (low back pain and sciatica in over 16s). Where the articles claimed more than is known, we say less.",
		dataHeading: 'Your data stays on this device',
		data: 'Your history, pain scores and settings are stored only in this browser on this device. Backbeat sends nothing anywhere: no account, no analytics, no adverts. You can download a backup or delete everything from the Progress page.',
		licenceHeading: 'Licence and version',
		version: 'Version',
		licence: 'Licence',
		openSource: (licence: string) => `${licence} (open source)`
	}
} as const;
