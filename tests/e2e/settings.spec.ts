import { expect, test } from './fixtures';
import {
	cueLog,
	expectNoAxeViolations,
	open,
	openPlayer,
	pauseClock,
	prepareWithClock,
	storedSettings,
	useVoiceGuidance
} from './helpers';

test('settings apply at once and are remembered after a reload', async ({ page }) => {
	await open(page, '/settings');
	await page.getByRole('radio', { name: 'Dark' }).check();
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
	await page.getByRole('checkbox', { name: 'Count reps aloud' }).uncheck();
	await page.getByLabel('Time to get ready when a routine starts straight away').selectOption('10');
	// Saving is asynchronous: reload only once the three changes are stored.
	await expect
		.poll(() => storedSettings(page))
		.toMatchObject({ theme: 'dark', spokenCounts: false, prepareSeconds: 10 });

	await page.reload();
	await page.waitForSelector('html[data-hydrated]');
	await expect(page.getByRole('radio', { name: 'Dark' })).toBeChecked();
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
	await expect(page.getByRole('checkbox', { name: 'Count reps aloud' })).not.toBeChecked();
	await expect(
		page.getByLabel('Time to get ready when a routine starts straight away')
	).toHaveValue('10');

	await page.getByRole('radio', { name: 'Same as my device' }).check();
	await expect(page.locator('html')).not.toHaveAttribute('data-theme');
});

test('the prepare time and spoken counts shape the next session', async ({ page }) => {
	await prepareWithClock(page);
	// Timing as in Short guidance: no lead-in before the steps (Full: voice-guidance.spec.ts).
	await useVoiceGuidance(page, 'Short');
	await page.getByLabel('Time to get ready when a routine starts straight away').selectOption('10');
	await page.getByRole('checkbox', { name: 'Count reps aloud' }).uncheck();
	// Saving is asynchronous: leave the page only once both changes are stored.
	await expect
		.poll(() => storedSettings(page))
		.toMatchObject({
			prepareSeconds: 10,
			spokenCounts: false
		});
	// The opening "Get ready" is for a routine that starts on the clock (the cool-down walks).
	await openPlayer(page, 'cool-down');
	await pauseClock(page);
	await page.getByTestId('start').click();
	await expect(page.getByTestId('segment-kind')).toHaveText('Get ready');
	await expect(page.getByTestId('countdown')).toHaveText('10');
	await page.getByRole('button', { name: 'End' }).click();
	await page.getByRole('dialog').getByRole('button', { name: 'End session' }).click();
	await expect(page.getByRole('heading', { name: 'Session ended' })).toBeVisible();
	// A get-ready is the routine's own time to get ready (30 s down onto the floor): the setting
	// does not add to it.
	await openPlayer(page, 'pelvic-tilts');
	await pauseClock(page);
	await page.getByTestId('start').click();
	await expect(page.getByTestId('segment-kind')).toHaveText('Get ready');
	await expect(page.getByTestId('countdown')).toHaveText('30');
	// The get-ready and the 3-2-1, then two reps and a second.
	await page.clock.runFor(30_000 + 3000);
	await page.clock.runFor(31_000);
	// Reps 2 and 3 have started: their counts would have been said.
	await expect(page.getByTestId('counts')).toHaveText('Rep 3 of 10');
	const spoken = (await cueLog(page)).filter((e) => e.kind === 'speech').map((e) => e.what);
	expect(spoken).toContain('Relax');
	expect(spoken.filter((t) => /^Hold\. \d+ of 10$/.test(t))).toEqual([]);
});

