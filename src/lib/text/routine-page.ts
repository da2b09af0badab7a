/**
 * Every sentence of a routine's page (its facts, buttons, step list and the later-stage
 * notice), in one place per language. Whole sentences with their values as parameters; a
 * *bold part* is marked (see emphasis.ts). Pure.
 */

export const ROUTINE_PAGE = {
	title: (routine: string) => `${routine} · Backbeat`,
	allRoutines: '← All routines',

	facts: {
		totalTime: 'Total time',
		stage: 'Stage',
		level: 'Level',
		position: 'Position',
		youNeed: 'You need',
		nothing: 'Nothing'
	},

	start: (routine: string) => `Start ${routine}`,
	whenToStop: 'When to stop',
	makeItMine: 'Make it mine',
	safety: 'Safety',
	/** Heading over the routine's cautions (routine/constants.ts CONDITIONS), on its page and a shared one. */
	cautions: 'Take care if…',
	/** One condition's line: its name, then what to take care with (content/conditions.ts). */
	caution: (name: string) => `${name}:`,
	steps: 'Steps',

	/** The step list (also in the builder's preview and a shared routine's page). */
	stepList: {
		/** The name of a rest step that has none. */
		rest: 'Rest',
		/** Seconds are already worded ("4 s"). */
		breathing: (inhale: string, exhale: string) => `Breathe in for ${inhale}, out for ${exhale}.`
	},

	/** Before a later-stage routine while a spasm is recorded (content/pain-rules.ts). */
	laterStage: {
		lead: (score: number) =>
			`*This routine is meant for later*, once a spasm has eased (your last pain score was ${score} of 10). You can still go ahead.`,
		firstDays: 'Routines for the first days'
	}
} as const;
