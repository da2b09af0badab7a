import { expect, test, type Page } from './fixtures';
import jsQR from 'jsqr';
import { expectNoAxeViolations, open, openMoreFilters, underServiceWorker } from './helpers';
import { failOnPageErrors, routineJson } from './mine-helpers';

/** Draws the rendered QR SVG into a canvas in the page and decodes its pixels with jsQR. */
async function decodeQr(page: Page): Promise<string | undefined> {
	const size = 480;
	const bits = await page.getByTestId('qr-code').evaluate(async (svg, size) => {
		const blob = new Blob([new XMLSerializer().serializeToString(svg)], { type: 'image/svg+xml' });
		const url = URL.createObjectURL(blob);
		const img = new Image(size, size);
		img.src = url;
		await img.decode();
		const canvas = document.createElement('canvas');
		canvas.width = canvas.height = size;
		const ctx = canvas.getContext('2d')!;
		ctx.drawImage(img, 0, 0, size, size);
		URL.revokeObjectURL(url);
		const { data } = ctx.getImageData(0, 0, size, size);
		let out = '';
		for (let i = 0; i < data.length; i += 4) out += data[i]! < 128 ? '1' : '0';
		return out;
	}, size);
	const rgba = new Uint8ClampedArray(size * size * 4);
	for (let i = 0; i < bits.length; i++) {
		const v = bits[i] === '1' ? 0 : 255;
		rgba.set([v, v, v, 255], i * 4);
	}
	return jsQR(rgba, size, size)?.data;
}

test('imports a broken file with the JSON path named, and asks replace or keep both for a known id', async ({
	page
}) => {
	const noErrors = failOnPageErrors(page);
	await open(page, '/mine');
	const broken = JSON.parse(routineJson()) as { steps: Record<string, unknown>[] };
	broken.steps[1]!.hold = 'ten';
	await page.getByLabel('From a .json file').setInputFiles({
		name: 'broken.json',
		mimeType: 'application/json',
		buffer: Buffer.from(JSON.stringify(broken))
	});
	await expect(page.getByRole('alert')).toContainText(
		'steps[1].hold: expected seconds between 1 and 300, got "ten"'
	);

	await page.getByLabel("Or paste the routine's JSON").fill(routineJson());
	await page.getByRole('button', { name: 'Import pasted JSON' }).click();
	await expect(page.getByText('Imported “Physio back programme”.')).toBeVisible();

	await page.getByLabel('From a .json file').setInputFiles({
		name: 'again.json',
		mimeType: 'application/json',
		buffer: Buffer.from(routineJson())
	});
	await expect(page.getByRole('alert')).toContainText('is already saved here');
	await page.getByRole('button', { name: 'Keep both' }).click();
	await expect(
		page.getByRole('heading', { level: 2, name: 'Physio back programme (copy)' })
	).toBeVisible();
	await expect(
		page.getByRole('heading', { level: 2, name: 'Physio back programme', exact: true })
	).toBeVisible();
	await expectNoAxeViolations(page);
	noErrors();
});

