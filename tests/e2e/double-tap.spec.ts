import { expect, test, type Page } from './fixtures';
import { openPlayer, pauseClock, prepareWithClock, useVoiceGuidance } from './helpers';

// Issue 22, "No lost taps": a double tap is one tap. The second half of a double tap on Start
// lands on the countdown (which pauses on a tap), on "I'm ready" or Skip it lands on whatever
// took their place; none of them may pause the routine or move on a second time. The page
// clock is held still, so "300 ms apart" is page time, exactly (the guard reads that clock).
// Phone size (the phone project): there the countdown sits where Start was.

const countdown = (page: Page) => page.getByTestId('countdown');
const kind = (page: Page) => page.getByTestId('segment-kind');

/** The centre of `testId`'s box: where a finger taps it. */
async function centre(page: Page, testId: string): Promise<{ x: number; y: number }> {
	const box = await page.getByTestId(testId).boundingBox();
	if (!box) throw new Error(`no ${testId} on screen`);
	return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** The test id (or, failing that, the text) of the control under a point of the screen. */
function under(page: Page, at: { x: number; y: number }): Promise<string | null> {
	return page.evaluate(({ x, y }) => {
		const hit = document.elementFromPoint(x, y)?.closest('[data-testid], button');
		return hit?.getAttribute('data-testid') ?? hit?.textContent?.trim() ?? null;
	}, at);
}

/** Pelvic tilts, on its start screen, with the page clock held still. */
async function ready(page: Page, guidance?: 'Short'): Promise<void> {
	await prepareWithClock(page);
	if (guidance) await useVoiceGuidance(page, guidance);
	await openPlayer(page, 'pelvic-tilts');
	await pauseClock(page);
}

for (const ms of [0, 300, 600]) {
	test(`a double tap on Start (${ms} ms apart) starts the routine and leaves it running`, async ({
		page
	}) => {
		await ready(page);
		const at = await centre(page, 'start');
		await page.mouse.click(at.x, at.y);
		// The second tap lands on the countdown area, which pauses on a tap.
		await expect(countdown(page)).toHaveText('30');
		expect(await under(page, at)).toBe('pause-area');
		if (ms > 0) await page.clock.runFor(ms);
		await page.mouse.click(at.x, at.y);

		await expect(page.getByTestId('paused')).toHaveCount(0);
		await expect(page.getByTestId('count-in')).toHaveCount(0);
		await expect(page.getByTestId('pause-resume')).toHaveText('Pause');
		// The get-ready counts down: 30 s from Start, 2 s more on the clock.
		await page.clock.runFor(2000);
		await expect(countdown(page)).toHaveText(String(30 - Math.floor((ms + 2000) / 1000)));
	});
}

test('a single tap on the countdown a second after Start pauses, and time stands still', async ({
	page
}) => {
	await ready(page);
	const at = await centre(page, 'start');
	await page.mouse.click(at.x, at.y);
	await page.clock.runFor(1000);
	await page.mouse.click(at.x, at.y);
	await expect(page.getByTestId('paused')).toBeVisible();
	await expect(page.getByTestId('pause-resume')).toHaveText('Resume');
	await expect(countdown(page)).toHaveText('29');
	await page.clock.runFor(5000);
	await expect(countdown(page)).toHaveText('29');
});

test('Space right after Start still pauses: keys are never taken for a double tap', async ({
	page
}) => {
	await ready(page);
	await page.getByTestId('start').click();
	await page.keyboard.press('Space');
	await expect(page.getByTestId('paused')).toBeVisible();
	await page.keyboard.press('Space');
	await expect(page.getByTestId('paused')).toHaveCount(0);
});

test('a double tap on "I\'m ready" goes on to the 3-2-1 once; it does not skip the exercise', async ({
	page
}) => {
	// Short guidance: the get-ready is followed by the step's 3-2-1, with Skip in its place.
	await ready(page, 'Short');
	await page.getByTestId('start').click();
	await page.clock.runFor(1000);
	const at = await centre(page, 'im-ready');
	await page.mouse.click(at.x, at.y);
	await expect(kind(page)).toHaveText('Get ready');
	expect(await under(page, at)).toBe('Skip');
	await page.clock.runFor(300);
	await page.mouse.click(at.x, at.y);

	await expect(page.getByTestId('step-name')).toHaveText('Pelvic tilt');
	await expect(kind(page)).toHaveText('Get ready');
	await page.clock.runFor(2700);
	await expect(kind(page)).toHaveText('Hold');
	await expect(page.getByTestId('counts')).toHaveText('Rep 1 of 10');
});

test('a double tap on "I\'m ready" with Full guidance ends the get-ready once, not the lead-in too', async ({
	page
}) => {
	await ready(page);
	await page.getByTestId('start').click();
	await page.clock.runFor(1000);
	const at = await centre(page, 'im-ready');
	await page.mouse.click(at.x, at.y);
	// The lead-in that says the step: "I'm ready" again, in the same place.
	await expect(kind(page)).toHaveText('Next');
	expect(await under(page, at)).toBe('im-ready');
	await page.clock.runFor(400);
	await page.mouse.click(at.x, at.y);
	await expect(kind(page)).toHaveText('Next');
	// A tap that means it, later, still cuts the talk short.
	await page.clock.runFor(1000);
	await page.mouse.click(at.x, at.y);
	await expect(kind(page)).toHaveText('Get ready');
});

test('a double tap on Skip skips one step; a tap a second later skips the next', async ({
	page
}) => {
	// Lower-back stretches: get-ready, knee to chest, a timed stretch, get-ready, …
	await prepareWithClock(page);
	await useVoiceGuidance(page, 'Short');
	await openPlayer(page, 'lower-back-stretches');
	await pauseClock(page);
	await page.getByTestId('start').click();
	await page.getByTestId('im-ready').click();
	const stepOf = page.getByTestId('step-of');
	await expect(stepOf).toHaveText(/^Step 2 of \d+$/);
	await page.clock.runFor(1000);

	const skip = page.getByRole('button', { name: 'Skip', exact: true });
	const box = await skip.boundingBox();
	if (!box) throw new Error('no Skip on screen');
	const at = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
	await page.mouse.click(at.x, at.y);
	await expect(stepOf).toHaveText(/^Step 3 of \d+$/);
	await page.clock.runFor(300);
	await page.mouse.click(at.x, at.y);
	await expect(stepOf).toHaveText(/^Step 3 of \d+$/);
	await expect(page.getByTestId('pause-resume')).toHaveText('Pause');

	await page.clock.runFor(1000);
	await page.mouse.click(at.x, at.y);
	await expect(stepOf).toHaveText(/^Step 4 of \d+$/);
});
