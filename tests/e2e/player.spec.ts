import { expect, test, type Page } from './fixtures';
import {
	cueLog,
	expectNoAxeViolations,
	open,
	openPlayer,
	pauseClock,
	prepareWithClock,
	useVoiceGuidance
} from './helpers';

const countdown = (page: Page) => page.getByTestId('countdown');
const kind = (page: Page) => page.getByTestId('segment-kind');

test.beforeEach(async ({ page }) => {
	await prepareWithClock(page);
	// Timing as in Short guidance: no lead-in before the steps (Full: voice-guidance.spec.ts).
	await useVoiceGuidance(page, 'Short');
});

test('plays pelvic tilts: countdown, step name and reps follow the clock; pause freezes @both', async ({
	page
}) => {
	await openPlayer(page, 'pelvic-tilts');
	// Time moves only when the test says: on a busy machine a free-running clock ticks the
	// exact countdowns below on while they are read.
	await pauseClock(page);
	await page.getByTestId('start').click();

	// First into position: a timed, spoken get-ready (30 s: down onto the floor), with no tap needed.
	await expect(page.getByTestId('step-name')).toHaveText('Get into position');
	await expect(kind(page)).toHaveText('Get ready');
	await expect(countdown(page)).toHaveText('30');
	await page.clock.runFor(15_000);
	await expect(page.getByTestId('step-name')).toHaveText('Get into position');
	await expect(countdown(page)).toHaveText('15');
	await page.clock.runFor(15_000);

	// Then the 3-2-1 into the first timed hold, showing what it counts into.
	await expect(kind(page)).toHaveText('Get ready');
	await expect(page.getByTestId('step-name')).toHaveText('Pelvic tilt');
	await expect(countdown(page)).toHaveText('3');
	await page.clock.runFor(3000);

	await expect(kind(page)).toHaveText('Hold');
	await expect(page.getByTestId('step-name')).toHaveText('Pelvic tilt');
	await expect(page.getByTestId('counts')).toHaveText('Rep 1 of 10');
	await expect(countdown(page)).toHaveText('10');
	await page.clock.runFor(3000);
	await expect(countdown(page)).toHaveText('7');

	await page.getByTestId('pause-resume').click();
	await expect(page.getByTestId('paused')).toBeVisible();
	await page.clock.runFor(20_000);
	await expect(countdown(page)).toHaveText('7');
	await expect(kind(page)).toHaveText('Hold');

	await page.getByTestId('pause-resume').click();
	await page.clock.runFor(7000);
	await expect(kind(page)).toHaveText('Relax');
	await expect(countdown(page)).toHaveText('5');
	await page.clock.runFor(5000);
	await expect(page.getByTestId('counts')).toHaveText('Rep 2 of 10');

	// Play the rest through to the finish screen.
	await page.clock.runFor(9 * 15_000 + 500);
	await expect(page.getByTestId('finish')).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Well done!' })).toBeVisible();
	await expect(page.getByTestId('steps-done')).toHaveText('2 of 2');
	await expect(page.getByTestId('steps-skipped')).toHaveText('0');

	// Every phrase and beep was played once; the log shows the ones a listener relies on.
	const log = await cueLog(page);
	const spoken = log.filter((e) => e.kind === 'speech').map((e) => e.what);
	// The get-ready's words, then one spoken 3-2-1 (no second count-in), then the hold.
	const intoPosition = spoken.findIndex((t) => t.startsWith('Lie on your back'));
	expect(intoPosition).toBeGreaterThanOrEqual(0);
	expect(spoken.slice(intoPosition + 1, intoPosition + 4)).toEqual(['3', '2', '1']);
	expect(spoken.filter((t) => t.startsWith('Get ready'))).toEqual([]);
	for (let rep = 2; rep <= 10; rep++) {
		expect(spoken.filter((t) => t === `Hold. ${rep} of 10`)).toHaveLength(1);
	}
	expect(spoken.filter((t) => t === 'Relax')).toHaveLength(10);
	// Every beep asked for: the clock's jumps leave some behind the audio clock (see cueLog).
	const beeps = (await cueLog(page, { withCancelled: true })).filter((e) => e.kind === 'beep');
	const keys = beeps.map((e) => `${e.what}@${Math.round(e.due ?? e.at)}`);
	expect(new Set(keys).size).toBe(keys.length);
	expect(beeps.filter((e) => e.what === 'finish')).toHaveLength(1);
	expect(beeps.filter((e) => e.what === 'countdown').length).toBeGreaterThanOrEqual(60);
});

