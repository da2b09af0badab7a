/**
 * Why a backup could not be restored, in plain words for the person; the technical errors
 * (JSON paths) stay available behind a "Details" toggle for whoever helps them.
 */

/** What the restore screen says first. */
export interface BackupProblem {
	kind: 'not-a-backup' | 'damaged' | 'too-new' | 'too-large';
	/** One short sentence: what happened. */
	title: string;
	/** What the person can do about it. */
	advice: string;
}

const PROBLEMS: Record<BackupProblem['kind'], Omit<BackupProblem, 'kind'>> = {
	'not-a-backup': {
		title: 'This file is not a Backbeat backup.',
		advice:
			'Choose the file Backbeat saved when you pressed "Download backup". Its name starts with "backbeat-backup".'
	},
	damaged: {
		title: 'This backup file is damaged.',
		advice:
			'Part of it is missing or was changed, perhaps while it was copied. Try the file again from where you saved it, or an older backup.'
	},
	'too-new': {
		title: 'This backup was made by a newer version of Backbeat.',
		advice: 'Update Backbeat (close all its tabs and open it again), then restore the file.'
	},
	'too-large': {
		title: 'This file is too large to be a Backbeat backup.',
		advice: 'Choose the file Backbeat saved when you pressed "Download backup".'
	}
};

// A backup names its app near the top; a cut-short copy of one still does.
const LOOKS_LIKE_BACKUP = /"app"\s*:\s*"backbeat"/;

/**
 * Sorts the errors of a failed restore (from parseBackup) into one plain-words problem.
 * `text` is the file's content when it was read (it tells a damaged backup from another file).
 */
export function describeBackupProblem(errors: readonly string[], text = ''): BackupProblem {
	const first = errors[0] ?? '';
	const kind: BackupProblem['kind'] = first.includes('too large')
		? 'too-large'
		: first.includes('not valid JSON')
			? LOOKS_LIKE_BACKUP.test(text)
				? 'damaged'
				: 'not-a-backup'
			: /^(\(backup\)|app|kind):/.test(first)
				? 'not-a-backup'
				: first.includes('newer Backbeat')
					? 'too-new'
					: 'damaged';
	return { kind, ...PROBLEMS[kind] };
}
