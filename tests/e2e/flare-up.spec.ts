/**
 * Flare-up first aid in one tap (issue 24): from the home page on a first visit, from the plan's
 * Today view and from the card after a routine that made the pain rise. The tap goes straight
 * to the routine's player; from there it runs hands-free.
 */
import { expect, test, type Page } from './fixtures';
import { open, prepareWithClock } from './helpers';

/** The one-tap link (the routine's own card in the library has its title as a name too). */
const flareUp = (page: Page) =>
	page.getByRole('link', { name: /^Back just seized up\? Flare-up first aid/ });

/**
 * Lets the page clock run a second at a time, without a tap, until the player shows step `name`
 * in a segment of `kind` (any kind but a lead-in, "Next", and the 3-2-1, "Get ready", when not
 * given).
 */
async function runUntilStep(page: Page, name: string, kind?: string): Promise<void> {
	const step = page.getByTestId('step-name');
	const shown = page.getByTestId('segment-kind');
	for (let s = 0; s < 120; s++) {
		const [here, now] = [await step.textContent(), await shown.textContent()];
		if (here === name && (kind ? now === kind : now !== 'Next' && now !== 'Get ready')) return;
		await page.clock.runFor(1000);
	}
	await expect(step).toHaveText(name);
}

test('a first visit starts Flare-up first aid in one tap from the home page, and it runs on by itself', async ({
	page
}) => {
	await prepareWithClock(page);
	await page.setViewportSize({ width: 360, height: 640 });
	await open(page, '/');

	// On the first screen of a small phone, with the first routine still there below it.
	await expect(flareUp(page)).toHaveCount(1);
	await expect(flareUp(page)).toBeInViewport();
	await expect(flareUp(page)).toContainText('Back just seized up?');
	await expect(
		page.getByRole('main').getByRole('article').first().getByRole('link')
	).toBeInViewport();

	// The one tap: straight to the player, not the routine's page.
	await flareUp(page).click();
	await expect(page).toHaveURL(/\/play\/flare-up-first-aid$/);
	// A first visit sees the warning signs first, as before any routine.
	await expect(page.getByTestId('safety-gate')).toBeVisible();
	await page.getByRole('button', { name: /None of these apply/ }).click();

	const ready = page.getByTestId('ready');
	await expect(ready.getByRole('heading', { level: 1 })).toHaveText('Flare-up first aid');
	// A high score is what it is for: no "meant for later" line.
	await ready.getByRole('button', { name: '8 out of 10' }).click();
	await expect(page.getByTestId('later-stage')).toHaveCount(0);
	await page.getByTestId('start').click();

	// Into a rest position on the clock, then slow breathing, without another tap.
	await expect(page.getByTestId('player')).toBeVisible();
	await runUntilStep(page, 'Ease into a rest position', 'Get ready');
	await expect(page.getByTestId('step-of')).toHaveText(/Step 1 of 7/);
	await runUntilStep(page, 'Slow breathing');
	await expect(page.getByTestId('breathing')).toBeVisible();
	await expect(page.getByTestId('figure-slot').locator('svg')).toBeVisible();
});

test('the rising-pain card offers Flare-up first aid first, after a walk too', async ({ page }) => {
	for (const id of ['pelvic-tilts', 'walk-break']) {
		await open(page, `/play/${id}`);
		const gate = page.getByTestId('safety-gate');
		const ready = page.getByTestId('ready');
		await expect(gate.or(ready)).toBeVisible();
		if (await gate.isVisible()) {
			await page.getByRole('button', { name: /None of these apply/ }).click();
		}
		await ready.getByRole('button', { name: '3 out of 10' }).click();
		await page.getByTestId('start').click();
		await expect(page.getByTestId('player')).toBeVisible();
		await page.keyboard.press('Escape');
		await page
			.getByRole('dialog', { name: 'End this session?' })
			.getByRole('button', { name: 'End session' })
			.click();
		await page.getByRole('button', { name: '6 out of 10' }).click();

		const card = page.getByTestId('rising-pain');
		const link = card.getByRole('link', { name: 'Flare-up first aid' });
		await expect(link).toHaveAttribute('href', '/play/flare-up-first-aid');
		await expect(link).toHaveClass(/primary/);
		await expect(card.getByRole('link').first()).toHaveText('Flare-up first aid');
	}
	await page.getByTestId('rising-pain').getByRole('link', { name: 'Flare-up first aid' }).click();
	await expect(page.getByTestId('ready').getByRole('heading', { level: 1 })).toHaveText(
		'Flare-up first aid'
	);
});

test.describe('with a plan', () => {
	test.use({ timezoneId: 'Europe/Berlin', locale: 'en-GB' });

	test('Today has Flare-up first aid in one tap, once on the page; the graded walking plan starts with short walks', async ({
		page
	}) => {
		await page.clock.install({ time: Date.UTC(2026, 4, 4, 7, 30) }); // Monday 09:30 in Berlin
		await open(page, '/plans');
		await page.getByRole('link', { name: 'Graded walking: four weeks' }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Graded walking: four weeks');
		await page.getByRole('button', { name: 'Start “Graded walking: four weeks”' }).click();

		// Started, the home page opens on Today.
		const today = page.getByTestId('today');
		await expect(today).toContainText('Day 1 of 28');
		await expect(page).toHaveURL(/\/$/);
		await expect(page.getByTestId('phase-title')).toHaveText('Short walks, several times a day');
		await expect(page.getByTestId('today-lesson')).toContainText('Pacing');
		// In Today, and only there: the home page has it once.
		await expect(today.getByTestId('flare-up-link')).toBeVisible();
		await expect(flareUp(page)).toHaveCount(1);

		await flareUp(page).click();
		await expect(page).toHaveURL(/\/play\/flare-up-first-aid$/);
		await expect(page.getByTestId('safety-gate').or(page.getByTestId('ready'))).toBeVisible();
	});
});
