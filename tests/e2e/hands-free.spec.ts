import { expect, test, type Page } from './fixtures';
import {
	cueLog,
	expectNoAxeViolations,
	openPlayer,
	pauseClock,
	prepareWithClock,
	useVoiceGuidance
} from './helpers';
import { compile } from '../../src/lib/engine/timeline';
import { routineSeconds } from '../../src/lib/routine/duration';
import { parseRoutineJson } from '../../src/lib/routine/parse';
import { readFileSync } from 'node:fs';

// Hands-free from the floor: a lying routine starts and reaches its first rep with no tap after
// Start; "+15 s" and "I'm ready" are there for those who want them; the whole countdown is one
// big pause/resume target.
const countdown = (page: Page) => page.getByTestId('countdown');
const kind = (page: Page) => page.getByTestId('segment-kind');
const name = (page: Page) => page.getByTestId('step-name');

test.use({ viewport: { width: 360, height: 640 } });

/** Pelvic tilts, started, with the page clock held still (Short guidance: no lead-ins). */
async function begin(page: Page): Promise<void> {
	await prepareWithClock(page);
	await useVoiceGuidance(page, 'Short');
	await openPlayer(page, 'pelvic-tilts');
	// Time moves only when the test says (a busy machine must not tick the countdown on).
	await pauseClock(page);
	await page.getByTestId('start').click();
}

test('pelvic tilts reach the first rep with no tap after Start: spoken get-ready, then 3-2-1', async ({
	page
}) => {
	await begin(page);
	await expect(name(page)).toHaveText('Get into position');
	await expect(kind(page)).toHaveText('Get ready');
	// Getting down onto the floor takes its own 30 s (routines/pelvic-tilts.json).
	await expect(countdown(page)).toHaveText('30');
	await expect(page.getByTestId('next-up')).toContainText('Pelvic tilt');
	const start = (await cueLog(page)).find((e) => e.kind === 'speech');
	expect(start?.what).toBe('Lie on your back, knees bent, feet flat.');

	await page.clock.runFor(30_000);
	await expect(name(page)).toHaveText('Pelvic tilt');
	await expect(kind(page)).toHaveText('Get ready');
	// The 3-2-1 a second at a time, as it shows. (One 3 s jump of the page clock could pass the
	// beeper's stall watch before the audio clock had moved at all: it then drops the beeps.)
	for (const left of ['3', '2', '1']) {
		await expect(countdown(page)).toHaveText(left);
		await page.clock.runFor(1000);
	}
	await expect(kind(page)).toHaveText('Hold');
	await expect(page.getByTestId('counts')).toHaveText('Rep 1 of 10');

	// One spoken and beeped 3-2-1, a second apart, ending as the hold starts with its go beep.
	const log = await cueLog(page);
	const count = log.filter((e) => e.kind === 'speech' && ['3', '2', '1'].includes(e.what));
	expect(count.map((e) => e.what)).toEqual(['3', '2', '1']);
	const beeps = log.filter((e) => e.kind === 'beep');
	const countBeeps = beeps.filter((e) => e.what === 'countdown').map((e) => e.due ?? e.at);
	expect(countBeeps).toHaveLength(3);
	expect(countBeeps[1]! - countBeeps[0]!).toBeCloseTo(1000, -1);
	const go = beeps.find((e) => e.what === 'go');
	expect((go?.due ?? go?.at ?? 0) - countBeeps[2]!).toBeCloseTo(1000, -1);

	// The get-ready screen, with its extra buttons, passes axe (axe needs the clock to run).
	await page.getByTestId('pause-resume').click();
	await page.getByRole('button', { name: 'Back' }).click();
	await page.getByRole('button', { name: 'Back' }).click();
	await expect(name(page)).toHaveText('Get into position');
	await page.clock.resume();
	await expectNoAxeViolations(page);
});

