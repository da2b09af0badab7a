import { describe, expect, it } from 'vitest';
import { parseBackup } from '../storage/backup';
import { describeBackupProblem } from './backup-problem';

/** The plain-words problem for a file's text, through the real parser's errors. */
function problemOf(text: string) {
	const parsed = parseBackup(text);
	if (parsed.ok) throw new Error('expected the backup to be refused');
	return describeBackupProblem(parsed.errors, text);
}

const header = { app: 'backbeat', kind: 'backup', backupVersion: 1, exportedAt: 1 };

describe('describeBackupProblem', () => {
	it('calls another JSON file or plain text "not a Backbeat backup"', () => {
		expect(problemOf('{"name": "my notes"}').kind).toBe('not-a-backup');
		expect(problemOf('[1, 2, 3]').kind).toBe('not-a-backup');
		expect(problemOf('Dear diary').kind).toBe('not-a-backup');
		expect(problemOf(JSON.stringify({ ...header, kind: 'routine' })).kind).toBe('not-a-backup');
		expect(problemOf('{"name": "my notes"}').title).toBe('This file is not a Backbeat backup.');
	});

	it('calls a cut-short backup or one with broken records "damaged"', () => {
		const full = JSON.stringify({ ...header, sessions: [] });
		expect(problemOf(full.slice(0, full.length - 5)).kind).toBe('damaged');
		const broken = JSON.stringify({ ...header, sessions: [{ id: 1 }] });
		expect(problemOf(broken)).toMatchObject({
			kind: 'damaged',
			title: 'This backup file is damaged.'
		});
	});

	it('asks for an update when a newer Backbeat made the backup', () => {
		expect(problemOf(JSON.stringify({ ...header, backupVersion: 99 })).kind).toBe('too-new');
	});

	it('names a file too large to be a backup', () => {
		expect(
			describeBackupProblem(['(file): this file is too large to be a Backbeat backup']).kind
		).toBe('too-large');
	});

	it('never shows a JSON path or a parser message in the plain words', () => {
		for (const text of ['{"app": "backbeat", ', '{}', JSON.stringify({ ...header, sessions: 1 })]) {
			const { title, advice } = problemOf(text);
			expect(`${title} ${advice}`).not.toMatch(/JSON|expected|position|\[\d+\]/);
		}
	});
});
