import { expect, test, type Page } from './fixtures';
import { expectNoAxeViolations, openPlayer, playUntilPhase, prepareWithClock } from './helpers';

// The browser refuses to keep the screen on (battery saver, a denied request): the player says
// in one line that the screen may lock and go quiet, and nothing else moves off the screen.
test.use({ viewport: { width: 360, height: 640 } });

test.beforeEach(async ({ page }) => {
	await page.addInitScript(() => {
		Object.defineProperty(navigator, 'wakeLock', {
			configurable: true,
			value: { request: () => Promise.reject(new DOMException('Refused', 'NotAllowedError')) }
		});
	});
	await prepareWithClock(page);
});

/** Whether `testId` lies wholly inside the viewport. */
const inView = (page: Page, testId: string) =>
	page.getByTestId(testId).evaluate((el) => {
		const r = el.getBoundingClientRect();
		return r.top >= 0 && r.left >= 0 && r.bottom <= innerHeight && r.right <= innerWidth;
	});

for (const scheme of ['light', 'dark'] as const) {
	test(`one plain line when the screen cannot be kept on (${scheme})`, async ({ page }) => {
		await page.emulateMedia({ colorScheme: scheme });
		await openPlayer(page, 'lower-back-stretches');
		await page.getByTestId('start').click();
		// Into the first hold, past the get-ready and the lead-in (a tap on Done where the
		// routine waits for one).
		const stepName = page.getByTestId('step-name');
		await playUntilPhase(page, 'Hold');
		await expect(stepName).toHaveText('Knee to chest');
		const note = page.getByTestId('lock-warning');
		await expect(note).toHaveText('Backbeat may go quiet if the screen locks.');
		await expect(page.getByTestId('wake-lock')).toHaveCount(0);
		// One line, on screen, and the controls still fit without scrolling.
		const lines = await note.evaluate((el) => {
			const lineHeight = parseFloat(getComputedStyle(el).lineHeight) || 20;
			return Math.round(el.getBoundingClientRect().height / lineHeight);
		});
		expect(lines).toBe(1);
		expect(await inView(page, 'lock-warning')).toBe(true);
		expect(await inView(page, 'step-name')).toBe(true);
		const nav = page.getByRole('navigation', { name: 'Player controls' });
		for (const name of ['Back', 'Skip', 'It hurts', 'End'])
			await expect(nav.getByRole('button', { name, exact: true })).toBeInViewport({ ratio: 1 });
		expect(await page.evaluate(() => document.documentElement.scrollHeight <= innerHeight)).toBe(
			true
		);
		await expectNoAxeViolations(page);

		// Paused, the screen may sleep: the note goes.
		await page.getByTestId('pause-resume').click();
		await expect(note).toHaveCount(0);
	});
}
