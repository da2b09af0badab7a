import { expect, test, type Page } from './fixtures';
import {
	open,
	openMoreFilters,
	prepareWithClock,
	routineFiles,
	storedRecord,
	useVoiceGuidance
} from './helpers';

/**
 * Issue 15: the home page runs without SvelteKit's client. Its markup is prerendered and its
 * interactive parts are hydrated in place by src/islands/home.ts, with Svelte alone.
 */

const files = routineFiles();

/** Paths of the scripts the page asks for, from now on. */
function scriptsOf(page: Page): string[] {
	const paths: string[] = [];
	page.on('request', (request) => {
		if (request.resourceType() === 'script') paths.push(new URL(request.url()).pathname);
	});
	return paths;
}

/**
 * Before any script runs, keeps the server's heading and counts the elements removed from the
 * page: hydrating in place keeps every node, re-rendering would swap them (and shift the layout).
 */
async function watchServerMarkup(page: Page): Promise<void> {
	await page.addInitScript(() => {
		const seen = window as unknown as { __serverHeading?: Element | null; __removed?: number };
		seen.__removed = 0;
		document.addEventListener('readystatechange', () => {
			if (document.readyState !== 'interactive') return;
			seen.__serverHeading = document.querySelector('h1');
			new MutationObserver((records) => {
				for (const r of records) {
					for (const node of r.removedNodes) if (node instanceof Element) seen.__removed! += 1;
				}
			}).observe(document.body, { childList: true, subtree: true });
		});
	});
}

test('the home page does not boot SvelteKit, and its filters work in the markup it was served @both', async ({
	page
}) => {
	const scripts = scriptsOf(page);
	await watchServerMarkup(page);
	await open(page, '/');

	// Hydrated, not replaced: the heading is the one the server sent, and nothing was removed.
	const markup = await page.evaluate(() => {
		const seen = window as unknown as { __serverHeading?: Element | null; __removed?: number };
		return { kept: seen.__serverHeading === document.querySelector('h1'), removed: seen.__removed };
	});
	expect(markup).toEqual({ kept: true, removed: 0 });

	const cards = page.getByRole('main').getByRole('article');
	const count = page.getByRole('main').getByRole('status');
	await openMoreFilters(page);
	await page.getByRole('radio', { name: 'Lying', exact: true }).click();
	const lying = files.filter((r) => r.position.includes('lying'));
	expect(lying.length).toBeLessThan(files.length);
	await expect(cards).toHaveCount(lying.length);
	await expect(count).toHaveText(`Showing ${lying.length} of ${files.length} routines`);
	await page.getByRole('button', { name: 'Mine only', exact: true }).click();
	await expect(cards).toHaveCount(0);
	await expect(count).toHaveText('Showing your routines only');

	// No router, no loader: SvelteKit's start script and app entry were never asked for.
	expect(scripts.length).toBeGreaterThan(0);
	expect(scripts.filter((path) => path.includes('/_app/immutable/entry/'))).toEqual([]);
	// Nor any chunk with SvelteKit's router in it (a component importing `$app/…` would add it).
	for (const path of scripts) {
		const code = await (await page.request.get(path)).text();
		expect(code, path).not.toContain('sveltekit:history');
	}
});

test('the header leads from a SvelteKit page to the home page and back, each working', async ({
	page
}) => {
	await open(page, '/safety');
	const documents: string[] = [];
	page.on('request', (r) => {
		if (r.resourceType() === 'document') documents.push(new URL(r.url()).pathname);
	});
	await page
		.getByRole('navigation', { name: 'Main' })
		.getByRole('link', { name: 'Routines' })
		.click();
	await expect(page).toHaveURL(/\/$/);
	await page.waitForSelector('html[data-hydrated]');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Routines for your back');
	// A page load, so that the page gets its own script (SvelteKit would render it itself).
	expect(documents).toEqual(['/']);
	await page.getByRole('radio', { name: "I'm in a spasm now" }).click();
	await expect(page.getByRole('link', { name: 'When to get help' })).toBeVisible();
	await page.getByRole('radiogroup', { name: 'Stage' }).getByRole('radio', { name: 'All' }).click();

	// On to a routine (SvelteKit again), back with the browser, and the library still works.
	await page.getByRole('link', { name: 'Pelvic tilts', exact: true }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Pelvic tilts');
	await page.goBack();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Routines for your back');
	await page.waitForSelector('html[data-hydrated]');
	await openMoreFilters(page);
	await page.getByRole('radio', { name: 'Sitting', exact: true }).click();
	const sitting = files.filter((r) => r.position.includes('sitting'));
	await expect(page.getByRole('main').getByRole('article')).toHaveCount(sitting.length);
});

test('the theme chosen in Settings holds on the home page', async ({ page }) => {
	await open(page, '/settings');
	await page.getByRole('radio', { name: 'Dark' }).check();
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
	await page
		.getByRole('navigation', { name: 'Main' })
		.getByRole('link', { name: 'Routines' })
		.click();
	await page.waitForSelector('html[data-hydrated]');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Routines for your back');
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
});

/** Whether IndexedDB holds the progress screen's stored figures (the `cache` store). */
async function progressFiguresStored(page: Page): Promise<boolean> {
	return (await storedRecord(page, 'cache', 'progress')) !== null;
}

test('"Back to routines" after a workout still rebuilds the progress figures in the background', async ({
	page
}) => {
	await prepareWithClock(page);
	await useVoiceGuidance(page, 'Short');
	await open(page, '/play/walk-break');
	await page.getByRole('button', { name: /None of these apply/ }).click();
	await page.getByTestId('ready').getByRole('button', { name: 'Skip' }).click();
	await page.getByTestId('start').click();
	await page.getByTestId('im-ready').click();
	await page.clock.runFor(5000);
	await page.clock.runFor(271_000);
	await expect(page.getByTestId('finish')).toBeVisible();
	expect(await progressFiguresStored(page)).toBe(false);

	// A page load into the home page: the player's layout hands the rebuild over to it.
	await page.getByRole('link', { name: 'Back to routines' }).click();
	await page.waitForSelector('html[data-hydrated]');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Routines for your back');
	await page.clock.runFor(11_000);
	await expect.poll(() => progressFiguresStored(page)).toBe(true);
});
