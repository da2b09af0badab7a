/**
 * Every sentence of plans: the plan pages, Today, the due banner, reminders (notifications
 * and the calendar file), the pain check and why a plan moves on, waits or steps back. In one
 * place per language. Whole sentences with their values as parameters; where a sentence has
 * optional parts (why a phase moves on), one function here decides the whole sentence, so a
 * translation rewrites that function rather than reordering pieces elsewhere. Pure.
 */

const times = (n: number) => `${n} times`;

export const PLANS = {
	/** /plans */
	list: {
		title: 'Plans · Backbeat',
		description: 'Courses of care over several days, with reminders.',
		heading: 'Plans',
		intro:
			'A plan tells you what to do next, and when, over several days. It moves on only while your pain is not getting worse.',
		/** "7 days · 3 phases"; a plan without an end runs "until you stop it". */
		meta: (days: number | undefined, phases: number) =>
			`${days ? `${days} days` : 'Until you stop it'} · ${phases} ${phases === 1 ? 'phase' : 'phases'}`
	},

	/** /plans/[id] */
	plan: {
		title: (plan: string) => `${plan} · Backbeat`,
		all: 'All plans',
		howItGoes: 'How it goes',
		/** When a phase starts: a day, a pain score, both, or neither (then nothing is said). */
		phaseStart: (day: number | undefined, painAtMost: number | undefined) =>
			day !== undefined && painAtMost !== undefined
				? `From day ${day}, once your pain is ${painAtMost} or lower`
				: day !== undefined
					? `From day ${day}`
					: painAtMost !== undefined
						? `once your pain is ${painAtMost} or lower`
						: '',
		everyHours: (hours: number) => `every ${hours} hours while you are up`,
		daily: (count: number) => (count === 1 ? 'once a day' : `${times(count)} a day`),
		/** The times are already worded. */
		at: (clockTimes: readonly string[]) => `at ${clockTimes.join(', ')}`,
		/** "Cat–cow: twice a day. Slowly." The schedule is already worded. */
		item: (schedule: string, note: string | undefined) =>
			note ? `${schedule}. ${note}` : schedule,
		safety: 'Safety',
		whenToStop: 'When to stop and get care',
		/** The plan's `afterwards` text follows. */
		afterwards: 'When the plan ends'
	},

	/** Starting a plan. */
	start: {
		heading: 'Start this plan',
		when: 'When',
		now: 'Start now',
		later: 'From a date and time',
		at: 'Start at',
		waking: 'Your waking hours',
		wakingHint: 'Nothing is due outside these hours.',
		from: 'From',
		to: 'to',
		badHours: 'Please give waking hours where the first time comes before the second.',
		noDate: 'Please choose the date and time to start.',
		button: (plan: string) => `Start “${plan}”`
	},

	/** The Today view on the home page. */
	today: {
		heading: 'Today',
		/** "Day 3 of 14", or "Day 3" for a plan without an end. */
		day: (day: number, of: number | undefined) => (of ? `Day ${day} of ${of}` : `Day ${day}`),
		/** Before the link to the plan's lesson for today (issue 24). */
		lesson: 'Today’s lesson:',
		dueNow: 'Due now:',
		dueHeading: 'Due now',
		ok: 'OK',
		next: 'Next',
		/** The time is already worded. */
		nextAt: (routine: string, time: string) => `${routine} at ${time}`,
		/** The date and time are already worded; the phase's summary follows. */
		startsOn: (when: string) => `The plan starts ${when}.`,
		nothingMore: 'Nothing more today.',
		missed: 'Missed',
		done: 'Done',
		later: (count: number) => `Later today (${count})`,
		/** The phase moved on by itself; the reason follows. */
		movedOn: (phase: string, reason: string) => `Moved on to “${phase}”. ${reason}`,
		/** On the plan's last day, before its `afterwards` text. */
		lastDay: 'Today is the plan’s last day.',
		/** Once the plan is over, before its `afterwards` text. */
		afterwards: 'What next:'
	},

	/** One item of the day. Times are already worded. */
	row: {
		due: (time: string) => `Due since ${time}`,
		upcoming: (time: string) => `At ${time}`,
		doneAt: (time: string) => `Done at ${time}`,
		markedDone: (time: string) => `Marked done (was due ${time})`,
		skipped: (time: string) => `Skipped (was due ${time})`,
		missed: (time: string) => `Missed (was due ${time})`,
		play: 'Play',
		playLabel: (routine: string, time: string) => `Play ${routine} (${time})`,
		done: 'Done',
		doneLabel: (routine: string, time: string) => `Mark ${routine} (${time}) done`,
		skip: 'Skip',
		skipLabel: (routine: string, time: string) => `Skip ${routine} (${time})`,
		undo: 'Undo',
		undoLabel: (routine: string, time: string) => `Undo for ${routine} (${time})`
	},

	/** On every other page while something is due. The titles are already listed. */
	dueBanner: {
		lead: 'Due now:',
		titles: (titles: string) => `${titles}.`,
		open: 'Open today’s plan'
	},

	pain: {
		question: 'How is your back right now? (0 = no pain, 10 = worst)',
		choose: 'Choose…',
		save: 'Save pain score',
		saved: 'Saved.',
		latest: (score: number) => `Latest: ${score} out of 10.`
	},

	/** What pain says about the phase. */
	offer: {
		stepBack: (phase: string) => `Step back to “${phase}”`,
		keepGoing: 'Keep going',
		moveOn: (phase: string) => `Move on to “${phase}” anyway`,
		/** After the reason the plan is over. */
		wellDone: 'Well done for sticking with it. You can stop the plan below.'
	},

	/** Reminders, quiet hours and stopping. */
	settings: {
		heading: 'Reminders',
		lead: 'While Backbeat is open, a banner shows what is due. A web app cannot wake itself when it is closed: add the plan to your calendar and your phone will remind you.',
		calendar: 'Add to my calendar (.ics)',
		waking: 'Waking hours (nothing is due outside them)',
		from: 'From',
		to: 'to',
		notify: 'Also notify me on this device while Backbeat is open',
		notifyHint:
			'Your browser will ask for permission: it lets Backbeat show a notice when you are in another app.',
		blocked:
			'Notifications are blocked for Backbeat in this browser, so the banner here will have to do.',
		badWaking: 'Waking hours need the first time before the second.',
		quiet: 'Quiet hours (no notifications)',
		stop: 'Stop this plan…',
		stopTitle: (plan: string) => `Stop “${plan}”?`,
		stopBody:
			'What you did stays in your history and backup. You can start a plan again at any time.',
		stopConfirm: 'Stop the plan',
		keep: 'Keep it'
	},

	/** A notification, and the calendar file's events. */
	reminder: {
		title: (routine: string) => `Time for: ${routine}`,
		body: 'Open Backbeat to start it.',
		/** The calendar event's description lines. */
		planPhase: (plan: string, phase: string) => `${plan}: ${phase}.`,
		open: (url: string) => `Open in Backbeat: ${url}`
	},

	/** Why the plan moves on, waits, steps back or is over (plan/progress.ts decides which). */
	reason: {
		over: (days: number) => `The plan's ${days} days are over.`,
		rose: (from: number, to: number) =>
			`Your pain went from ${from} to ${to} since this phase began.`,
		hurts: (n: number) => `You pressed “It hurts” ${times(n)} in one day.`,
		/** A flare (one of the two above), then the offer. */
		stepBack: (flare: string, gentler: string) =>
			`${flare} Going back to “${gentler}” for a while may help.`,
		/**
		 * A flare in the first phase (nothing gentler to go back to): gentler options, and the
		 * rule that a flare means doing less, not stopping all movement.
		 */
		flareFirst: (flare: string) =>
			`${flare} Flare-ups can happen in the first days. Do a little less next time rather than stopping altogether: rest in a comfortable position, breathe slowly, and keep your walks short and easy.`,
		waitNoCheckin: (phase: string, atMost: number) =>
			`“${phase}” starts once your pain is ${atMost} or lower. Check in your pain to move on.`,
		waitPain: (phase: string, atMost: number, current: number) =>
			`“${phase}” starts once your pain is ${atMost} or lower; it is ${current} now.`,
		afterFlare: (resumeAt: number, current: number | undefined) =>
			`You stepped back after a flare. The plan moves on again once your pain is ${resumeAt} or lower${current === undefined ? '' : ` (it is ${current} now)`}.`,
		worse: (current: number, baseline: number) =>
			`Your pain is ${current} now, higher than the ${baseline} you started with, so the plan stays here until it settles.`,
		chose: 'You chose to move on.',
		/**
		 * Why the next phase starts now: its day has come (1-based, if it waits for one), pain is
		 * within what it waits for (if it does), and pain is not worse than at the start.
		 */
		advance: (o: {
			day: number | undefined;
			current: number | undefined;
			atMost: number | undefined;
			baseline: number | undefined;
		}) => {
			const parts = [
				o.day === undefined ? '' : `Day ${o.day} has come`,
				o.atMost === undefined
					? ''
					: `your pain is ${o.current}, within the ${o.atMost} this phase waits for`,
				o.current === undefined || o.baseline === undefined
					? 'no check-in says your pain is worse'
					: `your pain is not worse than the ${o.baseline} you started with`
			].filter(Boolean);
			const reason = parts.join(' and ');
			return `${reason[0]!.toUpperCase()}${reason.slice(1)}.`;
		}
	}
} as const;
