import { expect, test, type Page } from './fixtures';
import { open } from './helpers';

// Issue 15: the player's page is prerendered with its first screens, so a phone paints it
// before any of the app's JavaScript has loaded. Which one shows is decided by app.html's
// inline script from a mirror of the settings (src/lib/storage/first-paint.ts).

const GATE = 'Before your first routine';
const TITLE = 'Pelvic tilts';

/** Opens the player with the app's scripts held back: what the first paint shows. */
async function openWithoutAppScripts(page: Page, firstPaint?: string): Promise<void> {
	if (firstPaint !== undefined) {
		await page.addInitScript((v) => localStorage.setItem('backbeat:first-paint', v), firstPaint);
	}
	// The app's modules are still on their way (they never arrive); the HTML and its inline
	// scripts are there. (Failing them instead would be an uncaught error in the page.)
	await page.route('**/_app/**/*.js', () => undefined);
	await page.goto('/play/pelvic-tilts', { waitUntil: 'domcontentloaded' });
}

test('a first visit paints the safety gate before any app script, its button not yet live', async ({
	page
}) => {
	await openWithoutAppScripts(page);
	await expect(page.getByRole('heading', { name: GATE })).toBeVisible();
	await expect(page.getByText(/cannot control your bladder or bowels/)).toBeVisible();
	await expect(page.getByRole('button', { name: /None of these apply/ })).toBeDisabled();
	await expect(page.getByRole('heading', { name: TITLE })).toBeHidden();
	await expect(page.locator('html')).not.toHaveAttribute('data-hydrated');
});

test('after a confirmed safety screen, the routine name and Start paint before any app script', async ({
	page
}) => {
	await openWithoutAppScripts(page, 'safety-ok no-pain');
	await expect(page.getByRole('heading', { name: TITLE })).toBeVisible();
	await expect(page.getByText(/Put your phone where you can see or hear it/)).toBeVisible();
	const start = page.getByRole('button', { name: 'Start', exact: true });
	await expect(start).toBeVisible();
	// Shown, but not clickable before it works.
	await expect(start).toBeDisabled();
	await expect(page.getByRole('heading', { name: GATE })).toBeHidden();
	await expect(page.getByRole('group', { name: /How does your back feel/ })).toBeHidden();
});

test('with pain check-ins on, the first paint asks the pain question instead of Start', async ({
	page
}) => {
	await openWithoutAppScripts(page, 'safety-ok');
	const question = page.getByRole('group', { name: 'How does your back feel right now?' });
	await expect(question).toBeVisible();
	await expect(question.getByRole('button', { name: 'Skip' })).toBeDisabled();
	await expect(page.getByRole('button', { name: 'Start', exact: true })).toBeHidden();
});

test('the painted screen comes alive in place: no layout shift, and Start plays', async ({
	page
}) => {
	// Confirm once, switch the pain question off: the stored settings the mirror follows.
	await open(page, '/play/pelvic-tilts');
	await page.getByRole('button', { name: /None of these apply/ }).click();
	await expect(page.getByTestId('ready')).toBeVisible();
	await open(page, '/settings');
	await page.getByRole('checkbox', { name: /Ask how my back feels/ }).uncheck();
	await expect
		.poll(() => page.evaluate(() => localStorage.getItem('backbeat:first-paint')))
		.toBe('safety-ok no-pain');

	// Count layout shifts from the first paint on.
	await page.addInitScript(() => {
		const w = window as unknown as { __shift: number };
		w.__shift = 0;
		new PerformanceObserver((list) => {
			for (const e of list.getEntries()) w.__shift += (e as unknown as { value: number }).value;
		}).observe({ type: 'layout-shift', buffered: true });
	});
	await open(page, '/play/pelvic-tilts');
	const start = page.getByTestId('start');
	await expect(start).toBeEnabled();
	await expect(page.getByRole('heading', { name: TITLE })).toBeVisible();
	await expect(page.getByRole('heading', { name: GATE })).toHaveCount(0);
	expect(await page.evaluate(() => (window as unknown as { __shift: number }).__shift)).toBe(0);
	await start.click();
	await expect(page.getByTestId('player')).toBeVisible();
});

test('when the stored settings disagree with the mirror, the session decides', async ({ page }) => {
	// A mirror left behind (data deleted elsewhere): the page paints Start, then shows the gate.
	await page.addInitScript(() => localStorage.setItem('backbeat:first-paint', 'safety-ok'));
	await open(page, '/play/pelvic-tilts');
	await expect(page.getByTestId('safety-gate')).toBeVisible();
	await expect(page.getByRole('button', { name: /None of these apply/ })).toBeEnabled();
	await expect(page.getByTestId('ready')).toHaveCount(0);
});
