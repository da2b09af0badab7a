import { expect, test, type Page } from './fixtures';
import {
	cueLog,
	expectNoAxeViolations,
	open,
	openPlayer,
	playUntilPhase,
	prepareWithClock,
	useVoiceGuidance
} from './helpers';

const INSTRUCTIONS =
	'Slowly tighten your stomach muscles and press the small of your back into the floor. Hold and keep breathing normally, then relax slowly.';
const STOP = 'Stop if the pain gets sharper or spreads down a leg.';
const STEP_CUE = 'Tighten your stomach and press your lower back down.';

const kind = (page: Page) => page.getByTestId('segment-kind');

/** Starts Pelvic tilts: its spoken get-ready ("Get into position", 15 s) runs on its own. */
async function startPelvicTilts(page: Page): Promise<void> {
	await openPlayer(page, 'pelvic-tilts');
	await page.getByTestId('start').click();
	await expect(kind(page)).toHaveText('Get ready');
	await expect(page.getByTestId('step-name')).toHaveText('Get into position');
}

test.beforeEach(async ({ page }) => {
	await prepareWithClock(page);
});

test('Full guidance (the default) says the step, how to do it and when to stop before it starts', async ({
	page
}) => {
	await startPelvicTilts(page);
	await page.clock.runFor(15_000);

	// The get-ready was too short for all that: a lead-in shows what comes next, before the 3-2-1.
	await expect(kind(page)).toHaveText('Next');
	await expect(page.getByTestId('step-name')).toHaveText('Pelvic tilt');
	await expect(page.getByTestId('instructions')).toHaveText(INSTRUCTIONS);
	await expect(page.getByText(STOP)).toBeVisible();
	await expectNoAxeViolations(page);

	// The lead-in (at most 30 s) ends in the 3-2-1 and the first hold.
	await playUntilPhase(page, 'Hold');
	await expect(kind(page)).toHaveText('Hold');
	await expect(page.getByTestId('counts')).toHaveText('Rep 1 of 10');
	await page.clock.runFor(15_000);
	await expect(page.getByTestId('counts')).toHaveText('Rep 2 of 10');

	const spoken = (await cueLog(page)).filter((e) => e.kind === 'speech').map((e) => e.what);
	const instructions = spoken.indexOf(INSTRUCTIONS);
	const stop = spoken.indexOf(STOP);
	const stepStart = spoken.indexOf(STEP_CUE);
	const firstRep = spoken.indexOf('Hold. 2 of 10');
	expect(spoken).toContain('Next: Pelvic tilt, 10 times.');
	expect(instructions).toBeGreaterThan(spoken.indexOf('Lie on your back, knees bent, feet flat.'));
	expect(spoken.indexOf('3')).toBeGreaterThan(stop);
	expect(stop).toBeGreaterThan(instructions);
	expect(stepStart).toBeGreaterThan(stop);
	expect(firstRep).toBeGreaterThan(stepStart);
});

test('"I\'m ready" during a lead-in cuts the talk short and goes on to the 3-2-1, not past the step', async ({
	page
}) => {
	await startPelvicTilts(page);
	await page.clock.runFor(15_000);
	await expect(kind(page)).toHaveText('Next');
	// In Skip's place, as on a get-ready: Skip here would pass over the exercise itself.
	await expect(page.getByRole('button', { name: 'Skip' })).toHaveCount(0);
	await page.getByTestId('im-ready').click();
	await expect(kind(page)).toHaveText('Get ready');
	await expect(page.getByTestId('step-name')).toHaveText('Pelvic tilt');
	await page.clock.runFor(3000);
	await expect(kind(page)).toHaveText('Hold');
	await expect(page.getByTestId('counts')).toHaveText('Rep 1 of 10');
});

test('Short guidance says only the short cues, with no lead-in', async ({ page }) => {
	await useVoiceGuidance(page, 'Short');
	await startPelvicTilts(page);
	await page.clock.runFor(15_000 + 3000);
	await expect(kind(page)).toHaveText('Hold');
	await page.clock.runFor(15_000);
	await expect(page.getByTestId('counts')).toHaveText('Rep 2 of 10');

	const spoken = (await cueLog(page)).filter((e) => e.kind === 'speech').map((e) => e.what);
	expect(spoken).toContain(STEP_CUE);
	expect(spoken).toContain('Hold. 2 of 10');
	expect(spoken).not.toContain(INSTRUCTIONS);
	expect(spoken).not.toContain(STOP);
});

test('Settings: voice guidance is one radio group, moved with the arrow keys, kept after a reload', async ({
	page
}) => {
	await open(page, '/settings');
	const group = page.getByRole('group', { name: 'Voice guidance' });
	await expect(group.getByRole('radio')).toHaveCount(3);
	const full = group.getByRole('radio', { name: /^Full\b/ });
	await expect(full).toBeChecked();

	// One Tab stop: the checked radio; the arrows move the choice.
	await full.focus();
	await page.keyboard.press('ArrowDown');
	const short = group.getByRole('radio', { name: /^Short\b/ });
	await expect(short).toBeChecked();
	await expect(short).toBeFocused();
	await page.keyboard.press('Tab');
	await expect(group.getByRole('radio', { name: /^Off\b/ })).not.toBeFocused();
	await expect(full).not.toBeFocused();

	await expect
		.poll(async () => {
			await page.reload();
			await page.waitForSelector('html[data-hydrated]');
			return short.isChecked();
		})
		.toBe(true);

	// Off silences the voice: its own settings are greyed out.
	await group.getByRole('radio', { name: /^Off\b/ }).check();
	await expect(page.getByLabel(/Speaking speed/)).toBeDisabled();
	await expectNoAxeViolations(page);
});
