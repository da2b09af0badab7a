import { expect, test, type Page } from './fixtures';
import { readFileSync } from 'node:fs';
import { expectNoAxeViolations, open, prepareWithClock, useVoiceGuidance } from './helpers';

const DAY = 86_400_000;

interface SeedSession {
	id: string;
	routineId: string;
	routineVersion: number;
	routineTitle: string;
	startedAt: number;
	endedAt: number;
	activeSeconds: number;
	stepsCompleted: number;
	stepsSkipped: number;
	stepsTotal: number;
	outcome: 'finished' | 'ended';
	painBefore?: number | null;
	painAfter?: number | null;
}

/** A valid session record (see src/lib/storage/records.ts) `daysAgo` days before now. */
function sessionRecord(n: number, daysAgo: number, overrides: Partial<SeedSession> = {}) {
	const startedAt = Date.now() - daysAgo * DAY - 3_600_000;
	return {
		id: `seed-${n}`,
		routineId: 'pelvic-tilts',
		routineVersion: 1,
		routineTitle: 'Pelvic tilts',
		startedAt,
		endedAt: startedAt + 330_000,
		activeSeconds: 300,
		stepsCompleted: 2,
		stepsSkipped: 0,
		stepsTotal: 2,
		outcome: 'finished',
		painBefore: 6 - (n % 3),
		painAfter: 3 - (n % 2),
		...overrides
	} satisfies SeedSession;
}

/** Writes sessions into the app's database with raw IndexedDB, once the app has created it. */
async function seed(page: Page, sessions: SeedSession[]): Promise<void> {
	await open(page, '/settings');
	await page.evaluate(async (sessions) => {
		for (let i = 0; !(await indexedDB.databases()).some((d) => d.name === 'backbeat'); i++) {
			if (i > 100) throw new Error('the app did not create its database');
			await new Promise((r) => setTimeout(r, 50));
		}
		const request = indexedDB.open('backbeat');
		const db = await new Promise<IDBDatabase>((resolve, reject) => {
			request.onsuccess = () => resolve(request.result);
			request.onerror = () => reject(request.error ?? new Error('open failed'));
		});
		const tx = db.transaction('sessions', 'readwrite');
		for (const s of sessions) tx.objectStore('sessions').put(s);
		await new Promise<void>((resolve, reject) => {
			tx.oncomplete = () => resolve();
			tx.onerror = () => reject(tx.error ?? new Error('write failed'));
		});
		db.close();
	}, sessions);
}

/** Opens the progress screen and waits until its data is rendered. */
async function openHistory(page: Page): Promise<void> {
	await open(page, '/history');
	await page.waitForSelector('[data-ready]');
}

const rows = (page: Page) => page.getByTestId('session');
const restoreInput = (page: Page) => page.getByLabel('Restore from backup');

async function download(page: Page, button: string) {
	const [file] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: button }).click()
	]);
	const path = await file.path();
	return { name: file.suggestedFilename(), path, text: readFileSync(path, 'utf8') };
}

test('a finished routine shows in the history after a reload, with streak, minutes and pain @both', async ({
	page
}) => {
	await prepareWithClock(page);
	// Timing as in Short guidance: no lead-in before the steps (Full: voice-guidance.spec.ts).
	await useVoiceGuidance(page, 'Short');
	await open(page, '/play/walk-break');
	await page.getByRole('button', { name: /None of these apply/ }).click();
	const ready = page.getByTestId('ready');
	await expect(ready).toBeVisible();
	await ready.getByRole('button', { name: '6 out of 10' }).click();
	await page.getByTestId('start').click();
	// "Stand up" (a get-ready, ended with "I'm ready"), the 3-2-1, 4 min of walking and 30 s
	// of breathing.
	await page.getByTestId('im-ready').click();
	await page.clock.runFor(5000);
	await page.clock.runFor(271_000);
	await expect(page.getByTestId('finish')).toBeVisible();
	await page.getByRole('button', { name: '3 out of 10' }).click();
	await expect(page.getByText('Pain after: 3 of 10')).toBeVisible();

	await openHistory(page);
	await page.reload();
	await page.waitForSelector('[data-ready]');
	await expect(page).toHaveTitle('Progress · Backbeat');
	await expect(rows(page)).toHaveCount(1);
	await expect(rows(page).first()).toContainText('Walk break');
	await expect(rows(page).first()).toContainText('Finished');
	await expect(rows(page).first()).toContainText('Pain before: 6 of 10 · after: 3 of 10');
	await expect(page.getByTestId('current-streak')).toHaveText('1 day');
	await expect(page.getByTestId('best-streak')).toHaveText('1 day');
	await expect(page.getByTestId('total-sessions')).toHaveText('1');
	const minutes = Number.parseInt((await page.getByTestId('week-minutes').textContent()) ?? '');
	expect(minutes).toBeGreaterThanOrEqual(4);
	await expect(page.getByText(/\(today\): 1 session$/)).toHaveCount(1);
	await expect(page.getByTestId('pain-summary')).toContainText('3.0 points lower after');
	await expect(page.getByRole('heading', { name: 'Sessions per routine' })).toBeVisible();
	const perRoutine = page.getByRole('region', { name: 'Sessions per routine' });
	await expect(perRoutine).toContainText('Walk break');
	await expect(perRoutine).toContainText(/1 session · \d+ min/);
});

