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
		lead: "Backbeat's routines are gentle, but they are not a diagnosis. Read this list before you start.",
		/** When to read the list again (also on the gate before the first routine). */
		comeBack:
			'Come back to this list whenever something changes: a new symptom, a fall or an injury, or pain that is different from before.',
		conditions: 'If you are pregnant, have thin bones or a hip replacement',
		conditionsLead:
			'Most routines still suit you, with care. A routine that needs it says so on its page, under "Take care if".',
		coldHeat: 'Cold and heat, safely',
		source:
			"These signs follow common guidance for low back pain, such as the UK's NICE guideline NG59.",
		about: 'About Backbeat and where its content comes from'
	},

	/** The warning signs, in three tiers (content/safety.ts holds the signs). */
	redFlags: {
		heading: 'Stop and get medical help if any of these apply',
		emergency: 'Get emergency help now',
		emergencyLead: 'Call your local emergency number or go to an emergency department if you have:',
		soon: 'See a doctor soon',
		soonLead: 'Stop the exercises and see a doctor today or tomorrow if:',
		appointment: 'Not urgent: book an appointment',
		appointmentLead:
			'You can keep moving with Backbeat. Book an appointment with a GP or a physiotherapist within the next few weeks if:',
		/** The rule for every exercise (content/safety.ts) follows this lead. */
		duringExercise: 'During any exercise:'
	},

	/** The calm suggestion to book an appointment (content/pain-rules.ts referralReason). */
	referral: {
		title: 'Time to book an appointment',
		highForAWeek:
			'Your pain has stayed at 7 or more for more than a week. That is not an emergency, but it is a good reason to book an appointment with a GP or a physiotherapist.',
		repeatedFlares:
			'Your pain has flared up on three different days in the last two weeks. That is not an emergency, but it is a good reason to book an appointment with a GP or a physiotherapist.',
		meanwhile: 'Meanwhile, keep moving gently: short walks and the routines that feel comfortable.',
		whenToGetHelp: 'When to get help',
		dismiss: 'OK, got it'
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
