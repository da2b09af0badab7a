import { expect, test, type Page } from './fixtures';
import { cueLog, openPlayer, prepareWithClock, useVoiceGuidance } from './helpers';

const kind = (page: Page) => page.getByTestId('segment-kind');

test.use({ viewport: { width: 360, height: 640 } });

test.beforeEach(async ({ page }) => {
	await prepareWithClock(page);
	// Timing as in Short guidance: no lead-in before the steps (Full: voice-guidance.spec.ts).
	await useVoiceGuidance(page, 'Short');
});

test('a tempo step shows and says its own phase words, never "Up" and "Down"', async ({ page }) => {
	await openPlayer(page, 'desk-break');
	await page.getByTestId('start').click();
	await expect(page.getByTestId('step-name')).toHaveText('Sit tall');
	await page.getByTestId('im-ready').click();

	// The 3-2-1, then the seated pelvic rock: 3 s "Roll forward", 3 s "Roll back".
	await expect(kind(page)).toHaveText('Get ready');
	await page.clock.runFor(3000);
	await expect(page.getByTestId('step-name')).toHaveText('Seated pelvic rock');
	await expect(kind(page)).toHaveText('Roll forward');
	await expect(kind(page)).toBeInViewport();
	await page.clock.runFor(3000);
	await expect(kind(page)).toHaveText('Roll back');
	await expect(page.getByTestId('counts')).toHaveText('Rep 1 of 6');
	await page.clock.runFor(3000);
	await expect(kind(page)).toHaveText('Roll forward');
	await expect(page.getByTestId('counts')).toHaveText('Rep 2 of 6');

	const spoken = (await cueLog(page)).filter((e) => e.kind === 'speech').map((e) => e.what);
	expect(spoken).toContain('Roll forward, 1');
	expect(spoken).toContain('Roll back');
	expect(spoken).toContain('Roll forward, 2');
	expect(spoken).not.toContain('Down');
});
