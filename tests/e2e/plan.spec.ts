import { expect, test, type Page } from './fixtures';
import ICAL from 'ical.js';
import { readFileSync } from 'node:fs';
import { expectNoAxeViolations, open, underServiceWorker } from './helpers';

// Berlin, starting on the Friday before the clocks go forward (Sunday 29 March 2026, 02:00 → 03:00).
test.use({ timezoneId: 'Europe/Berlin', locale: 'en-GB' });
const FRIDAY_0730 = Date.UTC(2026, 2, 27, 6, 30);
const HOUR = 3_600_000;

let errors: string[] = [];
test.beforeEach(({ page }) => {
	errors = [];
	page.on('pageerror', (error) => errors.push(error.message));
});
test.afterEach(() => {
	expect(errors).toEqual([]);
});

const today = (page: Page) => page.getByTestId('today');
const section = (page: Page, name: string) => today(page).getByRole('heading', { name, level: 3 });

/** Moves the fake clock to an instant (UTC ms), firing the timers due on the way once. */
async function clockTo(page: Page, ms: number) {
	const now = await page.evaluate(() => Date.now());
	await page.clock.fastForward(ms - now);
}

async function startSpasmPlan(page: Page) {
	await open(page, '/plans');
	await page.getByRole('link', { name: 'Back spasm: the first two weeks' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		'Back spasm: the first two weeks'
	);
	// The page closes its safety notes with the shared red-flag line, and says what comes after.
	await expect(page.getByTestId('plan-safety').getByRole('listitem').last()).toContainText(
		'Stop and get emergency help'
	);
	await expect(page.getByTestId('plan-afterwards')).toContainText(
		'book an appointment with a GP or a physiotherapist'
	);
	await expect(page.getByLabel('Start now')).toBeChecked();
	await expect(page.getByLabel('From', { exact: true })).toHaveValue('08:00');
	await expectNoAxeViolations(page);
	await page.getByRole('button', { name: 'Start “Back spasm: the first two weeks”' }).click();
	await expect(today(page)).toBeVisible();
}

async function checkInPain(page: Page, score: number) {
	await today(page)
		.getByLabel(/How is your back right now/)
		.selectOption(String(score));
	await today(page).getByRole('button', { name: 'Save pain score' }).click();
	await expect(today(page).getByText(`Latest: ${score} out of 10.`)).toBeVisible();
}

/** Plays the walk break from a Today row to its finish screen. */
async function playWalk(page: Page, time: string) {
	await today(page)
		.getByRole('link', { name: `Play Walk break (${time})` })
		.click();
	const gate = page.getByTestId('safety-gate');
	const ready = page.getByTestId('ready');
	await expect(gate.or(ready)).toBeVisible();
	if (await gate.isVisible())
		await page.getByRole('button', { name: /None of these apply/ }).click();
	await ready.getByRole('button', { name: 'Skip' }).click();
	await page.getByTestId('start').click();
	await page.clock.runFor(5000);
	// Standing up is a get-ready: "I'm ready", then, with Full voice guidance (the default), a
	// lead-in (≤ 30 s) before each of its two steps, the 3-2-1, the walk and the breathing.
	await page.getByTestId('im-ready').click();
	await page.clock.runFor(2 * 30_000 + 273_500);
	await expect(page.getByTestId('finish')).toBeVisible();
}

test('the spasm plan over three days: due, done by hand and by playing, missed, the phase moves on, a flare offers a step back @both', async ({
	page
}) => {
	// Three days of a plan, a routine played and reloads: 20 to 56 s, more on a busy machine.
	test.setTimeout(180_000);
	await page.clock.install({ time: FRIDAY_0730 });
	await startSpasmPlan(page);
	await expect(today(page)).toContainText('Day 1 of 14');
	await expect(page.getByTestId('phase-title')).toHaveText('The first days');
	await expect(page.getByTestId('next')).toHaveText('Walk break at 08:00');
	await checkInPain(page, 5);
	await expectNoAxeViolations(page);

	// 08:00: the walk falls due; a walk done without the app is marked by hand.
	await clockTo(page, FRIDAY_0730 + 31 * 60_000);
	await expect(page.getByTestId('due-banner')).toHaveText('Due now: Walk break');
	await today(page).getByRole('button', { name: 'Mark Walk break (08:00) done' }).click();
	await expect(section(page, 'Done')).toBeVisible();
	await expect(today(page).getByText('Marked done (was due 08:00)')).toBeVisible();
	await expect(page.getByTestId('next')).toHaveText('Cold compress at 09:45');

	// 11:00: the next walk is due, and playing the routine marks it done.
	await clockTo(page, FRIDAY_0730 + 3.5 * HOUR + 30_000);
	await expect(page.getByTestId('due-banner')).toHaveText('Due now: Cold compress, Walk break');
	await playWalk(page, '11:00');
	await page.getByRole('link', { name: 'Back to routines' }).click();
	await expect(today(page)).toBeVisible();
	// The next tick re-reads the history, whenever the session landed in storage.
	await page.clock.runFor(31_000);
	await expect(today(page).getByText(/^Done at 11:0\d$/)).toBeVisible();

	// 13:16: the cold pack was neither done nor skipped: missed.
	await clockTo(page, FRIDAY_0730 + 5 * HOUR + 46 * 60_000);
	await expect(section(page, 'Missed')).toBeVisible();
	await expect(today(page).getByText('Missed (was due 09:45)')).toBeVisible();

	// Sunday, the day the clocks go forward: 08:00 is still 08:00.
	await clockTo(page, Date.UTC(2026, 2, 29, 6, 1)); // 08:01 CEST
	await expect(today(page)).toContainText('Day 3 of 14');
	await expect(today(page).getByText('Due since 08:00')).toBeVisible();
	await checkInPain(page, 4);

	// Monday (day 3 after the start): pain is within the phase's gate of 6 and lower than at the
	// start, so the plan moves on.
	await clockTo(page, Date.UTC(2026, 2, 30, 6, 1));
	await expect(page.getByTestId('phase-title')).toHaveText('Warmth and gentle stretching');
	await expect(page.getByTestId('phase-notice')).toContainText(
		'Day 4 has come and your pain is 4, within the 6 this phase waits for'
	);

	// A flare: pain up from 4 to 7. The plan offers the gentler phase and says why.
	await checkInPain(page, 7);
	const offer = page.getByTestId('step-back-offer');
	await expect(offer).toContainText('Your pain went from 4 to 7 since this phase began.');
	await expectNoAxeViolations(page);
	await offer.getByRole('button', { name: 'Step back to “The first days”' }).click();
	await expect(page.getByTestId('phase-title')).toHaveText('The first days');
	await expect(page.getByTestId('phase-hold')).toContainText(
		'starts once your pain is 6 or lower; it is 7 now'
	);

	// The choice survives a reload.
	await page.reload();
	await page.waitForSelector('html[data-hydrated]');
	await expect(page.getByTestId('phase-title')).toHaveText('The first days');
});

test('"Add to my calendar" downloads a valid .ics with rules, alarms and links back', async ({
	page
}) => {
	await page.clock.install({ time: FRIDAY_0730 });
	await startSpasmPlan(page);
	// Waking hours changed after the start: the list and the calendar file follow.
	const from = today(page)
		.getByRole('group', { name: /Waking hours/ })
		.getByLabel('From');
	await from.fill('09:00');
	await from.dispatchEvent('change');
	await expect(page.getByTestId('next')).toHaveText('Walk break at 09:00');
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		today(page).getByRole('button', { name: 'Add to my calendar (.ics)' }).click()
	]);
	expect(download.suggestedFilename()).toBe('backbeat-back-spasm-two-weeks.ics');
	const text = readFileSync(await download.path(), 'utf8');
	const calendar = new ICAL.Component(ICAL.parse(text) as unknown[]);
	for (const tz of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(tz);
	const events = calendar.getAllSubcomponents('vevent').map((e) => new ICAL.Event(e));
	expect(events.length).toBeGreaterThan(10);
	for (const event of events) {
		expect(event.component.getFirstPropertyValue('rrule')).toBeTruthy();
		expect(event.component.getFirstSubcomponent('valarm')).toBeTruthy();
		expect(String(event.component.getFirstPropertyValue('url'))).toMatch(
			/^http:\/\/127\.0\.0\.1:\d+\/routine\/[a-z-]+$/
		);
	}
	// The first walk: 09:00 Berlin on Friday, then 09:00 CEST (07:00 UTC) on Sunday.
	const walk = events.find((e) => e.summary === 'Walk break' && e.startDate.hour === 9)!;
	const it = walk.iterator();
	const times = [it.next(), it.next(), it.next()].map((t) => t.toJSDate().toISOString());
	expect(times).toEqual([
		'2026-03-27T08:00:00.000Z',
		'2026-03-28T08:00:00.000Z',
		'2026-03-29T07:00:00.000Z'
	]);
	expect(events.some((e) => e.summary === 'Walk break' && e.startDate.hour === 8)).toBe(false);
});

