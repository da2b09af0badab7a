import { expect, test } from './fixtures';
import { open, openPlayer, prepareWithClock } from './helpers';

for (const scheme of ['light', 'dark'] as const) {
	test(`shots ${scheme}`, async ({ page }) => {
		await page.emulateMedia({ colorScheme: scheme });
		await prepareWithClock(page);
		await open(page, '/settings');
		await page.getByRole('group', { name: 'Voice guidance' }).scrollIntoViewIfNeeded();
		await page.getByRole('heading', { name: 'Voice' }).evaluate((e) => e.scrollIntoView());
		await page.screenshot({ path: `test-results/shots/settings-voice-${scheme}.png` });
		await openPlayer(page, 'pelvic-tilts');
		await page.getByTestId('start').click();
		await page.getByTestId('done').click();
		await page.clock.runFor(7000);
		await expect(page.getByTestId('segment-kind')).toHaveText('Next');
		await page.screenshot({ path: `test-results/shots/lead-in-${scheme}.png` });
	});
}
