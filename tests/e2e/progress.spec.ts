import { expect, test } from './fixtures';
import {
	cueLog,
	open,
	openPlayer,
	pauseClock,
	playUntilPhase,
	prepareWithClock,
	storedCheckpointMs,
	useVoiceGuidance
} from './helpers';

test('a reload mid-routine offers to resume at the same step with the same time left', async ({
	page
}) => {
	await prepareWithClock(page);
	// Timing as in Short guidance: no lead-in before the steps (Full: voice-guidance.spec.ts).
	await useVoiceGuidance(page, 'Short');
	await openPlayer(page, 'pelvic-tilts');
	// Exact countdowns follow, across a reload: time moves only when the test says (a free clock
	// on a busy machine ticked the resumed hold on past "6" while it was read).
	await pauseClock(page);
	await page.getByTestId('start').click();
	// "I'm ready" ends the get-ready early, then the 3-2-1.
	await page.getByTestId('im-ready').click();
	await page.clock.runFor(3000);
	await page.clock.runFor(15_000 + 3000);
	await expect(page.getByTestId('counts')).toHaveText('Rep 2 of 10');
	await expect(page.getByTestId('countdown')).toHaveText('7');
	// Let the once-a-second checkpoint land (4 s into rep 2: 30 s get-ready + 3 s count-in
	// + 15 s + 4 s on the timeline), then reload as a crash or a closed tab would.
	await page.clock.runFor(1000);
	await expect(page.getByTestId('countdown')).toHaveText('6');
	await expect.poll(() => storedCheckpointMs(page)).toBeGreaterThanOrEqual(52_000);

	await page.reload();
	await page.waitForSelector('html[data-hydrated]');
	const offer = page.getByTestId('resume-offer');
	await expect(offer).toBeVisible();
	await offer.getByRole('button', { name: 'Resume at step 2 of 2' }).click();

	// Back where it stopped (time while closed is not counted), after a 3-2-1.
	await expect(page.getByTestId('count-in')).toHaveText('Starting in 3');
	await expect(page.getByTestId('counts')).toHaveText('Rep 2 of 10');
	await expect(page.getByTestId('countdown')).toHaveText('6');
	await page.clock.runFor(2900);
	await expect(page.getByTestId('countdown')).toHaveText('6');
	await page.clock.runFor(100 + 6000);
	await expect(page.getByTestId('segment-kind')).toHaveText('Relax');
});

test('the home page offers to resume an unfinished routine, or to discard it', async ({ page }) => {
	await prepareWithClock(page);
	// Timing as in Short guidance: no lead-in before the steps (Full: voice-guidance.spec.ts).
	await useVoiceGuidance(page, 'Short');
	await openPlayer(page, 'pelvic-tilts');
	await page.getByTestId('start').click();
	// "I'm ready" ends the get-ready early, then the 3-2-1.
	await page.getByTestId('im-ready').click();
	await page.clock.runFor(3000);
	await page.clock.runFor(3000);
	await page.getByTestId('pause-resume').click();

	await open(page, '/');
	const banner = page.getByTestId('resume-banner');
	await expect(banner).toBeVisible();
	await expect(banner.getByRole('link')).toHaveText('Resume Pelvic tilts at step 2 of 2');
	await banner.getByRole('link').click();
	await expect(page.getByTestId('count-in')).toBeVisible();

	await open(page, '/');
	await page.getByTestId('resume-banner').getByRole('button', { name: 'Discard' }).click();
	await expect(page.getByTestId('resume-banner')).toHaveCount(0);
	await page.reload();
	await page.waitForSelector('html[data-hydrated]');
	await expect(page.getByTestId('ready').or(page.getByRole('heading', { level: 1 }))).toBeVisible();
	await expect(page.getByTestId('resume-banner')).toHaveCount(0);
});

test('one tap on the resume banner puts you back in the routine after a spoken 3-2-1', async ({
	page
}) => {
	await prepareWithClock(page);
	// Timing as in Short guidance: no lead-in before the steps (Full: voice-guidance.spec.ts).
	await useVoiceGuidance(page, 'Short');
	await openPlayer(page, 'pelvic-tilts');
	// The checkpoint is taken where the test stops the clock, not a busy machine's second later.
	await pauseClock(page);
	await page.getByTestId('start').click();
	await page.getByTestId('im-ready').click();
	await page.clock.runFor(3000 + 4000);
	await expect(page.getByTestId('countdown')).toHaveText('6');
	// 30 s get-ready + 3 s count-in + 4 s of the hold, on the timeline.
	await expect.poll(() => storedCheckpointMs(page)).toBeGreaterThanOrEqual(37_000);
	await page.reload();
	await page.waitForSelector('html[data-hydrated]');

	await open(page, '/');
	// Exact countdowns follow: time moves only when the test says (a busy machine once ticked
	// the hold on to "Relax" while they were read).
	await pauseClock(page);
	const before = (await cueLog(page)).length;
	await page.getByTestId('resume-banner').getByRole('link').click();

	// No "Resume at step…" screen and no paused player: the count-in runs at once…
	await expect(page.getByTestId('player')).toBeVisible();
	await expect(page.getByTestId('resume-offer')).toHaveCount(0);
	await expect(page.getByTestId('count-in')).toHaveText('Starting in 3');
	await expect(page.getByTestId('pause-resume')).toHaveText('Pause');
	await expect(page.getByTestId('countdown')).toHaveText('6');
	await page.clock.runFor(1000);
	await expect(page.getByTestId('count-in')).toHaveText('Starting in 2');
	await page.clock.runFor(1900);
	await expect(page.getByTestId('countdown')).toHaveText('6');
	// …then time runs again from where it stopped.
	await page.clock.runFor(1100);
	await expect(page.getByTestId('count-in')).toHaveCount(0);
	await expect(page.getByTestId('countdown')).toHaveText('5');
	await expect(page.getByTestId('segment-kind')).toHaveText('Hold');

	const log = (await cueLog(page)).slice(before);
	const spoken = log.filter((e) => e.kind === 'speech').map((e) => e.what);
	expect(spoken.slice(0, 3)).toEqual(['3', '2', '1']);
	const beeps = log.filter((e) => e.kind === 'beep' && e.what === 'countdown');
	expect(beeps.length).toBeGreaterThanOrEqual(3);
});

test('with IndexedDB unusable, a routine still plays and a banner says nothing is saved', async ({
	page
}) => {
	await page.addInitScript(() => {
		// Private modes and locked-down browsers: indexedDB is missing or throws on open.
		Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true });
	});
	await prepareWithClock(page);
	await openPlayer(page, 'pelvic-tilts');
	await expect(page.getByRole('status').filter({ hasText: 'Not saving' })).toBeVisible();
	await page.getByTestId('start').click();
	// "I'm ready" ends the get-ready early. With Full voice guidance (the default), a lead-in
	// (≤ 30 s) says the step before its 3-2-1.
	await page.getByTestId('im-ready').click();
	await expect(page.getByTestId('segment-kind')).toHaveText('Next');
	await playUntilPhase(page, 'Hold');
	await expect(page.getByTestId('segment-kind')).toHaveText('Hold');
	await page.clock.runFor(151_000);
	await expect(page.getByTestId('finish')).toBeVisible();
	await expect(page.getByRole('status').filter({ hasText: 'Not saving' })).toBeVisible();
	const log = await cueLog(page);
	expect(log.filter((e) => e.kind === 'beep' && e.what === 'finish')).toHaveLength(1);
});
