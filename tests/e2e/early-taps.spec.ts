import { expect, test, type Page } from './fixtures';
import { open } from './helpers';

/**
 * Issue 22, "No lost taps". Pages are painted before their script runs, so a tap can come
 * before the page is alive: app.html's first script holds it (a form never submits natively)
 * and replays it once the shell marks `<html data-hydrated>`. Also: the builder is in reach
 * on a first visit, and the home page says "Not saving" when IndexedDB is refused.
 */

// The scripts come from the network, where page.route can hold them back (not from a worker).
test.use({ serviceWorkers: 'block' });

/** Holds each of the app's scripts back `ms` while `slow.on`: a slow phone on a slow network. */
async function slowScripts(page: Page, ms = 3000): Promise<{ on: boolean }> {
	const slow = { on: true };
	await page.route('**/_app/immutable/**/*.js', async (route) => {
		if (slow.on) await new Promise((resolve) => setTimeout(resolve, ms));
		await route.continue();
	});
	return slow;
}

const isAlive = (page: Page) =>
	page.evaluate(() => document.documentElement.dataset.hydrated !== undefined);

/** Every address the page's main frame went to, from now on. */
function addresses(page: Page): string[] {
	const urls: string[] = [];
	page.on('framenavigated', (frame) => {
		if (frame === page.mainFrame()) urls.push(frame.url());
	});
	return urls;
}

test('a tap on a plan’s Start before the page is alive starts the plan once it is, without a native submit', async ({
	page
}) => {
	const slow = await slowScripts(page);
	const urls = addresses(page);
	await page.goto('/plans/back-spasm-two-weeks', { waitUntil: 'domcontentloaded' });
	const start = page.getByRole('button', { name: 'Start “Back spasm: the first two weeks”' });
	await start.click();
	expect(await isAlive(page), 'the tap came before the page was alive').toBe(false);
	// The tap is seen: the button shows that it waits for the page.
	await expect(start).toHaveAttribute('data-early-tap', '');
	slow.on = false;

	// Once alive, the page takes the tap: the plan starts and the home page shows its day.
	await expect(page.getByTestId('today')).toBeVisible({ timeout: 30_000 });
	expect(new URL(page.url()).pathname).toBe('/');
	expect(urls.filter((url) => url.includes('?'))).toEqual([]);
});

test('a tap on "Make it mine" before the routine page is alive opens the copy once it is', async ({
	page
}) => {
	const slow = await slowScripts(page);
	await page.goto('/routine/pelvic-tilts', { waitUntil: 'domcontentloaded' });
	const mine = page.getByRole('button', { name: 'Make it mine' });
	await mine.click();
	expect(await isAlive(page), 'the tap came before the page was alive').toBe(false);
	await expect(mine).toHaveAttribute('data-early-tap', '');
	slow.on = false;

	await expect(page).toHaveURL(/\/mine\/edit\?draft=copy-pelvic-tilts/, { timeout: 30_000 });
	await expect(page.getByLabel('Title')).toHaveValue('Pelvic tilts (mine)');
});

test('a chip tapped before the home page is alive is chosen once it is; a link still works at once', async ({
	page
}) => {
	const slow = await slowScripts(page);
	await page.goto('/', { waitUntil: 'domcontentloaded' });
	const spasm = page.getByRole('radio', { name: "I'm in a spasm now" });
	await spasm.click();
	expect(await isAlive(page)).toBe(false);
	slow.on = false;
	await expect(spasm).toHaveAttribute('aria-checked', 'true', { timeout: 30_000 });
	await expect(spasm).not.toHaveAttribute('data-early-tap');

	// A plain link is not held: it goes at once, alive or not.
	slow.on = true;
	await page.goto('/', { waitUntil: 'domcontentloaded' });
	await page.getByRole('link', { name: 'Pelvic tilts', exact: true }).click();
	await expect(page).toHaveURL(/\/routine\/pelvic-tilts$/);
	slow.on = false;
});

test('on a first visit the home page leads to the builder', async ({ page }) => {
	await open(page, '/');
	expect(await page.evaluate(async () => (await indexedDB.databases()).length)).toBe(0);
	await page.getByRole('link', { name: 'Make your own routine' }).click();
	await expect(page).toHaveURL(/\/mine$/);
	await page.waitForSelector('html[data-hydrated]');
	await page.getByRole('link', { name: 'New routine' }).click();
	await expect(page).toHaveURL(/\/mine\/edit$/);
	await expect(page.getByLabel('Title')).toBeVisible();
});

test('a first visit to the home page creates no database', async ({ page }) => {
	await open(page, '/');
	// Time for the storage check, which the shell starts with the page.
	await page.waitForTimeout(500);
	expect(await page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name))).toEqual(
		[]
	);
	await expect(page.getByText('Not saving')).toHaveCount(0);
});

const refusals = {
	/** Some private modes throw from indexedDB.open itself. */
	throws: () => {
		IDBFactory.prototype.open = () => {
			throw new DOMException('The user denied permission to access the database.', 'SecurityError');
		};
	},
	/** Others hand back a request that fails a moment later (here: a real one, aborted). */
	'fails later': () => {
		const factory = indexedDB;
		const open = factory.open.bind(factory);
		IDBFactory.prototype.open = () => {
			const request = open(`refused-${Math.random()}`, 1);
			// First in line: the page's own listeners never hear of the upgrade, only the error.
			request.addEventListener('upgradeneeded', (event) => {
				event.stopImmediatePropagation();
				request.transaction?.abort();
			});
			return request;
		};
	}
};

for (const [how, refuse] of Object.entries(refusals)) {
	test(`the home page says "Not saving" when IndexedDB ${how}`, async ({ page }) => {
		await page.addInitScript(refuse);
		await open(page, '/');
		await expect(page.getByRole('status').filter({ hasText: 'Not saving' })).toBeVisible();
		// As every other page does.
		await open(page, '/safety');
		await expect(page.getByRole('status').filter({ hasText: 'Not saving' })).toBeVisible();
	});
}
