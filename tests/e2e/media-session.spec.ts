import { expect, test, type Page } from './fixtures';
import { openPlayer, prepareWithClock, useVoiceGuidance } from './helpers';

type Action = 'play' | 'pause' | 'nexttrack' | 'previoustrack' | 'stop';

// Playwright cannot press the lock screen's buttons: wrap setActionHandler before the app
// loads, keep what the app registers, and call that, as Chrome does for a button press.
test.beforeEach(async ({ page }) => {
	await page.addInitScript(() => {
		const handlers: Record<string, (() => void) | null> = {};
		(window as unknown as { __mediaHandlers: typeof handlers }).__mediaHandlers = handlers;
		const ms = navigator.mediaSession;
		const original = ms.setActionHandler.bind(ms);
		ms.setActionHandler = (action, handler) => {
			handlers[action] = handler as (() => void) | null;
			original(action, handler);
		};
	});
	await prepareWithClock(page);
	// Timing as in Short guidance: no lead-in before the steps (Full: voice-guidance.spec.ts).
	await useVoiceGuidance(page, 'Short');
});

const title = (page: Page) => page.evaluate(() => navigator.mediaSession.metadata?.title ?? null);
const state = (page: Page) => page.evaluate(() => navigator.mediaSession.playbackState);
const handlers = (page: Page) =>
	page.evaluate(() =>
		Object.entries(
			(window as unknown as { __mediaHandlers: Record<string, unknown> }).__mediaHandlers
		)
			.filter(([, h]) => typeof h === 'function')
			.map(([a]) => a)
			.sort()
	);
const press = (page: Page, action: Action) =>
	page.evaluate((a) => {
		const h = (window as unknown as { __mediaHandlers: Record<string, (() => void) | null> })
			.__mediaHandlers[a];
		if (!h) throw new Error(`no handler for ${a}`);
		h();
	}, action);

/** Past the get-ready (a tap on Done where the routine waits for one) into the first hold. */
async function intoFirstStep(page: Page, name: string) {
	const stepName = page.getByTestId('step-name');
	for (let i = 0; i < 40 && (await stepName.textContent()) !== name; i++) {
		const done = page.getByTestId('done');
		if (await done.isVisible()) await done.click();
		else await page.clock.runFor(1000);
	}
	await expect(stepName).toHaveText(name);
}

test('the lock screen shows the routine, the step and the rep, and its buttons drive the player', async ({
	page
}) => {
	await openPlayer(page, 'lower-back-stretches');
	expect(await title(page)).toBeNull();
	await page.getByTestId('start').click();
	expect(await handlers(page)).toEqual(['nexttrack', 'pause', 'play', 'previoustrack']);
	expect(await page.evaluate(() => navigator.mediaSession.metadata?.artist)).toBe(
		'Lower-back stretches'
	);

	await intoFirstStep(page, 'Knee to chest');
	await expect.poll(() => title(page)).toMatch(/^Knee to chest · Rep 1 of 3/);
	expect(await state(page)).toBe('playing');
	// The hold and the relax after it, then the second rep.
	await page.clock.runFor(20_000);
	await expect(page.getByTestId('counts')).toContainText('Rep 1 of 3');
	await page.clock.runFor(10_000);
	await expect(page.getByTestId('counts')).toContainText('Rep 2 of 3');
	await expect.poll(() => title(page)).toMatch(/^Knee to chest · Rep 2 of 3/);

	// Pause from the lock screen: the player pauses and time stands still.
	await press(page, 'pause');
	await expect(page.getByTestId('paused')).toBeVisible();
	expect(await state(page)).toBe('paused');
	const frozen = await page.getByTestId('countdown').textContent();
	await page.clock.runFor(5000);
	await expect(page.getByTestId('countdown')).toHaveText(frozen ?? '');

	// Play resumes it.
	await press(page, 'play');
	await expect(page.getByTestId('paused')).toBeHidden();
	await expect(page.getByTestId('pause-resume')).toHaveText('Pause');
	expect(await state(page)).toBe('playing');

	// Next skips like the on-screen Skip; previous comes back.
	const before = await title(page);
	await press(page, 'nexttrack');
	await expect.poll(() => title(page)).not.toBe(before);
	const after = (await title(page)) ?? '';
	await expect(page.getByTestId('step-name')).toHaveText(after.split(' · ')[0] ?? '');
	await press(page, 'previoustrack');
	await expect(page.getByTestId('step-name')).toHaveText('Knee to chest');

	// Ending the session clears the lock screen.
	await page.getByRole('button', { name: 'End' }).click();
	await page
		.getByRole('dialog', { name: 'End this session?' })
		.getByRole('button', { name: 'End session' })
		.click();
	await expect(page.getByRole('heading', { name: 'Session ended' })).toBeVisible();
	expect(await title(page)).toBeNull();
	expect(await state(page)).toBe('none');
	expect(await handlers(page)).toEqual([]);
});
