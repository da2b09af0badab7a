import { expect, test, type Page } from './fixtures';
import { open, openPlayer } from './helpers';

// The narrowest phone we support. clientWidth, not innerWidth: Chrome widens the layout
// viewport (and innerWidth with it) to fit a too-wide page, which would hide the bug.
test.use({ viewport: { width: 320, height: 640 }, isMobile: true, hasTouch: true });

async function expectNoSidewaysScroll(page: Page, what: string): Promise<void> {
	const { scroll, client } = await page.evaluate(() => ({
		scroll: document.documentElement.scrollWidth,
		client: document.documentElement.clientWidth
	}));
	expect(scroll, `${what} is ${scroll} px wide on a ${client} px screen`).toBeLessThanOrEqual(
		client
	);
}

test('no page is wider than a 320 px screen', async ({ page }) => {
	for (const path of [
		'/',
		'/routine/lower-back-stretches',
		'/history',
		'/settings',
		'/safety',
		'/no-such-page',
		'/routine/typo'
	]) {
		await open(page, path);
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		await expectNoSidewaysScroll(page, path);
	}

	// The player: its safety screen, its start screen and a running step.
	await open(page, '/play/lower-back-stretches');
	await expect(page.getByTestId('safety-gate')).toBeVisible();
	await expectNoSidewaysScroll(page, 'the safety screen');
	await openPlayer(page, 'lower-back-stretches');
	await expectNoSidewaysScroll(page, 'the start screen');
	await page.getByTestId('start').click();
	await expect(page.getByTestId('player')).toBeVisible();
	await expectNoSidewaysScroll(page, 'the player');
});