test('skip and back move between steps; the keyboard drives the player', async ({ page }) => {
	await openPlayer(page, 'lower-back-stretches');
	// Time moves only when the test says: Back within 2 s of a step's start goes to the step
	// before, and a free clock on a busy machine ran past that while the test read the screen.
	await pauseClock(page);
	await page.getByTestId('start').click();
	await expect(page.getByTestId('step-name')).toHaveText('Get into position');
	await page.getByTestId('im-ready').click();
	await expect(kind(page)).toHaveText('Get ready');

	// → skips to the next step, ← goes back, Space pauses and resumes.
	const stepOf = page.getByTestId('step-of');
	await page.clock.runFor(3000);
	const first = await page.getByTestId('step-name').textContent();
	await page.keyboard.press('ArrowRight');
	await expect(page.getByTestId('step-name')).not.toHaveText(first ?? '');
	const second = await stepOf.textContent();
	await page.keyboard.press('ArrowLeft');
	await expect(page.getByTestId('step-name')).toHaveText(first ?? '');
	await page.keyboard.press('ArrowRight');
	await expect(stepOf).toHaveText(second ?? '');

	await page.keyboard.press('Space');
	await expect(page.getByTestId('paused')).toBeVisible();
	await page.keyboard.press('Space');
	await expect(page.getByTestId('paused')).toBeHidden();

	// Esc asks before ending; ending shows what was done and skipped.
	await page.keyboard.press('Escape');
	const dialog = page.getByRole('dialog', { name: 'End this session?' });
	await expect(dialog).toBeVisible();
	await dialog.getByRole('button', { name: 'End session' }).click();
	await expect(page.getByRole('heading', { name: 'Session ended' })).toBeVisible();
	await expect(page.getByTestId('steps-skipped')).not.toHaveText('0');
});

test('Enter finishes an untimed step, then a 3-2-1 counts into the next', async ({ page }) => {
	await openPlayer(page, 'cold-compress');
	await page.getByTestId('start').click();
	await expect(page.getByTestId('done')).toBeVisible();
	await page.locator('body').focus();
	await page.keyboard.press('Enter');
	// Wrapped: the next step is a get-ready; Enter is "I'm ready" there, into the 3-2-1.
	await expect(page.getByTestId('step-name')).toHaveText('Get comfortable');
	await expect(page.getByTestId('im-ready')).toBeVisible();
	await page.keyboard.press('Enter');
	await expect(page.getByTestId('step-name')).toHaveText('Cold on the sore spot');
	await expect(kind(page)).toHaveText('Get ready');
	await page.clock.runFor(3000);
	await expect(kind(page)).toHaveText('Go');
});

test('a long hidden period lands on the right step with no burst of old cues', async ({ page }) => {
	await openPlayer(page, 'pelvic-tilts');
	// The exact countdowns below are read with time stopped (it once ticked on from 8 to 2).
	await pauseClock(page);
	await page.getByTestId('start').click();
	// "I'm ready" ends the get-ready early, then the 3-2-1.
	await page.getByTestId('im-ready').click();
	await page.clock.runFor(3000);
	await expect(countdown(page)).toHaveText('10');
	const before = (await cueLog(page)).length;

	// The tab is hidden: timers stop firing; 47 s later it is shown again.
	await page.evaluate(() => {
		Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
		document.dispatchEvent(new Event('visibilitychange'));
	});
	await page.clock.fastForward(47_000);
	await page.evaluate(() => {
		Object.defineProperty(document, 'visibilityState', { value: 'visible', configurable: true });
		document.dispatchEvent(new Event('visibilitychange'));
	});

	// 47 s into 15 s reps: rep 4, 2 s into its hold.
	await expect(page.getByTestId('counts')).toHaveText('Rep 4 of 10');
	await expect(kind(page)).toHaveText('Hold');
	await expect(countdown(page)).toHaveText('8');
	const after = (await cueLog(page)).slice(before);
	// One catch-up announcement instead of three reps of beeps and counts.
	const spoken = after.filter((e) => e.kind === 'speech');
	expect(spoken.length).toBeLessThanOrEqual(2);
	expect(spoken.some((e) => e.what.includes('4 of 10'))).toBe(true);
	// Beeps handed to the audio clock ahead when the page hid count only if due before the return.
	const back = await page.evaluate(() => performance.now());
	const burst = after.filter((e) => e.kind === 'beep' && (e.due ?? e.at) < back + 2000);
	expect(burst.length).toBeLessThanOrEqual(3);
});

test('the safety screen appears before the first routine only', async ({ page }) => {
	await open(page, '/play/walk-break');
	await expect(page.getByTestId('safety-gate')).toBeVisible();
	// The emergency sign about the bladder and bowels (the gate lists more that mention them).
	await expect(page.getByText(/cannot control your bladder or bowels/)).toBeVisible();
	await page.getByRole('button', { name: /None of these apply/ }).click();
	await expect(page.getByTestId('ready')).toBeVisible();

	await open(page, '/play/pelvic-tilts');
	await expect(page.getByTestId('ready')).toBeVisible();
	await expect(page.getByTestId('safety-gate')).toHaveCount(0);
});

test('axe finds nothing on the player, its dialogs and the finish screen @both', async ({
	page
}) => {
	await openPlayer(page, 'core-gentle');
	await expectNoAxeViolations(page);
	await page.getByTestId('start').click();
	await page.clock.runFor(6000);
	await expectNoAxeViolations(page);
	await page.getByRole('button', { name: 'It hurts' }).click();
	await expect(page.getByRole('dialog', { name: /Sorry it hurts/ })).toBeVisible();
	await expectNoAxeViolations(page);
	await page.getByRole('button', { name: "Don't rate" }).click();
	await page.getByRole('button', { name: 'End session' }).click();
	await expect(page.getByTestId('finish')).toBeVisible();
	await expectNoAxeViolations(page);
});
