import { expect, test } from './fixtures';
import { open, openPlayer, storedCheckpointMs } from './helpers';

// The fixture fails this test on any uncaught page error, the crash the report saw.
test('a wrong address, then "Back to routines": no crash, the unfinished routine is offered', async ({
	page
}) => {
	await openPlayer(page, 'pelvic-tilts');
	await page.getByTestId('start').click();
	await expect(page.getByTestId('player')).toBeVisible();
	// Saved within a second of starting.
	await expect.poll(() => storedCheckpointMs(page)).toBeGreaterThanOrEqual(0);

	await open(page, '/routine/typo');
	await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
	await page.getByRole('link', { name: 'Back to routines' }).click();
	await expect(page).toHaveURL(/\/$/);
	await expect(page.getByRole('heading', { name: 'Routines for your back' })).toBeVisible();
	const banner = page.getByTestId('resume-banner');
	await expect(banner).toBeVisible();
	await expect(banner.getByRole('link', { name: /Resume Pelvic tilts/ })).toHaveAttribute(
		'href',
		'/play/pelvic-tilts?resume'
	);
});