test('delete takes a session out of the history and Undo puts it back', async ({ page }) => {
	await seed(page, [
		sessionRecord(1, 0, { routineTitle: 'Pelvic tilts' }),
		sessionRecord(2, 1, { routineId: 'walk-break', routineTitle: 'Walk break' })
	]);
	await openHistory(page);
	await expect(rows(page)).toHaveCount(2);
	await expect(page.getByTestId('current-streak')).toHaveText('2 days');

	await rows(page)
		.filter({ hasText: 'Walk break' })
		.getByRole('button', { name: /^Delete/ })
		.click();
	await expect(rows(page)).toHaveCount(1);
	await expect(page.getByTestId('list-status')).toContainText('Deleted Walk break');
	await expect(page.getByTestId('current-streak')).toHaveText('1 day');
	const undo = page.getByRole('button', { name: 'Undo' });
	await expect(undo).toBeFocused();
	await undo.click();
	await expect(rows(page)).toHaveCount(2);
	await expect(page.getByTestId('list-status')).toContainText('Restored Walk break');
	await expect(page.getByTestId('current-streak')).toHaveText('2 days');

	// Both the undo and a later delete reach IndexedDB.
	await page.reload();
	await page.waitForSelector('[data-ready]');
	await expect(rows(page)).toHaveCount(2);
	await rows(page)
		.filter({ hasText: 'Pelvic tilts' })
		.getByRole('button', { name: /^Delete/ })
		.click();
	await expect(rows(page)).toHaveCount(1);
	await page.reload();
	await page.waitForSelector('[data-ready]');
	await expect(rows(page)).toHaveCount(1);
	await expect(rows(page).first()).toContainText('Walk break');
});

test('a refused backup says why in plain words, the JSON path behind "Details", and nothing changes', async ({
	page
}) => {
	await seed(page, [sessionRecord(1, 0, { routineTitle: 'Morning mobility' })]);
	await openHistory(page);
	await expect(rows(page)).toHaveCount(1);
	const error = page.getByTestId('backup-error');
	const details = error.getByText('Details');
	const restore = (name: string, text: string) =>
		restoreInput(page).setInputFiles({
			name,
			mimeType: 'application/json',
			buffer: Buffer.from(text)
		});

	// A backup with one broken record: damaged. The path shows only when Details is opened.
	const bad = {
		app: 'backbeat',
		kind: 'backup',
		backupVersion: 1,
		exportedAt: Date.now(),
		sessions: [sessionRecord(2, 3), { ...sessionRecord(3, 2), startedAt: 'yesterday' }]
	};
	await restore('backbeat-backup-bad.json', JSON.stringify(bad));
	await expect(error).toContainText('This backup file is damaged. Nothing was changed.');
	await expect(page.getByRole('alert').filter({ hasText: 'damaged' })).toBeVisible();
	const path = error.getByText(/sessions\[1\]\.startedAt/);
	await expect(path).toBeHidden();
	await details.click();
	await expect(path).toBeVisible();
	await expect(rows(page)).toHaveCount(1);

	// A backup cut short: damaged too, and no parser message in the words shown.
	await restore('backbeat-backup-cut.json', JSON.stringify(bad).slice(0, 120));
	await expect(error).toContainText('This backup file is damaged.');
	await expect(error.getByText(/not valid JSON/)).toBeHidden();

	// Some other file: not a backup at all.
	await restore('notes.json', '{"title": "My notes", "lines": []}');
	await expect(error).toContainText('This file is not a Backbeat backup. Nothing was changed.');
	await expect(error.getByText(/expected "backbeat"/)).toBeHidden();
	await details.click();
	await expect(error.getByText(/expected "backbeat"/)).toBeVisible();

	// The valid session in the bad file was not written either.
	await page.reload();
	await page.waitForSelector('[data-ready]');
	await expect(rows(page)).toHaveCount(1);
	await expect(rows(page).first()).toContainText('Morning mobility');
	await expect(page.getByTestId('total-sessions')).toHaveText('1');
});

