import { expect, test, type Page } from './fixtures';
import { readFileSync } from 'node:fs';
import { expectNoAxeViolations, open } from './helpers';

interface FileStep {
	type: string;
	name?: string;
	steps?: FileStep[];
}

/** Every step that shows on the routine page with a figure: simple steps and those inside sets. */
function figureSteps(id: string): FileStep[] {
	const file = new URL(`../../routines/${id}.json`, import.meta.url);
	const routine = JSON.parse(readFileSync(file, 'utf8')) as { steps: FileStep[] };
	return routine.steps.flatMap((s) => (s.type === 'sets' ? (s.steps ?? []) : [s]));
}

function failOnPageErrors(page: Page): string[] {
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(e.message));
	return errors;
}

for (const id of ['pelvic-tilts', 'core-gentle', 'lower-back-stretches']) {
	test(`the ${id} page shows a figure beside every step @both`, async ({ page }) => {
		const errors = failOnPageErrors(page);
		await open(page, `/routine/${id}`);
		const steps = page.getByRole('region', { name: 'Steps' });
		const figures = steps.locator('svg.figure');
		await expect(figures).toHaveCount(figureSteps(id).length);
		for (const figure of await figures.all()) {
			await figure.scrollIntoViewIfNeeded();
			await expect(figure).toBeVisible();
			// A drawn body: a head and limbs, at a size that can be seen.
			await expect(figure.locator('.head')).toHaveCount(1);
			expect(await figure.locator('path').count()).toBeGreaterThan(3);
			const box = await figure.boundingBox();
			expect(box?.width ?? 0).toBeGreaterThanOrEqual(80);
		}
		expect(errors).toEqual([]);
	});
}

test('figures follow the theme and axe finds nothing on a routine page, light and dark', async ({
	page
}) => {
	const errors = failOnPageErrors(page);
	const colours: string[] = [];
	for (const colorScheme of ['light', 'dark'] as const) {
		await page.emulateMedia({ colorScheme });
		await open(page, '/routine/core-gentle');
		const figure = page.getByRole('region', { name: 'Steps' }).locator('svg.figure').first();
		colours.push(await figure.evaluate((el) => getComputedStyle(el).color));
		await expectNoAxeViolations(page);
	}
	expect(colours[0]).not.toBe(colours[1]);
	expect(errors).toEqual([]);
});

test('every library card shows its routine’s signature figure', async ({ page }) => {
	const errors = failOnPageErrors(page);
	await open(page, '/');
	const cards = page.getByRole('main').getByRole('article');
	const count = await cards.count();
	expect(count).toBeGreaterThan(0);
	for (const card of await cards.all()) {
		const figure = card.locator('.figure');
		await expect(figure).toHaveCount(1);
		const href = await card.getByRole('link').first().getAttribute('href');
		const id = href?.replace('/routine/', '');
		const mask = await figure.evaluate((el) => getComputedStyle(el).maskImage);
		expect(mask).toContain(`/figures/${id}.svg`);
		// The file is there and draws: an SVG image with a size.
		const width = await page.evaluate(async (url) => {
			const img = new Image();
			img.src = url;
			await img.decode();
			return img.naturalWidth;
		}, `/figures/${id}.svg`);
		expect(width).toBeGreaterThan(0);
	}
	await expectNoAxeViolations(page);
	expect(errors).toEqual([]);
});