test('beeps switched off in Settings stay off when a paused routine resumes', async ({ page }) => {
	await prepareWithClock(page);
	// Timing as in Short guidance: no lead-in before the steps (Full: voice-guidance.spec.ts).
	await useVoiceGuidance(page, 'Short');
	await openPlayer(page, 'pelvic-tilts');
	await page.getByTestId('start').click();
	// "I'm ready" ends the get-ready early, then the 3-2-1.
	await page.getByTestId('im-ready').click();
	await page.clock.runFor(3000);
	await page.clock.runFor(15_000);
	const before = (await cueLog(page)).filter((e) => e.kind === 'beep').length;
	expect(before).toBeGreaterThan(0);

	// Pause, switch beeps off in Settings, come back and resume.
	await page.keyboard.press('Space');
	await expect(page.getByTestId('paused')).toBeVisible();
	await page.goto('/settings');
	await page.waitForSelector('html[data-hydrated]');
	await page.getByRole('checkbox', { name: 'Beeps for countdowns, starts and rests' }).uncheck();
	await page.goto('/play/pelvic-tilts?resume');
	await page.waitForSelector('html[data-hydrated]');
	const mark = (await cueLog(page)).length;
	// One tap on "resume" counts in (3-2-1, spoken, beeps off) and plays on.
	await expect(page.getByTestId('count-in')).toBeVisible();
	await page.clock.runFor(30_000);
	const after = (await cueLog(page)).slice(mark);
	expect(after.filter((e) => e.kind === 'speech').length).toBeGreaterThan(0);
	expect(after.filter((e) => e.kind === 'beep')).toEqual([]);
});

test('Settings says so when the device has no voice, and axe finds nothing', async ({ page }) => {
	await page.addInitScript(() => {
		// A device with speech but no voice installed.
		Object.defineProperty(speechSynthesis, 'getVoices', { value: () => [] });
	});
	await open(page, '/settings');
	await expect(page.getByTestId('no-voice')).toContainText('beeps and vibration only');
	await expectNoAxeViolations(page);
	await page.emulateMedia({ colorScheme: 'dark' });
	await expectNoAxeViolations(page);
});

test('on opening Settings, a stored choice never shows its default first', async ({ page }) => {
	await open(page, '/settings');
	await page.getByRole('checkbox', { name: 'Beeps for countdowns, starts and rests' }).uncheck();
	await expect.poll(async () => (await storedSettings(page))?.soundOn).toBe(false);

	// Every frame from the first paint on: was the beeps box shown, and was it ticked?
	await page.addInitScript(() => {
		const frames: string[] = [];
		(window as unknown as { __frames: string[] }).__frames = frames;
		const look = () => {
			const box = [...document.querySelectorAll<HTMLInputElement>('input[type=checkbox]')].find(
				(b) => b.closest('label')?.textContent?.includes('Beeps for countdowns')
			);
			if (box) frames.push(`${getComputedStyle(box).visibility}:${box.checked}`);
			if (frames.length < 600) requestAnimationFrame(look);
		};
		requestAnimationFrame(look);
	});
	await page.reload();
	await page.waitForSelector('html[data-hydrated]');
	const box = page.getByRole('checkbox', { name: 'Beeps for countdowns, starts and rests' });
	await expect(box).toBeVisible();
	await expect(box).not.toBeChecked();
	const frames = await page.evaluate(() => (window as unknown as { __frames: string[] }).__frames);
	// The words showed while the box waited hidden; it never appeared ticked.
	expect(frames.length).toBeGreaterThan(0);
	expect(frames).not.toContain('visible:true');
	await expect(page.getByRole('heading', { name: 'Beeps' })).toBeVisible();
});

test.describe(() => {
	// Without the service worker: it would serve the held-back scripts from its cache.
	test.use({ serviceWorkers: 'block' });

	test("a chosen theme is there before any of the app's code runs: no light flash on a dark choice", async ({
		page
	}) => {
		await page.emulateMedia({ colorScheme: 'light' });
		await open(page, '/settings');
		await page.getByRole('radio', { name: 'Dark' }).check();
		await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
		// Every kind of page with the app's modules held back (they never arrive; failing them would
		// be an uncaught error): what shows is the first paint, from the HTML and its inline script.
		await page.route('**/_app/**/*.js', () => undefined);
		for (const path of ['/', '/settings', '/routine/pelvic-tilts', '/play/pelvic-tilts']) {
			await page.goto(path, { waitUntil: 'commit' });
			await expect(page.locator('body')).toBeVisible();
			await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
			await expect(page.locator('html')).not.toHaveAttribute('data-hydrated');
			const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
			const [r = 255, g = 255, b = 255] = (background.match(/\d+/g) ?? []).map(Number);
			expect(r + g + b, `${path}: ${background}`).toBeLessThan(150);
		}
	});
});
