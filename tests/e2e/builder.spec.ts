import { expect, test, type Page } from './fixtures';
import { readFileSync } from 'node:fs';
import { expectNoAxeViolations, open, prepareWithClock } from './helpers';
import { failOnPageErrors, schemaErrors, tabTo } from './mine-helpers';

/** On the player page: past the safety gate and the pain check-in, then Start. */
async function start(page: Page) {
	const gate = page.getByTestId('safety-gate');
	const ready = page.getByTestId('ready');
	await expect(gate.or(ready)).toBeVisible();
	if (await gate.isVisible())
		await page.getByRole('button', { name: /None of these apply/ }).click();
	// The pain check-in comes before Start; wait for one of the two before deciding.
	const skip = ready.getByRole('button', { name: 'Skip' });
	const go = page.getByTestId('start');
	await expect(skip.or(go)).toBeVisible();
	if (await skip.isVisible()) await skip.click();
	await go.click();
}

const step = (page: Page, n: number) =>
	page.getByRole('listitem', { name: new RegExp(`^Step ${n}\\b`) });

test('builds a three-step routine with a per-side step by touch, plays it, edits it, exports it', async ({
	page
}) => {
	const noErrors = failOnPageErrors(page);
	await prepareWithClock(page);
	await open(page, '/mine/edit');

	await page.getByLabel('Title').tap();
	await page.getByLabel('Title').fill('Physio knees');
	await page.getByLabel('Summary').fill('Three moves from my physio.');

	const first = step(page, 1);
	await first.getByLabel('Name').fill('Lie down');
	await first.getByLabel('Instructions').fill('Lie on your back with knees bent.');

	await page.getByLabel('New step', { exact: true }).selectOption('timed');
	await page.getByRole('button', { name: 'Add step' }).tap();
	const second = step(page, 2);
	await second.getByLabel('Name').fill('Knee hug');
	await second.getByLabel('Instructions').fill('Hug one knee to your chest.');
	await second.getByLabel('Duration (s)').fill('20');
	await second.getByLabel('Do it on each side').tap();

	await page.getByLabel('New step', { exact: true }).selectOption('rest');
	await page.getByRole('button', { name: 'Add step' }).tap();
	await step(page, 3).getByLabel('Duration (s)').fill('10');

	// 0 (a get-ready, the new step a routine starts with) + 2 × 20 + 5 to switch + 10 rest.
	await expect(page.getByText('Total 55 s')).toBeVisible();
	const preview = page.getByRole('complementary', { name: 'Preview' });
	await expect(preview.getByRole('heading', { name: 'Knee hug' })).toBeVisible();
	await expect(preview.getByText(/Each side: 20 s/)).toBeVisible();
	await expectNoAxeViolations(page);

	await page.getByRole('button', { name: 'Save routine' }).tap();
	await expect(page.getByText('Saved “Physio knees”.')).toBeVisible();

	// It is in the library, marked as mine, and plays in the real player.
	await open(page, '/');
	const mine = page.getByRole('region', { name: 'Your routines' });
	await expect(mine.getByText('Yours')).toBeVisible();
	await mine.getByRole('link', { name: 'Physio knees', exact: true }).tap();
	await start(page);
	await page.clock.runFor(5500);
	await expect(page.getByTestId('step-name')).toHaveText('Lie down');
	await page.getByTestId('im-ready').tap();
	await page.clock.runFor(5500);
	await expect(page.getByTestId('step-name')).toHaveText('Knee hug');
	await page.clock.runFor(60_000);
	await expect(page.getByTestId('finish')).toBeVisible();

	// Edit it: the change is saved as version 2.
	await open(page, '/mine');
	await page.getByRole('link', { name: 'Edit Physio knees' }).tap();
	await expect(step(page, 2).getByLabel('Duration (s)')).toHaveValue('20');
	await step(page, 2).getByLabel('Duration (s)').fill('25');
	await expect(page.getByText('Total 1 min')).toBeVisible();
	await page.getByRole('button', { name: 'Save routine' }).tap();
	await expect(page.getByText('Saved “Physio knees”.')).toBeVisible();

	// Export: the downloaded file validates against routines/schema.json.
	await open(page, '/mine');
	await page.getByText('Share or export').tap();
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Export file' }).tap()
	]);
	expect(download.suggestedFilename()).toBe('physio-knees.json');
	const text = readFileSync(await download.path(), 'utf8');
	expect(schemaErrors(text)).toEqual([]);
	const exported = JSON.parse(text) as { version: number; steps: { duration?: number }[] };
	expect(exported.version).toBe(2);
	expect(exported.steps[1]!.duration).toBe(25);
	noErrors();
});

