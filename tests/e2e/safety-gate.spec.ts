import { expect, test } from './fixtures';
import { open, storedCheckpointMs } from './helpers';

const gate = 'Before your first routine';

test('once confirmed, the red-flag screen stays away for every routine', async ({ page }) => {
	// The exact path from the report, in a fresh profile.
	await open(page, '/');
	await page.getByRole('link', { name: 'Pelvic tilts', exact: true }).click();
	await page.getByRole('link', { name: 'Start Pelvic tilts' }).click();
	await expect(page.getByRole('heading', { name: gate })).toBeVisible();
	// Honest for someone a doctor has already checked; it says when to come back to the list.
	const gatePage = page.getByTestId('safety-gate');
	await expect(gatePage).toContainText('Backbeat is for adults (16 and over).');
	await expect(gatePage).toContainText('Come back to this list whenever something changes');
	// The calm tier is there but outside what the confirmation asks about.
	await expect(
		gatePage.getByRole('region', { name: 'Not urgent: book an appointment' })
	).toBeVisible();
	await page
		.getByRole('button', {
			name: 'None of these apply to me, or a doctor has already checked them. Continue'
		})
		.click();
	await expect(page.getByTestId('ready')).toBeVisible();
	await page.getByRole('link', { name: 'Back to the routine' }).click();
	await page.getByRole('link', { name: '← All routines' }).click();
	await page.getByRole('link', { name: 'Walk break', exact: true }).click();
	await page.getByRole('link', { name: 'Start Walk break' }).click();
	await expect(page.getByTestId('ready')).toBeVisible();
	await expect(page.getByRole('heading', { name: gate })).toHaveCount(0);

	// Start, go Back, then resume from the banner: still no second confirmation.
	const skip = page.getByTestId('ready').getByRole('button', { name: 'Skip' });
	if (await skip.isVisible()) await skip.click();
	await page.getByTestId('start').click();
	await expect(page.getByTestId('player')).toBeVisible();
	// Saved within a second of starting.
	await expect.poll(() => storedCheckpointMs(page)).toBeGreaterThanOrEqual(0);
	await page.goBack();
	await expect(page).toHaveURL(/\/routine\/walk-break$/);
	await page
		.getByTestId('resume-banner')
		.getByRole('link', { name: /Resume/ })
		.click();
	await expect(page.getByTestId('resume-offer').or(page.getByTestId('player'))).toBeVisible();
	await expect(page.getByRole('heading', { name: gate })).toHaveCount(0);
});

test('confirming in one tab lets every open tab go on', async ({ context }) => {
	const first = await context.newPage();
	const second = await context.newPage();
	await open(first, '/play/pelvic-tilts');
	await open(second, '/play/walk-break');
	await expect(first.getByRole('heading', { name: gate })).toBeVisible();
	await expect(second.getByRole('heading', { name: gate })).toBeVisible();

	await first.getByRole('button', { name: /None of these apply to me, or a doctor/ }).click();
	await expect(first.getByTestId('ready')).toBeVisible();
	// No reload: the other tab hears of the confirmation and moves on.
	await expect(second.getByTestId('ready')).toBeVisible();
	await expect(second.getByRole('heading', { name: gate })).toHaveCount(0);
});
