import { expect, test } from './fixtures';
import { expectNoAxeViolations, open, openMoreFilters, routineFiles } from './helpers';

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
	await openMoreFilters(page);
	const cards = page.getByRole('main').getByRole('article');

	await page.getByRole('radio', { name: 'Sitting', exact: true }).click();
	const sitting = files.filter((r) => r.position.includes('sitting'));
	expect(sitting.length).toBeGreaterThan(0);
	expect(sitting.length).toBeLessThan(files.length);
	await expect(cards).toHaveCount(sitting.length);
	await expect(page.getByRole('radio', { name: 'Sitting', exact: true })).toBeChecked();

	// Back to all positions, then a focus tag.
	await page
		.getByRole('radiogroup', { name: 'Position' })
		.getByRole('radio', { name: 'All' })
		.click();
	await page.getByRole('radio', { name: 'cold', exact: true }).click();
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
	await expect(page.getByText(/cannot control your bladder or bowels/)).toBeVisible();
});

test('each chip row is one Tab stop: the first routine is a few presses away', async ({ page }) => {
	await open(page, '/');
	// "More filters" opens with Enter and leaves the focus on itself, just before the rows.
	await page.getByRole('button', { name: 'More filters' }).focus();
	await page.keyboard.press('Enter');
	const position = page.getByRole('radiogroup', { name: 'Position' });
	const all = position.getByRole('radio', { name: 'All' });
	let presses = 0;
	while (!(await all.evaluate((el) => el === document.activeElement)) && presses < 10) {
		await page.keyboard.press('Tab');
		presses++;
	}
	await expect(all).toBeFocused();

	// Arrow keys move inside the row and choose; the list follows.
	await page.keyboard.press('ArrowRight');
	const lying = position.getByRole('radio', { name: 'Lying', exact: true });
	await expect(lying).toBeFocused();
	await expect(lying).toBeChecked();
	const lyingCount = files.filter((r) => r.position.includes('lying')).length;
	await expect(page.getByRole('main').getByRole('article')).toHaveCount(lyingCount);
	await page.keyboard.press('ArrowLeft');
	await expect(all).toBeFocused();
	await expect(all).toBeChecked();
	await page.keyboard.press('End');
	await expect(position.getByRole('radio').last()).toBeChecked();
	await page.keyboard.press('Home');
	await expect(all).toBeChecked();

	// Focus row, "Mine only", "Make your own routine", then the first routine: four at most.
	const first = page.getByRole('main').getByRole('article').first().getByRole('link');
	for (let i = 0; i < 4 && !(await first.evaluate((el) => el === document.activeElement)); i++) {
		await page.keyboard.press('Tab');
	}
	await expect(first).toBeFocused();
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

test('on a 360×640 phone the first routine is on the first screen, Stage in sight, the rest behind "More filters"', async ({
	page
}) => {
	await page.setViewportSize({ width: 360, height: 640 });
	await open(page, '/');
	await expect(
		page.getByRole('main').getByRole('article').first().getByRole('link')
	).toBeInViewport();
	await expect(page.getByRole('radiogroup', { name: 'Stage' })).toBeInViewport();
	const more = page.getByRole('button', { name: 'More filters' });
	await expect(more).toHaveAttribute('aria-expanded', 'false');
	await expect(page.getByRole('radiogroup', { name: 'Position' })).toBeHidden();
	// Opened, it shows Position, Focus and "Mine only"; what is chosen there shows on it closed.
	await more.click();
	await page.getByRole('radio', { name: 'Lying', exact: true }).click();
	await page.getByRole('radio', { name: 'core', exact: true }).click();
	await more.click();
	await expect(page.getByRole('radiogroup', { name: 'Position' })).toBeHidden();
	await expect(more).toHaveAccessibleName('More filters: Lying, core');
	const both = files.filter((r) => r.position.includes('lying') && r.tags.includes('core'));
	await expect(page.getByRole('main').getByRole('article')).toHaveCount(both.length);
});
