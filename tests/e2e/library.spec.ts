import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, open, routineFiles } from './helpers';

const files = routineFiles();

test('the library lists every routine file as a card @both', async ({ page }) => {
	await open(page, '/');
	const cards = page.getByRole('main').getByRole('article');
	await expect(cards).toHaveCount(files.length);
	for (const routine of files) {
		await expect(page.getByRole('link', { name: routine.title, exact: true })).toBeVisible();
	}
	await expect(page.getByRole('main').getByRole('status')).toHaveText(
		`Showing ${files.length} of ${files.length} routines`
	);
});

test('filtering by position and by focus narrows the list', async ({ page }) => {
	await open(page, '/');
	const cards = page.getByRole('main').getByRole('article');

	await page.getByRole('button', { name: 'Sitting', exact: true }).click();
	const sitting = files.filter((r) => r.position.includes('sitting'));
	expect(sitting.length).toBeGreaterThan(0);
	expect(sitting.length).toBeLessThan(files.length);
	await expect(cards).toHaveCount(sitting.length);
	await expect(page.getByRole('button', { name: 'Sitting', exact: true })).toHaveAttribute(
		'aria-pressed',
		'true'
	);

	// Back to all positions, then a focus tag.
	await page.getByRole('group', { name: 'Position' }).getByRole('button', { name: 'All' }).click();
	await page.getByRole('button', { name: 'cold', exact: true }).click();
	const cold = files.filter((r) => r.tags.includes('cold'));
	await expect(cards).toHaveCount(cold.length);
	for (const r of cold) await expect(page.getByRole('link', { name: r.title })).toBeVisible();
	await expect(page.getByRole('main').getByRole('status')).toHaveText(
		`Showing ${cold.length} of ${files.length} routines`
	);
});

test('a routine page shows its steps, timing, total time and safety @both', async ({ page }) => {
	await open(page, '/');
	await page.getByRole('link', { name: 'Pelvic tilts', exact: true }).click();
	await expect(page).toHaveURL(/\/routine\/pelvic-tilts$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Pelvic tilts');

	const routine = files.find((r) => r.id === 'pelvic-tilts') as unknown as {
		steps: { name: string }[];
	};
	const steps = page.getByRole('region', { name: 'Steps' }).locator('ol.steps > li');
	await expect(steps).toHaveCount(routine.steps.length);
	await expect(page.getByText(/Hold 10 s, relax \d+ s · 10 times/)).toBeVisible();
	await expect(page.getByText('Total time')).toBeVisible();
	await expect(page.getByRole('link', { name: 'Start Pelvic tilts' })).toHaveAttribute(
		'href',
		'/play/pelvic-tilts'
	);
	// The red flags are one tap away.
	await page.getByRole('link', { name: 'When to stop' }).click();
	await expect(page.getByRole('heading', { name: /Stop and get medical help/ })).toBeVisible();
	await expect(page.getByText(/bladder or bowels/)).toBeVisible();
});

test('the library works by keyboard alone', async ({ page }) => {
	await open(page, '/');
	// Tab to the first position chip after "All" and toggle it with the keyboard.
	const lying = page.getByRole('button', { name: 'Lying', exact: true });
	for (let i = 0; i < 30 && !(await lying.evaluate((el) => el === document.activeElement)); i++) {
		await page.keyboard.press('Tab');
	}
	await expect(lying).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(lying).toHaveAttribute('aria-pressed', 'true');
	await page.keyboard.press('Space');
	await expect(lying).toHaveAttribute('aria-pressed', 'false');

	const first = page.getByRole('main').getByRole('article').first().getByRole('link');
	await first.focus();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/routine\//);
});

for (const colorScheme of ['light', 'dark'] as const) {
	test(`axe finds nothing on the library, a routine and the safety page (${colorScheme})`, async ({
		page
	}) => {
		await page.emulateMedia({ colorScheme });
		for (const path of ['/', '/routine/lower-back-stretches', '/safety']) {
			await open(page, path);
			await expectNoAxeViolations(page);
		}
	});
}