test('"+15 s" gives more time to get into position and "I\'m ready" goes straight to the 3-2-1', async ({
	page
}) => {
	await begin(page);
	// 25 s into the 30 s get-ready.
	await page.clock.runFor(25_000);
	await expect(countdown(page)).toHaveText('5');
	await page.getByRole('button', { name: '+15 s' }).click();
	await expect(countdown(page)).toHaveText('20');
	await page.clock.runFor(15_000);
	await expect(name(page)).toHaveText('Get into position');
	await expect(countdown(page)).toHaveText('5');

	await page.getByRole('button', { name: "I'm ready" }).click();
	await expect(name(page)).toHaveText('Pelvic tilt');
	await expect(kind(page)).toHaveText('Get ready');
	await expect(countdown(page)).toHaveText('3');
	await expect(page.getByRole('button', { name: "I'm ready" })).toHaveCount(0);
	await page.clock.runFor(3000);
	await expect(kind(page)).toHaveText('Hold');
});

test('tapping the countdown pauses, and tapping it again resumes', async ({ page }) => {
	await begin(page);
	// On the get-ready…
	await page.clock.runFor(2000);
	await countdown(page).click();
	await expect(page.getByTestId('paused')).toBeVisible();
	await expect(page.getByTestId('pause-resume')).toHaveText('Resume');
	await page.clock.runFor(20_000);
	// 2 s into the 30 s get-ready, and there it stays.
	await expect(countdown(page)).toHaveText('28');
	// A get-ready has nothing to count into yet: it simply goes on.
	await countdown(page).click();
	await expect(page.getByTestId('paused')).toBeHidden();
	await expect(page.getByTestId('count-in')).toHaveCount(0);

	// …and on a hold: anywhere in the countdown area, the ring included. Resuming from the floor
	// counts in 3-2-1 before time runs again. (The rest of the get-ready, the 3-2-1, 2 s of hold.)
	await page.clock.runFor(28_000 + 3000 + 2000);
	await expect(kind(page)).toHaveText('Hold');
	const area = page.getByTestId('pause-area');
	const box = await area.boundingBox();
	if (!box) throw new Error('no countdown area');
	await page.mouse.click(box.x + box.width / 2, box.y + 4);
	await expect(page.getByTestId('paused')).toBeVisible();
	const left = Number(await countdown(page).textContent());
	expect(left).toBeGreaterThan(4);
	await page.clock.runFor(10_000);
	await expect(countdown(page)).toHaveText(String(left));
	await page.clock.resume();
	await expectNoAxeViolations(page);
	await expect(countdown(page)).toHaveText(String(left));
	await pauseClock(page);
	await area.click();
	await expect(page.getByTestId('count-in')).toHaveText('Starting in 3');
	await page.clock.runFor(3000);
	await expect(page.getByTestId('count-in')).toHaveCount(0);
	await expect(page.getByTestId('pause-resume')).toHaveText('Pause');
	await page.clock.runFor(3000);
	await expect
		.poll(async () => Number(await countdown(page).textContent()))
		.toBeLessThanOrEqual(left - 3);
});

// The "done when": these three play from Start to the finish screen on the floor with
// no touch at all (every get-ready runs out, every 3-2-1 counts in, nothing waits for Done).
for (const id of ['pelvic-tilts', 'core-gentle', 'lower-back-stretches']) {
	test(`${id} plays from Start to the finish with no touch at all`, async ({ page }) => {
		const file = readFileSync(new URL(`../../routines/${id}.json`, import.meta.url), 'utf8');
		const parsed = parseRoutineJson(file);
		if (!parsed.ok) throw new Error(parsed.errors.join('; '));
		// With Full voice guidance (the default): its own time, its get-readies, 3-2-1s and
		// lead-ins, as the engine compiles them, and a few seconds to spare.
		const { totalMs, routineMs } = compile(parsed.routine, { guidance: 'full' });
		expect(routineMs).toBe(routineSeconds(parsed.routine) * 1000);
		const ms = totalMs + 5000;
		await prepareWithClock(page);
		await openPlayer(page, id);
		await page.getByTestId('start').click();
		await page.clock.runFor(ms);
		await expect(page.getByTestId('finish')).toBeVisible();
		await expect(page.getByTestId('steps-skipped')).toHaveText('0');
		await expect(page.getByTestId('done')).toHaveCount(0);
	});
}