test('the plan works offline once the app has been opened', async ({ page, context }) => {
	await page.clock.install({ time: FRIDAY_0730 });
	await open(page, '/');
	await underServiceWorker(page);

	await context.setOffline(true);
	await startSpasmPlan(page);
	await page.reload();
	await page.waitForSelector('html[data-hydrated]');
	await expect(page.getByTestId('phase-title')).toHaveText('The first days');
	await clockTo(page, FRIDAY_0730 + 31 * 60_000);
	await expect(page.getByTestId('due-banner')).toHaveText('Due now: Walk break');
	await today(page).getByRole('button', { name: 'Skip Walk break (08:00)' }).click();
	await expect(today(page).getByText('Skipped (was due 08:00)')).toBeVisible();
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		today(page).getByRole('button', { name: 'Add to my calendar (.ics)' }).click()
	]);
	expect(readFileSync(await download.path(), 'utf8')).toContain('BEGIN:VCALENDAR');

	// The lesson of the day (issue 24): day 1 explains why backs hurt, and opens offline.
	await expect(today(page).getByTestId('today-lesson')).toHaveText(
		'Today’s lesson: Why backs hurt'
	);
	await today(page).getByRole('link', { name: 'Why backs hurt' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Why backs hurt');
});

test('a plan can start later, from a date and time, with other waking hours', async ({ page }) => {
	await page.clock.install({ time: FRIDAY_0730 });
	await open(page, '/plans/desk-day-prevention');
	await page.getByLabel('From a date and time').check();
	await page.getByLabel('Start at').fill('2026-03-30T09:00');
	await page.getByLabel('From', { exact: true }).fill('08:30');
	await page.getByRole('button', { name: 'Start “Desk-day prevention”' }).click();
	await expect(today(page)).toBeVisible();
	await expect(page.getByTestId('next')).toContainText(
		'The plan starts Monday, 30 March 2026 at 09:00.'
	);
	// Monday 10:31 (CEST): the desk break due at 10:30 is due, the 08:30 one was before the start.
	await clockTo(page, Date.UTC(2026, 2, 30, 8, 31));
	await expect(page.getByTestId('due-banner')).toHaveText('Due now: Desk break');
	await expect(today(page).getByText('Due since 10:30')).toBeVisible();
	await expect(section(page, 'Missed')).toBeHidden();
});

test('what is due shows on every page while a plan is active, not only in Today', async ({
	page
}) => {
	await page.clock.install({ time: FRIDAY_0730 });
	await startSpasmPlan(page);
	await open(page, '/history');
	const due = page.getByTestId('plan-due');
	await expect(due).toBeAttached();
	await expect(due).toHaveText('');

	// 08:01: the walk falls due while the person is on another page.
	await clockTo(page, FRIDAY_0730 + 31 * 60_000);
	await expect(due).toHaveText('Due now: Walk break. Open today’s plan');
	await due.getByRole('link', { name: 'Open today’s plan' }).click();
	await expect(today(page)).toBeVisible();
	await expect(page.getByTestId('plan-due')).toHaveCount(0);
	await expect(page.getByTestId('due-banner')).toHaveText('Due now: Walk break');
	await expectNoAxeViolations(page);
});