test('shows schema errors next to the field, keeps the draft across a reload, and warns before leaving', async ({
	page
}) => {
	const noErrors = failOnPageErrors(page);
	await open(page, '/mine/edit');
	await page.getByLabel('Title').fill('Draft that survives');
	const first = step(page, 1);
	await first.getByLabel('Kind of step').selectOption('hold');
	await first.getByLabel('Hold (s)').fill('500');
	await page.getByRole('button', { name: 'Save routine' }).click();
	// The same wording as the routine files' validation (routines/README.md).
	await expect(first.getByText('expected seconds between 1 and 300, got 500')).toBeVisible();
	await expect(page.getByLabel('Hold (s)')).toHaveAttribute('aria-invalid', 'true');
	await expect(page.getByLabel('Summary')).toBeFocused();

	await page.reload();
	await page.waitForSelector('html[data-hydrated]');
	await expect(page.getByText('Your unsaved draft from before is back.')).toBeVisible();
	await expect(page.getByLabel('Title')).toHaveValue('Draft that survives');
	await expect(step(page, 1).getByLabel('Hold (s)')).toHaveValue('500');

	let asked = '';
	page.once('dialog', (dialog) => {
		asked = dialog.message();
		void dialog.dismiss();
	});
	await page.getByRole('link', { name: '← Your routines' }).click();
	// The dialog event reaches the test a moment after the click returns, on a busy machine.
	await expect.poll(() => asked).toMatch(/Leave without saving\?/);
	await expect(page).toHaveURL(/\/mine\/edit/);
	noErrors();
});

test('builds and reorders steps with the keyboard only', async ({ page }) => {
	// Dozens of Tab presses: 40 s alone on a slow machine, over 60 s under load.
	test.setTimeout(180_000);
	const noErrors = failOnPageErrors(page);
	await open(page, '/mine/edit');
	await tabTo(page, page.getByLabel('Title'));
	await page.keyboard.type('Keyboard routine');
	await page.keyboard.press('Tab');
	await page.keyboard.type('Made without a mouse.');

	await tabTo(page, step(page, 1).getByLabel('Name'));
	await page.keyboard.type('Get set');
	await page.keyboard.press('Tab');
	await page.keyboard.type('Stand tall.');

	for (const [type, name] of [
		['timed', 'Side stretch'],
		['tempo', 'Slow squats']
	] as const) {
		await tabTo(page, page.getByLabel('New step', { exact: true }));
		await page.getByLabel('New step', { exact: true }).selectOption(type); // a select takes keys natively
		await tabTo(page, page.getByRole('button', { name: 'Add step' }));
		await page.keyboard.press('Enter');
		// Focus lands on the new step's first field.
		await expect(page.getByLabel('Kind of step').last()).toBeFocused();
		await page.keyboard.press('Tab');
		await page.keyboard.type(name);
		await page.keyboard.press('Tab');
		await page.keyboard.type('Slowly, without pain.');
	}
	await tabTo(page, step(page, 2).getByLabel('Do it on each side'));
	await page.keyboard.press('Space');
	await expect(step(page, 2).getByLabel('Pause to switch sides (s)')).toBeVisible();

	// Move up with a button; focus stays on it, so Enter moves the step again.
	await tabTo(page, page.getByRole('button', { name: 'Move up Step 3: Slow squats' }));
	await page.keyboard.press('Enter');
	await expect(step(page, 2)).toHaveAccessibleName('Step 2: Slow squats');
	await expect(page.getByText('Slow squats moved to position 2 of 3.')).toBeAttached();
	// The drag handle takes the arrow keys too.
	await tabTo(page, page.getByRole('button', { name: /Drag to reorder Step 2: Slow squats/ }));
	await page.keyboard.press('ArrowDown');
	await expect(step(page, 3)).toHaveAccessibleName('Step 3: Slow squats');

	await tabTo(page, page.getByRole('button', { name: 'Save routine' }));
	await page.keyboard.press('Enter');
	await expect(page.getByText('Saved “Keyboard routine”.')).toBeVisible();
	await expectNoAxeViolations(page);
	noErrors();
});