test('a downloaded backup restores everything after "Delete all my data"', async ({ page }) => {
	await seed(page, [
		sessionRecord(1, 0),
		sessionRecord(2, 1, { routineId: 'desk-break', routineTitle: 'Desk break' })
	]);
	await openHistory(page);
	await expect(rows(page)).toHaveCount(2);

	const backup = await download(page, 'Download backup');
	expect(backup.name).toMatch(/^backbeat-backup-\d{4}-\d{2}-\d{2}\.json$/);
	const parsed = JSON.parse(backup.text) as {
		app: string;
		backupVersion: number;
		sessions: unknown[];
	};
	expect(parsed).toMatchObject({ app: 'backbeat', backupVersion: 1 });
	expect(parsed.sessions).toHaveLength(2);

	await page.getByRole('button', { name: 'Delete all my data…' }).click();
	const dialog = page.getByRole('dialog', { name: 'Delete all your data?' });
	await expect(dialog).toBeVisible();
	// Cancel keeps everything.
	await dialog.getByRole('button', { name: 'Cancel' }).click();
	await expect(dialog).toBeHidden();
	await expect(rows(page)).toHaveCount(2);
	await page.getByRole('button', { name: 'Delete all my data…' }).click();
	await dialog.getByRole('button', { name: 'Delete everything' }).click();
	await expect(page.getByTestId('backup-status')).toContainText(
		'All your Backbeat data was deleted'
	);
	await expect(page.getByTestId('empty')).toBeVisible();
	await page.reload();
	await page.waitForSelector('[data-ready]');
	await expect(page.getByTestId('empty')).toBeVisible();
	await expect(page.getByRole('link', { name: 'Choose a routine' })).toBeVisible();

	await restoreInput(page).setInputFiles(backup.path);
	await expect(page.getByTestId('backup-status')).toContainText('Backup restored: 2 records added');
	await expect(rows(page)).toHaveCount(2);
	// Importing the same file again adds nothing.
	await restoreInput(page).setInputFiles(backup.path);
	await expect(page.getByTestId('backup-status')).toContainText('0 records added');
	await expect(page.getByTestId('backup-status')).toContainText('2 already here');
	await page.reload();
	await page.waitForSelector('[data-ready]');
	await expect(rows(page)).toHaveCount(2);
	await expect(page.getByText('Desk break').first()).toBeVisible();
});

test('the CSV for a physiotherapist has a header and a row per session', async ({ page }) => {
	await seed(page, [
		sessionRecord(1, 2, { routineTitle: 'Stretch, then walk', painBefore: 7, painAfter: 4 })
	]);
	await openHistory(page);
	const csv = await download(page, 'Download for my physiotherapist (CSV)');
	expect(csv.name).toMatch(/^backbeat-sessions-\d{4}-\d{2}-\d{2}\.csv$/);
	expect(csv.text.startsWith('\uFEFF')).toBe(true);
	const lines = csv.text.slice(1).trimEnd().split('\r\n');
	expect(lines[0]).toBe(
		'date,routine,minutes,outcome,pain before,pain after,steps completed,steps skipped'
	);
	expect(lines).toHaveLength(2);
	expect(lines[1]).toContain('"Stretch, then walk",5,finished,7,4,2,0');
});

/** 40 sessions of three routines over 20 days, some ended early without a pain score. */
const fortySessions = () =>
	Array.from({ length: 40 }, (_, i) =>
		sessionRecord(i, Math.floor(i / 2), {
			routineTitle: ['Pelvic tilts', 'Walk break', 'Desk break'][i % 3]!,
			routineId: ['pelvic-tilts', 'walk-break', 'desk-break'][i % 3]!,
			...(i % 7 === 3 ? { outcome: 'ended', painAfter: null } : {})
		})
	);

test('axe finds nothing on the progress screen with data, light mode @both', async ({ page }) => {
	await seed(page, fortySessions());
	await page.emulateMedia({ colorScheme: 'light' });
	await openHistory(page);
	await expect(rows(page)).toHaveCount(30);
	await page.getByText('Pain scores as a table').click();
	await expectNoAxeViolations(page);

	await page.getByRole('button', { name: /^Show 10 more/ }).click();
	await expect(rows(page)).toHaveCount(40);
	await expect(rows(page).nth(30)).toBeFocused();
	await rows(page)
		.first()
		.getByRole('button', { name: /^Delete/ })
		.click();
	await expect(page.getByRole('button', { name: 'Undo' })).toBeVisible();
	await expectNoAxeViolations(page);
});

test('axe finds nothing on the progress screen with data in dark mode, nor in its delete dialog @both', async ({
	page
}) => {
	await seed(page, fortySessions());
	await page.emulateMedia({ colorScheme: 'dark' });
	await openHistory(page);
	await expect(rows(page)).toHaveCount(30);
	await expectNoAxeViolations(page);
	await page.getByRole('button', { name: 'Delete all my data…' }).click();
	await expect(page.getByRole('dialog', { name: 'Delete all your data?' })).toBeVisible();
	await expectNoAxeViolations(page);
});
