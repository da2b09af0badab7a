/**
 * Every sentence of the Settings page, in one place per language (the install offer is in
 * app.ts, shared with the frame). Whole sentences with their values as parameters. Pure.
 */

export const SETTINGS = {
	title: 'Settings · Backbeat',
	heading: 'Settings',
	lead: 'Changes apply at once, even during a routine, and are saved on this device.',

	beeps: {
		heading: 'Beeps',
		toggle: 'Beeps for countdowns, starts and rests',
		volume: (percent: number) => `Beep volume: ${percent}%`
	},

	voice: {
		heading: 'Voice',
		guidance: 'Voice guidance',
		/** The three levels, each with what it says. */
		levels: {
			full: {
				label: 'Full',
				hint: 'Before each step: its name, how to do it and when to stop. Then the counts, “halfway”, “last one” and what comes next.'
			},
			short: { label: 'Short', hint: 'A few words per step, then the counts.' },
			off: { label: 'Off', hint: 'Beeps and vibration only.' }
		},
		fromNext: 'Full or Short applies from the next routine you start.',
		none: 'This device has no speech voice, so Backbeat guides you with beeps and vibration only. You can add a voice in your device’s text-to-speech settings.',
		voice: 'Voice',
		automatic: 'Automatic (best voice on this device)',
		/**
		 * One voice in the picker: "Samantha (en-US)", "… · needs internet" when it is online-only;
		 * a second voice of the same name and language is "Samantha (en-US) 2".
		 */
		option: (name: string, lang: string, local: boolean, twin = 1) =>
			(name || 'Unnamed voice') +
			(lang ? ` (${lang})` : '') +
			(twin > 1 ? ` ${twin}` : '') +
			(local ? '' : ' · needs internet'),
		rate: (rate: number) => `Speaking speed: ${rate.toFixed(1)}×`,
		countReps: 'Count reps aloud'
	},

	timing: {
		heading: 'Timing',
		countdown: 'Countdown beeps before each part ends',
		countdownOption: (seconds: number) => (seconds === 0 ? 'None' : `Last ${seconds} seconds`),
		prepare: 'Time to get ready when a routine starts straight away',
		prepareOption: (seconds: number) => (seconds === 0 ? 'Start at once' : `${seconds} seconds`),
		announceNext: 'Say what comes next during rests'
	},

	vibration: {
		heading: 'Vibration',
		toggle: 'Vibrate on cues',
		none: 'This device cannot vibrate; the screen flashes briefly instead.'
	},

	appearance: {
		heading: 'Appearance',
		theme: 'Theme',
		system: 'Same as my device',
		light: 'Light',
		dark: 'Dark'
	},

	install: 'Install',

	pain: {
		heading: 'Pain check-ins',
		toggle: 'Ask how my back feels before and after each routine'
	},

	about: {
		heading: 'About',
		lead: 'What Backbeat is and is not, where its content comes from, its licence and version.',
		link: 'About Backbeat'
	}
} as const;