test('drags a step by its handle', async ({ page }) => {
	const noErrors = failOnPageErrors(page);
	await open(page, '/mine/edit');
	for (const name of ['One', 'Two']) {
		await page.getByLabel('New step', { exact: true }).selectOption('rest');
		await page.getByRole('button', { name: 'Add step' }).click();
		await page.getByLabel('Name (optional)').last().fill(name);
	}
	await expect(step(page, 3)).toHaveAccessibleName('Step 3: Two');
	const handle = page.getByRole('button', { name: /Drag to reorder Step 3/ });
	const target = step(page, 1);
	const from = (await handle.boundingBox())!;
	const to = (await target.boundingBox())!;
	await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
	await page.mouse.down();
	await page.mouse.move(from.x + from.width / 2, to.y + 5, { steps: 8 });
	await page.mouse.up();
	await expect(step(page, 1)).toHaveAccessibleName('Step 1: Two');
	noErrors();
});

test('Make it mine copies a built-in routine into the builder', async ({ page }) => {
	const noErrors = failOnPageErrors(page);
	await open(page, '/routine/pelvic-tilts');
	await page.getByRole('button', { name: 'Make it mine' }).click();
	await expect(page).toHaveURL(/\/mine\/edit\?draft=copy-pelvic-tilts/);
	await expect(page.getByLabel('Title')).toHaveValue('Pelvic tilts (mine)');
	// Try it plays the draft in the real player, with no leave warning, and comes back.
	await page.getByRole('button', { name: 'Try it' }).click();
	await expect(page).toHaveURL(/\/mine\/play\?draft=copy-pelvic-tilts/);
	await expect(page.getByTestId('safety-gate').or(page.getByTestId('ready'))).toBeVisible();
	await expect(page).toHaveTitle(/^Pelvic tilts \(mine\) · Playing/);
	await page.goBack();
	await page.waitForSelector('html[data-hydrated]');
	await expect(page.getByLabel('Title')).toHaveValue('Pelvic tilts (mine)');
	await page.getByRole('button', { name: 'Save routine' }).click();
	await expect(page.getByText('Saved “Pelvic tilts (mine)”.')).toBeVisible();
	await expect(page).toHaveURL(/\/mine\/edit\?id=pelvic-tilts-mine/);
	noErrors();
});

test('picks a step’s figure from the pose library; the export and the player carry it', async ({
	page
}) => {
	await prepareWithClock(page);
	await open(page, '/mine/edit');
	await page.getByLabel('Title').fill('Knee hug with a figure');
	await page.getByLabel('Summary').fill('One move, drawn.');
	const first = step(page, 1);
	await first.getByLabel('Name').fill('Lie down');
	await first.getByLabel('Instructions').fill('Lie on your back with knees bent.');
	await first.getByLabel('Start pose').selectOption('lying-knees-bent');

	await page.getByLabel('New step', { exact: true }).selectOption('hold');
	await page.getByRole('button', { name: 'Add step' }).click();
	const second = step(page, 2);
	await second.getByLabel('Name').fill('Knee hug');
	await second.getByLabel('Instructions').fill('Hug one knee to your chest.');
	await second.getByLabel('Start pose').selectOption('lying-knees-bent');
	await second.getByLabel('End pose').selectOption('knee-to-chest');
	const preview = second.getByTestId('figure-preview');
	await expect(preview.locator('svg.figure')).toHaveCount(2);
	await expect(preview).toContainText('End: knee to chest');
	await expectNoAxeViolations(page);

	await page.getByRole('button', { name: 'Save routine' }).click();
	await expect(page.getByText('Saved “Knee hug with a figure”.')).toBeVisible();

	await open(page, '/mine');
	await page.getByText('Share or export').click();
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Export file' }).click()
	]);
	const text = readFileSync(await download.path(), 'utf8');
	expect(schemaErrors(text)).toEqual([]);
	const exported = JSON.parse(text) as { steps: { figure?: unknown }[] };
	expect(exported.steps.map((s) => s.figure)).toEqual([
		{ start: 'lying-knees-bent' },
		{ start: 'lying-knees-bent', end: 'knee-to-chest' }
	]);

	await open(page, '/');
	await page
		.getByRole('region', { name: 'Your routines' })
		.getByRole('link', { name: 'Knee hug with a figure', exact: true })
		.click();
	await start(page);
	await expect(page.getByTestId('figure-slot').locator('svg.figure')).toBeVisible();
});
