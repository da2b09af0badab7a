import { readFileSync } from 'node:fs';
import { expect, test, type Page } from './fixtures';
import { open } from './helpers';
import { failOnPageErrors, routineJson, schemaErrors } from './mine-helpers';
import { encodeRoutine, shareUrl } from '../../src/lib/share/codec';
import { parseRoutineJson } from '../../src/lib/routine/parse';

/** A valid share link, made by the app's own encoder (Node has CompressionStream). */
async function shareLink(): Promise<string> {
	const parsed = parseRoutineJson(routineJson());
	if (!parsed.ok) throw new Error(parsed.errors.join('; '));
	const encoded = await encodeRoutine(parsed.routine);
	if (!encoded.ok) throw new Error(encoded.message);
	return shareUrl('', encoded.fragment);
}

/** Safari before 16.4, Firefox before 113: no compression streams at all. */
async function withoutCompressionStreams(page: Page): Promise<void> {
	await page.addInitScript(() => {
		delete (window as { DecompressionStream?: unknown }).DecompressionStream;
		delete (window as { CompressionStream?: unknown }).CompressionStream;
	});
}

test('without DecompressionStream a share link says so plainly, and importing the file still works', async ({
	page
}) => {
	const noErrors = failOnPageErrors(page);
	await withoutCompressionStreams(page);
	await open(page, '/');
	expect(await page.evaluate(() => 'DecompressionStream' in window)).toBe(false);

	await open(page, await shareLink());
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('This link cannot be opened');
	await expect(page.getByRole('alert')).toHaveText(
		'This browser cannot open share links; update it or import the file instead.'
	);
	await expect(page.getByText('Opening the shared routine…')).toHaveCount(0);

	// The file path: import the routine from a file instead.
	await page.getByRole('link', { name: 'Import a routine file' }).click();
	await expect(page).toHaveURL(/\/mine#import-heading$/);
	await page.waitForSelector('html[data-hydrated]');
	await page.getByLabel('From a .json file').setInputFiles({
		name: 'physio.json',
		mimeType: 'application/json',
		buffer: Buffer.from(routineJson())
	});
	await expect(page.getByText('Imported “Physio back programme”.')).toBeVisible();
	noErrors();
});

test('without CompressionStream Share says it cannot make links, and the file export still works', async ({
	page
}) => {
	const noErrors = failOnPageErrors(page);
	await withoutCompressionStreams(page);
	await open(page, '/mine');
	await page.getByLabel("Or paste the routine's JSON").fill(routineJson());
	await page.getByRole('button', { name: 'Import pasted JSON' }).click();
	await expect(page.getByText('Imported “Physio back programme”.')).toBeVisible();

	await page.getByText('Share or export').click();
	await expect(page.getByTestId('no-links')).toHaveText(
		'This browser cannot make share links. Update it, or export the file and send that instead.'
	);
	await expect(page.getByRole('button', { name: 'Share link' })).toHaveCount(0);
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Export file' }).click()
	]);
	expect(download.suggestedFilename()).toBe('physio-back-programme.json');
	const text = readFileSync(await download.path(), 'utf8');
	expect(schemaErrors(text)).toEqual([]);
	expect((JSON.parse(text) as { title: string }).title).toBe('Physio back programme');
	noErrors();
});

test('with the streams, the same link opens and Share link is offered (the test’s control)', async ({
	page
}) => {
	const noErrors = failOnPageErrors(page);
	await open(page, await shareLink());
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Physio back programme');
	await page.getByRole('button', { name: 'Save to my routines' }).click();
	await open(page, '/mine');
	await page.getByText('Share or export').click();
	await expect(page.getByRole('button', { name: 'Share link' })).toBeVisible();
	await expect(page.getByTestId('no-links')).toHaveCount(0);
	noErrors();
});
