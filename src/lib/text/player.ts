/**
 * Every sentence of the player's screens, dialogs and buttons (src/lib/components/player/),
 * in one place per language. Whole sentences with their numbers as parameters, so a
 * translation can reorder them; a bold part is marked with asterisks (see emphasis.ts).
 * The words of the running step itself (phase, reps, sets) are in screen.ts. Pure.
 */

export const PLAYER = {
	backToRoutine: 'Back to the routine',

	/** The safety gate before the first routine. */
	safety: {
		title: 'Before your first routine',
		confirm: 'None of these apply to me. Continue',
		notNow: 'Not now'
	},

	/** The offer to go on with a session the app was closed in. */
	resume: {
		lead: (step: number, of: number) =>
			`You stopped at step ${step} of ${of}. Time while the app was closed does not count.`,
		button: (step: number, of: number) => `Resume at step ${step} of ${of}`,
		restart: 'Start from the beginning'
	},

	/** The screen before Start. `duration` is already worded ("12 min"). */
	ready: {
		lead: (duration: string) =>
			`${duration} · Put your phone where you can see or hear it. Backbeat speaks each move and beeps the last seconds.`,
		painQuestion: 'How does your back feel right now?',
		start: 'Start',
		painBefore: (score: number) => `Pain before: ${score} of 10`
	},

	/** "End this session?" */
	endDialog: {
		title: 'End this session?',
		body: 'What you did so far is saved in your history.',
		end: 'End session',
		keepGoing: 'Keep going'
	},

	/** "It hurts": the session pauses and asks. */
	hurtDialog: {
		title: 'Paused. Sorry it hurts.',
		warningSigns: 'Warning signs: when to get help',
		question: 'How bad is it? (optional)',
		dontRate: "Don't rate",
		noted: (score: number) => `Noted: ${score} of 10.`,
		skipStep: 'Skip this step',
		end: 'End session',
		keepGoing: 'Keep going'
	},

	/** The running player's frame, controls and labels. */
	running: {
		progress: 'Routine progress',
		screenOn: 'Screen stays on',
		now: 'Now',
		details: 'Details',
		controls: 'Player controls',
		/** In place of the countdown on a step without a timer. */
		untimed: 'Take your time, then press *Done*.',
		inhale: 'Breathe in',
		exhale: 'Breathe out',
		more: 'More',
		less: 'Less',
		next: 'Next',
		back: 'Back',
		done: 'Done',
		pause: 'Pause',
		resume: 'Resume',
		skip: 'Skip',
		addRest: '+15 s rest',
		/** On a get-ready: more time to get into position. */
		addGetReady: '+15 s',
		/** On a get-ready, in place of Skip: ends it early, into the 3-2-1. */
		ready: "I'm ready",
		hurts: 'It hurts',
		end: 'End',
		/** The big countdown number, read out by a screen reader. */
		secondsLeft: (seconds: number) => `${seconds} seconds left`
	},

	/** After the last step, or after "End session". */
	finish: {
		finished: 'Well done!',
		ended: 'Session ended',
		timeSpent: 'Time spent',
		stepsDone: 'Steps done',
		stepsOf: (done: number, of: number) => `${done} of ${of}`,
		skipped: 'Skipped',
		painQuestion: 'How does your back feel now?',
		painAfter: (score: number) => `Pain after: ${score} of 10. Saved in your progress.`,
		backToRoutines: 'Back to routines',
		again: 'Do it again',
		progress: 'See progress'
	},

	/** The 0–10 pain scale. */
	pain: {
		low: '0 no pain',
		high: '10 worst',
		score: (score: number) => `${score} out of 10`,
		skip: 'Skip'
	},

	/** Shown after a routine when the pain rose (content/pain-rules.ts). */
	risingPain: {
		title: "Let's stop for today",
		rose: (before: number, after: number) => `Your pain went from ${before} to ${after} out of 10.`,
		is: (after: number) => `Your pain is ${after} out of 10.`,
		advice: 'That is a sign to rest rather than do more exercise today.',
		steps: [
			'*Rest in a comfortable position*, for example on your back with your calves on a chair or sofa, or on your side with a pillow between your knees.',
			'*Keep moving a little:* get up for a few easy steps every so often; lying still all day is not advised.',
			'*Get help* if the pain keeps getting worse or does not settle, or if you notice any warning sign.'
		],
		restPositions: 'Rest positions for a spasm',
		getHelp: 'When to get help'
	}
} as const;