test('a share link and its QR code open offline in a fresh browser, preview, save and play', async ({
	page,
	browser
}) => {
	const noErrors = failOnPageErrors(page);
	await open(page, '/mine');
	await page.getByLabel("Or paste the routine's JSON").fill(routineJson());
	await page.getByRole('button', { name: 'Import pasted JSON' }).click();
	await page.getByText('Share or export').click();
	await page.getByRole('button', { name: 'Share link' }).click();
	const link = await page.getByLabel(/Link to this routine/).inputValue();
	expect(link).toMatch(/\/shared#r=1\.[A-Za-z0-9_-]+$/);

	await page.getByRole('button', { name: 'Show QR code' }).click();
	await expect(
		page.getByRole('img', { name: 'QR code of the link to Physio back programme' })
	).toBeVisible();
	expect(await decodeQr(page)).toBe(link);
	noErrors();

	// The patient's phone: a new browser profile that has opened Backbeat once, now offline.
	const { baseURL } = test.info().project.use;
	const context = await browser.newContext({
		baseURL,
		viewport: { width: 360, height: 640 },
		hasTouch: true,
		serviceWorkers: 'allow'
	});
	const phone = await context.newPage();
	const phoneErrors = failOnPageErrors(phone);
	await open(phone, '/');
	await underServiceWorker(phone);
	await context.setOffline(true);

	await phone.goto(link);
	await phone.waitForSelector('html[data-hydrated]');
	await expect(phone.getByRole('note')).toContainText('made by someone else');
	await expect(phone.getByRole('heading', { level: 1 })).toHaveText('Physio back programme');
	await expect(phone.getByRole('heading', { name: 'Safety notes from the sender' })).toBeVisible();
	await expect(
		phone.getByText('Stop if the pain gets sharper or spreads down a leg.')
	).toBeVisible();
	await expect(phone.getByRole('heading', { name: 'Knee hug' })).toBeVisible();
	await expect(phone.getByRole('heading', { name: /Stop and get medical help/ })).toBeVisible();
	await expectNoAxeViolations(phone);

	// Nothing is saved before Save.
	await open(phone, '/mine');
	await expect(phone.getByText('No routines of your own yet.')).toBeVisible();
	await phone.goto(link);
	await phone.getByRole('button', { name: 'Save to my routines' }).tap();
	await expect(phone.getByText('Saved to your routines.')).toBeVisible();
	await phone.getByRole('link', { name: 'Play Physio back programme' }).tap();
	await expect(phone.getByTestId('safety-gate').or(phone.getByTestId('ready'))).toBeVisible();
	phoneErrors();
	await context.close();
});

test('a damaged, cut or newer link gets a clear message, never a blank page', async ({ page }) => {
	const noErrors = failOnPageErrors(page);
	await open(page, '/mine');
	await page.getByLabel("Or paste the routine's JSON").fill(routineJson());
	await page.getByRole('button', { name: 'Import pasted JSON' }).click();
	await page.getByText('Share or export').click();
	await page.getByRole('button', { name: 'Share link' }).click();
	const link = await page.getByLabel(/Link to this routine/).inputValue();

	const cases: [string, RegExp][] = [
		[link.slice(0, -20), /incomplete/],
		[link.replace(/r=1\.(.{10})./, 'r=1.$1_'), /damaged/],
		[link.replace('r=1.', 'r=2.'), /newer version of Backbeat\. Update the app/],
		['/shared#nothing', /not a Backbeat routine link/]
	];
	for (const [url, message] of cases) {
		await page.goto('about:blank');
		await open(page, url);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('This link cannot be opened');
		await expect(page.getByRole('alert')).toContainText(message);
	}
	noErrors();
});

test('your routines: "Mine only" in the library, delete with undo', async ({ page }) => {
	await open(page, '/mine');
	await page.getByLabel("Or paste the routine's JSON").fill(routineJson());
	await page.getByRole('button', { name: 'Import pasted JSON' }).click();
	await expect(page.getByText('Imported “Physio back programme”.')).toBeVisible();

	// The library marks it as yours; "Mine only" hides the built-in routines and shows it.
	await open(page, '/');
	const mine = page.getByRole('region', { name: 'Your routines' });
	await expect(
		mine.getByRole('link', { name: 'Physio back programme', exact: true })
	).toBeVisible();
	const builtIn = page.getByRole('link', { name: 'Pelvic tilts', exact: true });
	await expect(builtIn).toBeVisible();
	await openMoreFilters(page);
	const toggle = page.getByRole('button', { name: 'Mine only', exact: true });
	await toggle.click();
	await expect(toggle).toHaveAttribute('aria-pressed', 'true');
	await expect(builtIn).toHaveCount(0);
	await expect(
		mine.getByRole('link', { name: 'Physio back programme', exact: true })
	).toBeVisible();
	await expect(page.getByRole('main').getByRole('status').first()).toContainText(
		'Showing your routines only'
	);
	await toggle.click();
	await expect(builtIn).toBeVisible();

	// Delete, then undo: it comes back whole; delete again and it is gone from the library.
	await open(page, '/mine');
	const heading = page.getByRole('heading', { level: 2, name: 'Physio back programme' });
	await page.getByRole('button', { name: 'Delete Physio back programme' }).click();
	await expect(heading).toHaveCount(0);
	await expect(page.getByText('Deleted “Physio back programme”.')).toBeVisible();
	await page.getByRole('button', { name: 'Undo' }).click();
	await expect(heading).toBeVisible();
	await page.getByRole('button', { name: 'Delete Physio back programme' }).click();
	await expect(heading).toHaveCount(0);
	await open(page, '/');
	await expect(page.getByRole('region', { name: 'Your routines' })).toHaveCount(0);
});
