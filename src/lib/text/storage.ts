/**
 * Why saving stopped, one sentence per storage status, shown as is in the banner at the top
 * (after "Not saving." from app.ts). In one place per language. Pure.
 */

export const STORAGE = {
	blocked:
		'Backbeat is open in another tab with an older version. Close the other Backbeat tabs to finish updating; until then your progress is kept on this page only.',
	blocking: 'A newer version of Backbeat is open in another tab. Reload this page to keep saving.',
	unavailable:
		'This browser is not letting Backbeat save (private mode or storage turned off). Your workout still runs, but history made now is lost when the page closes.',
	quota:
		'Your device is out of storage space. Recent progress is kept on this page only; free some space to save it.',
	/** 'unavailable' when the database opened but reading it failed. */
	readFailed: 'Backbeat could not read your saved data.',
	'write-failed':
		'Backbeat could not save your latest progress. It is kept on this page for now; try again later.'
} as const;
