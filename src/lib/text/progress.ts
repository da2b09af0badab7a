/**
 * Every sentence of the Progress page (summary, calendar, pain chart, sessions per routine,
 * the session list, and the backup section), in one place per language. Whole sentences with
 * their numbers as parameters: a plural is one function choosing the whole phrase. Pure.
 */

const n = (count: number) => count.toLocaleString();
/** "1 session", "3 sessions". */
const sessions = (count: number) => (count === 1 ? '1 session' : `${n(count)} sessions`);
/** "1 day", "3 days". */
const days = (count: number) => (count === 1 ? '1 day' : `${n(count)} days`);
/** A pain average with one decimal, or a dash when there is none. */
const score = (value: number | null) => (value === null ? '–' : value.toFixed(1));

export const PROGRESS = {
	title: 'Progress · Backbeat',
	heading: 'Progress',
	loading: 'Loading your history…',
	empty:
		'No sessions yet. Your streaks, a calendar and your pain trend will appear here after your first routine.',
	chooseRoutine: 'Choose a routine',
	summary: 'Summary',
	calendar: 'Calendar',
	pain: 'Pain before and after',
	perRoutine: 'Sessions per routine',

	stats: {
		currentStreak: 'Current streak',
		bestStreak: 'Best streak',
		thisWeek: 'This week',
		sessions: 'Sessions',
		days,
		minutes: (minutes: number) => `${n(minutes)} min`,
		count: n,
		note: 'A streak counts days with at least one session, short or long.'
	},

	/** One routine's bar: "3 sessions · 24 min". */
	routineBar: (count: number, minutes: number) => `${sessions(count)} · ${n(minutes)} min`,

	calendarDay: {
		/** For screen readers: "3 Mar (today): 2 sessions". The day is already worded. */
		label: (day: string, today: boolean, count: number) =>
			`${day}${today ? ' (today)' : ''}: ${count > 0 ? sessions(count) : 'no session'}`,
		legend: 'a day with a session (a number when there were more)'
	},

	painChart: {
		empty:
			'No pain scores yet. Rate how your back feels before and after a routine to see a trend here.',
		averageFromTo: (from: number, to: number, count: number) =>
			`Average pain before sessions went from ${score(from)} to ${score(to)} over the last ${sessions(count)}.`,
		same: 'On average, pain was the same after a session as before it.',
		lower: (points: number) =>
			`On average, pain was ${points.toFixed(1)} points lower after a session than before it.`,
		higher: (points: number) =>
			`On average, pain was ${points.toFixed(1)} points higher after a session than before it.`,
		soFar: (count: number, latest: number | null) =>
			`${sessions(count)} with a pain score so far; the latest was ${latest} of 10.`,
		beforeKey: 'Before (dashed line: average)',
		afterKey: 'After (solid line: average)',
		scale: (count: number) => `Pain from 0 (none) to 10 (worst), last ${sessions(count)}.`,
		table: 'Pain scores as a table',
		caption: 'Pain before and after each session, oldest first',
		day: 'Day',
		before: 'Before',
		after: 'After',
		averages: 'Averages before / after',
		/** A score or average cell. */
		score,
		pair: (before: number | null, after: number | null) => `${score(before)} / ${score(after)}`
	},

	sessionList: {
		heading: 'Sessions',
		/** One session, as the list and its messages name it. The date is already worded. */
		describe: (routine: string, date: string) => `${routine}, ${date}`,
		deleted: (session: string) => `Deleted ${session}.`,
		restored: (session: string) => `Restored ${session}.`,
		undo: 'Undo',
		finished: 'Finished',
		endedEarly: (done: number, of: number) => `Ended early (${done} of ${of} steps)`,
		/** The pain scores are already worded ("3/10" or a dash). */
		pain: (before: string, after: string) => `Pain before: ${before} · after: ${after}`,
		delete: 'Delete',
		more: (count: number) => `Show ${count} more`,
		older: (count: number) => `(${n(count)} older)`
	},

	backup: {
		heading: 'Your data',
		lead: 'Everything is stored only on this device, in this browser. Back it up to keep it when you clear the browser or change phones.',
		download: 'Download backup',
		csv: 'Download for my physiotherapist (CSV)',
		planCsv: 'Plan log (CSV)',
		restore: 'Restore from backup',
		restoreHint:
			'Choose a Backbeat backup file (.json). It is merged with what is here: nothing is duplicated and nothing here is lost.',
		restored: (added: number, updated: number, skipped: number) =>
			`Backup restored: ${added === 1 ? '1 record' : `${n(added)} records`} added, ${n(updated)} updated, ${n(skipped)} already here.`,
		inMemory: 'It could only be kept in memory for now; see the message at the top of the page.',
		deletedAll: 'All your Backbeat data was deleted from this device.',
		nothingChanged: 'Nothing was changed.',
		details: 'Details',
		failed: 'Something went wrong, and nothing was changed. Please try again.',
		tooLarge: (bytes: number) =>
			`(file): ${bytes} bytes; this file is too large to be a Backbeat backup`,
		deleteFailed: 'Your data could not be deleted. Close other Backbeat tabs and try again.',
		deleteHeading: 'Delete all my data',
		deleteLead:
			'Removes your history, pain scores, plans, custom routines and settings from this device.',
		deleteButton: 'Delete all my data…',
		confirmTitle: 'Delete all your data?',
		confirmBody:
			'Your history, pain scores, plans, custom routines and settings will be erased from this device. This cannot be undone. Download a backup first if you might want them back.',
		confirm: 'Delete everything',
		cancel: 'Cancel'
	}
} as const;
