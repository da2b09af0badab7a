import { expect, test, type Page } from './fixtures';
import {
	expectNoAxeViolations,
	open,
	openPlayer,
	prepareWithClock,
	useVoiceGuidance
} from './helpers';

const countdown = (page: Page) => page.getByTestId('countdown');

/** Fails the test on any uncaught error in the page. */
function watchErrors(page: Page, errors: string[]): void {
	page.on('pageerror', (error) => errors.push(`${page.url()}: ${error.message}`));
}

test('a routine has one owner across tabs: the second tab takes over, the first stops, history records it once', async ({
	page,
	context
}) => {
	const errors: string[] = [];
	watchErrors(page, errors);
	await prepareWithClock(page);
	// Timing as in Short guidance: no lead-in before the steps (Full: voice-guidance.spec.ts).
	await useVoiceGuidance(page, 'Short');
	// Time moves only when the test says: two tabs and their hand-over take real time.
	await page.clock.pauseAt(Date.now() + 60_000);
	await openPlayer(page, 'pelvic-tilts');
	await page.getByTestId('start').click();
	await page.getByTestId('im-ready').click();
	await page.clock.runFor(3000 + 4000);
	await expect(countdown(page)).toHaveText('6');

	// Tab 2 opens the routine that tab 1 is playing: no resume offer, no second copy.
	const second = await context.newPage();
	watchErrors(second, errors);
	await open(second, '/play/pelvic-tilts');
	const offer = second.getByTestId('playing-elsewhere');
	await expect(offer).toBeVisible();
	await expect(offer).toContainText('playing in another tab');
	await expect(second.getByTestId('resume-offer')).toHaveCount(0);
	await expect(second.getByTestId('start')).toHaveCount(0);

	// Taking over: tab 1 stops and says so; tab 2 goes on from where tab 1 was.
	await second.getByRole('button', { name: 'Play here instead' }).click();
	const stopped = page.getByTestId('playing-elsewhere');
	await expect(stopped).toHaveAttribute('data-phase', 'taken');
	await expect(stopped).toContainText('moved to another tab');
	await expect(page.getByTestId('player')).toHaveCount(0);
	await expect(second.getByTestId('count-in')).toBeVisible();
	// Exactly where tab 1 was.
	await expect(second.getByTestId('segment-kind')).toHaveText('Hold');
	await expect(second.getByTestId('counts')).toHaveText('Rep 1 of 10');
	await expect(countdown(second)).toHaveText('6');

	// Tab 2 plays to the end: its 3 s count-in, then what is left of the 10 × 15 s reps (tab 1
	// had played 4 s of the first; "I'm ready" had ended the 30 s get-ready), and a second.
	await page.clock.runFor(3000 + 146_000 + 1000);
	await expect(second.getByTestId('finish')).toBeVisible();
	await expect(page.getByTestId('finish')).toHaveCount(0);

	await open(second, '/history');
	await second.waitForSelector('[data-ready]');
	await expect(second.getByTestId('total-sessions')).toHaveText('1');
	expect(errors).toEqual([]);
});

test('a tab that was told the routine plays elsewhere can start once the other tab has finished', async ({
	page,
	context
}) => {
	await prepareWithClock(page);
	await openPlayer(page, 'walk-break');
	await page.getByTestId('start').click();

	const second = await context.newPage();
	await open(second, '/play/pelvic-tilts');
	await expect(second.getByTestId('playing-elsewhere')).toBeVisible();
	await expectNoAxeViolations(second);

	// Tab 1 ends its session: tab 2 is told the session is free and offers a start.
	await page.keyboard.press('Escape');
	await page
		.getByRole('dialog', { name: 'End this session?' })
		.getByRole('button', { name: 'End session' })
		.click();
	await expect(page.getByRole('heading', { name: 'Session ended' })).toBeVisible();
	await expect(second.getByTestId('ready')).toBeVisible();
	await expect(second.getByTestId('playing-elsewhere')).toHaveCount(0);
});
