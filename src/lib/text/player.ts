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
		confirm: 'None of these apply to me, or a doctor has already checked them. Continue',
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
		/** From the second press on one day: calm, an easier option, never alarm. */
		again:
			'That is the second time today. Your back may prefer something easier today, such as a rest position or a short, easy walk, or stopping here for today. Both are fine.',
		restPositions: 'Rest positions',
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

	/**
	 * Shown after a routine when the pain rose by 2 or more, or is 8 or more and not lower than
	 * before (content/pain-rules.ts). Do less next time, not nothing: never "rest instead".
	 */
	risingPain: {
		title: 'Take it easier next time',
		rose: (before: number, after: number) => `Your pain went from ${before} to ${after} out of 10.`,
		is: (after: number) => `Your pain is ${after} out of 10.`,
		advice:
			'Some discomfort is normal when you move a sore back, and it is not a sign of harm. A rise this big means doing less next time, not stopping all movement.',
		steps: [
			'*For the rest of today, choose something easier:* a rest position, slow breathing, or a few minutes of easy walking.',
			'*See how it settles.* Pain that settles within about an hour and is no worse the next morning is fine.',
			'*Get help* if the pain keeps getting worse or does not settle, or if you notice any warning sign.'
		],
		/** After a walk: walking stays the base of recovery; shorter and slower, never "rest instead". */
		walkingSteps: [
			'*Keep walking, but shorter and slower:* next time walk for a few minutes less, on flat ground, at an easy pace.',
			'*See how it settles.* Pain that settles within about an hour and is no worse the next morning is fine.',
			'*Get help* if the pain keeps getting worse or does not settle, or if you notice any warning sign.'
		],
		restPositions: 'Rest positions for a spasm',
		/** Links to the pacing lesson (issue 24). */
		pacing: 'How much is too much? (a short lesson)',
		getHelp: 'When to get help'
	},

	/** One line after the pain-after score when it calls for no card (content/pain-rules.ts). */
	painAfterNote: {
		eased: (before: number, after: number) =>
			`Your pain went down from ${before} to ${after}. Well done: gentle movement is helping.`,
		steady: (after: number) =>
			`Your pain is ${after}, the same as before. In the first days of a spasm that is expected: keep moving gently, a little at a time.`,
		smallRise: (before: number, after: number) =>
			`Your pain went from ${before} to ${after}. A small rise is normal if it settles within about an hour.`
	}
} as const;
