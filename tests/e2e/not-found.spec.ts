import { expect, test } from './fixtures';
import { open, openPlayer, routineFiles, storedCheckpointMs } from './helpers';

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

test('the banner resumes a routine saved on this device in its own player', async ({ page }) => {
	// A copy of a built-in routine under a new id, stored as the builder would store it.
	const routine = {
		...routineFiles().find((r) => r.id === 'pelvic-tilts')!,
		id: 'my-tilts',
		title: 'My tilts'
	};
	// A first visit to the library creates no database; Settings opens (and creates) it.
	await open(page, '/settings');
	await page.evaluate(async (routine) => {
		// Wait until the app has created its database, or this open would create an empty one.
		for (let i = 0; !(await indexedDB.databases()).some((d) => d.name === 'backbeat'); i++) {
			if (i > 100) throw new Error('the app did not create its database');
			await new Promise((r) => setTimeout(r, 50));
		}
		await new Promise<void>((resolve, reject) => {
			const request = indexedDB.open('backbeat');
			request.onerror = () => reject(request.error ?? new Error('open failed'));
			request.onsuccess = () => {
				const db = request.result;
				const tx = db.transaction('custom-routines', 'readwrite');
				tx.objectStore('custom-routines').put({ id: routine.id, savedAt: Date.now(), routine });
				tx.oncomplete = () => (db.close(), resolve());
				tx.onerror = () => reject(tx.error ?? new Error('write failed'));
			};
		});
	}, routine);
	await open(page, '/mine/play?id=my-tilts');
	await page.getByRole('button', { name: /None of these apply/ }).click();
	const skip = page.getByTestId('ready').getByRole('button', { name: 'Skip' });
	if (await skip.isVisible()) await skip.click();
	await page.getByTestId('start').click();
	await expect.poll(() => storedCheckpointMs(page)).toBeGreaterThanOrEqual(0);

	await open(page, '/');
	const link = page.getByTestId('resume-banner').getByRole('link', { name: /Resume My tilts/ });
	await expect(link).toHaveAttribute('href', '/mine/play?id=my-tilts&resume');
	await link.click();
	await expect(page.getByTestId('player').or(page.getByTestId('resume-offer'))).toBeVisible();
});
