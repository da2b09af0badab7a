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

	timing: {
		heading: 'Timing',
		countdown: 'Countdown beeps before each part ends',
		countdownOption: (seconds: number) => (seconds === 0 ? 'None' : `Last ${seconds} seconds`),
		prepare: 'Time to get ready before the first step',
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
