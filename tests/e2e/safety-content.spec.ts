/**
 * Safety and content (issue 11): stages and the spasm filter, the "meant for later" line, the
 * rising-pain card, the red-flag tiers on /safety and the About page, offline too.
 */
import { expect, test, type Page } from './fixtures';
import { expectNoAxeViolations, open, routineFiles } from './helpers';

const files = routineFiles() as (ReturnType<typeof routineFiles>[number] & { stage: string })[];
const firstDays = files.filter((r) => r.stage === 'spasm');

let pageErrors: string[] = [];
test.beforeEach(({ page }) => {
	pageErrors = [];
	page.on('pageerror', (error) => pageErrors.push(error.message));
});
test.afterEach(() => {
	expect(pageErrors).toEqual([]);
});

/** Opens the player, accepts the first-run safety screen and answers the pain question. */
async function readyWithPain(page: Page, id: string, before: number): Promise<void> {
	await open(page, `/play/${id}`);
	await page.getByRole('button', { name: /None of these apply/ }).click();
	await page
		.getByTestId('ready')
		.getByRole('button', { name: `${before} out of 10` })
		.click();
}

/** Starts, ends the session at once and gives the pain score after it. */
async function startEndAndRate(page: Page, after: number): Promise<void> {
	await page.getByTestId('start').click();
	await expect(page.getByTestId('player')).toBeVisible();
	await page.keyboard.press('Escape');
	await page
		.getByRole('dialog', { name: 'End this session?' })
		.getByRole('button', { name: 'End session' })
		.click();
	await expect(page.getByTestId('finish')).toBeVisible();
	await page.getByRole('button', { name: `${after} out of 10` }).click();
	await expect(page.getByText(`Pain after: ${after} of 10`)).toBeVisible();
}

test('"I\'m in a spasm now" shows only first-days routines, each card showing its stage @both', async ({
	page
}) => {
	expect(firstDays.length).toBeGreaterThanOrEqual(5);
	expect(firstDays.length).toBeLessThan(files.length);
	await open(page, '/');
	const cards = page.getByRole('main').getByRole('article');
	await expect(cards).toHaveCount(files.length);
	await expect(cards.getByTestId('stage').filter({ hasText: 'Recovering' })).toHaveCount(
		files.filter((r) => r.stage === 'recovering').length
	);

	const stage = page.getByRole('radiogroup', { name: 'Stage' });
	const spasm = stage.getByRole('radio', { name: "I'm in a spasm now" });
	await spasm.click();
	await expect(spasm).toBeChecked();
	await expect(cards).toHaveCount(firstDays.length);
	await expect(cards.getByTestId('stage')).toHaveText(
		firstDays.map(() => 'Stage: First days of a spasm')
	);
	for (const r of firstDays) {
		await expect(page.getByRole('link', { name: r.title, exact: true })).toBeVisible();
	}
	await expect(page.getByRole('main').getByRole('status')).toHaveText(
		`Showing ${firstDays.length} of ${files.length} routines`
	);
	await expect(page.getByRole('main')).toContainText('Nothing strenuous while the pain is high');

	await stage.getByRole('radio', { name: 'All' }).click();
	await expect(cards).toHaveCount(files.length);

	// The notice's link opens the library with the filter on.
	await open(page, '/?stage=spasm');
	await expect(page.getByRole('radio', { name: "I'm in a spasm now" })).toBeChecked();
	await expect(cards).toHaveCount(firstDays.length);

	// And leads to the lessons for the first days (issue 24).
	await page.getByRole('link', { name: 'Short lessons for the first days' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Learn');
	await expect(page.getByRole('heading', { name: 'In the first days' })).toBeInViewport();
});

test('a routine page shows its stage and its hands-and-knees position', async ({ page }) => {
	await open(page, '/routine/cat-cow');
	await expect(page.getByTestId('stage')).toHaveText('Recovering');
	await expect(page.getByText('Hands and knees', { exact: true })).toBeVisible();
});

test('a routine page ends its safety notes with the shared red-flag line and shows its cautions', async ({
	page
}) => {
	await open(page, '/routine/figure-four-stretch');
	const notes = page.getByRole('region', { name: 'Safety' }).getByRole('listitem');
	await expect(notes.last()).toHaveText(
		/^Stop and get emergency help for numbness between your legs/
	);
	// Once: the file carries no copy of its own.
	await expect(notes.filter({ hasText: 'Stop and get emergency help' })).toHaveCount(1);
	const cautions = page.getByTestId('cautions');
	await expect(cautions.getByRole('heading', { name: 'Take care if…' })).toBeVisible();
	await expect(cautions).toContainText('Hip replacement:');
	await expect(cautions).toContainText('crossing your legs');
	// A routine with no cautions shows none.
	await open(page, '/routine/walk-break');
	await expect(page.getByTestId('cautions')).toHaveCount(0);
});

test('a high pain score brings the "meant for later" line before a later-stage routine, and going ahead still works', async ({
	page
}) => {
	// Before any score: no line.
	await open(page, '/routine/bridges');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bridges');
	await expect(page.getByTestId('later-stage')).toHaveCount(0);

	// A score of 8 just given, before a "recovering" routine.
	await readyWithPain(page, 'bridges', 8);
	const notice = page.getByTestId('later-stage');
	await expect(notice).toHaveText(/This routine is meant for later/);
	await expect(notice).toContainText('your last pain score was 8 of 10');
	await expect(notice.getByRole('link', { name: 'Routines for the first days' })).toHaveAttribute(
		'href',
		'/?stage=spasm'
	);
	// Going ahead is one tap: Start is still there.
	await startEndAndRate(page, 8);

	// The stored score (8, just now) still counts on other later-stage routines, not on first-days ones.
	await open(page, '/routine/cat-cow');
	await expect(page.getByTestId('later-stage')).toContainText('meant for later');
	await open(page, '/routine/rest-positions');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Rest positions for a spasm');
	await expect(page.getByTestId('later-stage')).toHaveCount(0);
});

test('a low pain score before a later-stage routine brings no line', async ({ page }) => {
	await readyWithPain(page, 'bird-dog', 3);
	await expect(page.getByTestId('start')).toBeVisible();
	await expect(page.getByTestId('later-stage')).toHaveCount(0);
});

test('pain 2 or more above the score before brings the calm "take it easier" card @both', async ({
	page
}) => {
	await readyWithPain(page, 'pelvic-tilts', 3);
	await startEndAndRate(page, 5);
	const card = page.getByTestId('rising-pain');
	await expect(card.getByRole('heading', { name: 'Take it easier next time' })).toBeVisible();
	await expect(card).toContainText('Your pain went from 3 to 5 out of 10');
	// Do less next time, not nothing: never "rest instead".
	await expect(card).toContainText('not stopping all movement');
	await expect(card).toContainText('a few minutes of easy walking');
	await expect(card).not.toContainText(/rest rather|rest instead/i);
	await expect(card.getByRole('link', { name: 'When to get help' })).toHaveAttribute(
		'href',
		'/safety'
	);
	// Something easier for today: no "Do it again".
	await expect(page.getByRole('button', { name: 'Do it again' })).toHaveCount(0);
	await expect(card.getByRole('link', { name: 'Rest positions for a spasm' })).toHaveAttribute(
		'href',
		'/routine/rest-positions'
	);
	// The pacing lesson says how much is too much (issue 24).
	await card.getByRole('link', { name: 'How much is too much? (a short lesson)' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Pacing: the 2-point rule');
});

test('a fall from 9 to 7 after Walk break is met with encouragement, not a card @both', async ({
	page
}) => {
	await readyWithPain(page, 'walk-break', 9);
	await startEndAndRate(page, 7);
	await expect(page.getByTestId('rising-pain')).toHaveCount(0);
	await expect(page.getByTestId('pain-note')).toHaveText(
		'Your pain went down from 9 to 7. Well done: gentle movement is helping.'
	);
	await expect(page.getByRole('button', { name: 'Do it again' })).toBeVisible();
});

test('a rise after Walk break says walk shorter and slower, never rest instead of walking', async ({
	page
}) => {
	await readyWithPain(page, 'walk-break', 4);
	await startEndAndRate(page, 6);
	const card = page.getByTestId('rising-pain');
	await expect(card).toContainText('Keep walking, but shorter and slower');
	await expect(card).not.toContainText(/rest position|rest rather|rest instead/i);
	await expect(card.getByRole('link', { name: 'Rest positions for a spasm' })).toHaveCount(0);
});

test('a smaller rise brings no card, and "Do it again" stays', async ({ page }) => {
	await readyWithPain(page, 'pelvic-tilts', 3);
	await startEndAndRate(page, 4);
	await expect(page.getByTestId('rising-pain')).toHaveCount(0);
	await expect(page.getByRole('button', { name: 'Do it again' })).toBeVisible();
});

test('the "It hurts" dialog links to the warning signs', async ({ page }) => {
	await readyWithPain(page, 'pelvic-tilts', 2);
	await page.getByTestId('start').click();
	await page.getByRole('button', { name: /It hurts/ }).click();
	const dialog = page.getByRole('dialog', { name: 'Paused. Sorry it hurts.' });
	// Every score fits inside the dialog on a phone (none cut off at the right edge).
	const inside = (await dialog.boundingBox())!;
	for (const n of [0, 5, 10]) {
		const box = (await dialog
			.getByRole('button', { name: `${n} out of 10`, exact: true })
			.boundingBox())!;
		expect(box.x + box.width, `score ${n}`).toBeLessThanOrEqual(inside.x + inside.width);
	}
	await dialog.getByRole('link', { name: 'Warning signs: when to get help' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('When to stop and get care');
});

test('"It hurts" a second time on one day suggests something easier, calmly', async ({ page }) => {
	await readyWithPain(page, 'pelvic-tilts', 2);
	await page.getByTestId('start').click();
	const dialog = page.getByRole('dialog', { name: 'Paused. Sorry it hurts.' });
	await page.getByRole('button', { name: /It hurts/ }).click();
	await expect(dialog).toBeVisible();
	await expect(dialog.getByTestId('hurts-again')).toHaveCount(0);
	await dialog.getByRole('button', { name: '4 out of 10' }).click();
	await dialog.getByRole('button', { name: 'Keep going' }).click();
	await expect(dialog).toBeHidden();

	await page.getByRole('button', { name: /It hurts/ }).click();
	const again = dialog.getByTestId('hurts-again');
	await expect(again).toContainText('second time today');
	await expect(again).toContainText('stopping here for today');
	await expect(again).not.toContainText(/emergency|urgent/i);
	await expect(again.getByRole('link', { name: 'Rest positions' })).toHaveAttribute(
		'href',
		'/routine/rest-positions'
	);
});

test('/safety sorts the red flags into three tiers: emergency now, a doctor soon, an appointment @both', async ({
	page
}) => {
	await open(page, '/history');
	// One tap from the header on any page.
	await page
		.getByRole('navigation', { name: 'Main' })
		.getByRole('link', { name: 'Safety' })
		.click();
	await expect(page).toHaveURL(/\/safety$/);
	await expect(page.getByText('Backbeat is for adults (16 and over).')).toBeVisible();

	const now = page.getByRole('region', { name: 'Get emergency help now' });
	const soon = page.getByRole('region', { name: 'See a doctor soon' });
	const later = page.getByRole('region', { name: 'Not urgent: book an appointment' });
	await expect(now.getByRole('heading', { level: 3 })).toBeVisible();
	for (const sign of [
		'"saddle" area',
		'cannot pass urine',
		'both legs',
		'Chest pain',
		'a fall from a height',
		'drags or slaps',
		'sexual function',
		'tearing pain'
	]) {
		await expect(now).toContainText(sign);
	}
	await expect(now.getByRole('listitem')).toHaveCount(9);
	for (const sign of [
		'fever',
		'lost weight without trying',
		'had cancer',
		'at night',
		'minor fall',
		'immune system',
		'side or belly',
		'under 20 or over 50'
	]) {
		await expect(soon).toContainText(sign);
	}
	await expect(later).toContainText('GP or a physiotherapist');
	await expect(later).toContainText('not improved after about 4 to 6 weeks');
	await expect(later).toContainText('keeps coming back');
	// Nothing is in two tiers.
	await expect(soon).not.toContainText('Chest pain');
	await expect(soon).not.toContainText('weeks');
	await expect(now).not.toContainText('fever');

	const conditions = page.getByRole('region', {
		name: 'If you are pregnant, have thin bones or a hip replacement'
	});
	await expect(conditions).toContainText('After about 20 weeks');
	await expect(conditions).toContainText('osteoporosis');
	await expect(conditions).toContainText('crossing your legs');

	const coldHeat = page.getByRole('region', { name: 'Cold and heat, safely' });
	await expect(coldHeat).toContainText('Never lie or sit on the pack');
	await expect(coldHeat).toContainText('electric heating pad');
	await expect(coldHeat).toContainText('diabetes');
	await expect(coldHeat).toContainText('cold urticaria');

	await page.getByRole('link', { name: /About Backbeat/ }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('About Backbeat');
});

test('the Safety link is in the main navigation on every page', async ({ page }) => {
	for (const path of ['/', '/routine/pelvic-tilts', '/settings', '/history', '/about', '/safety']) {
		await open(page, path);
		await expect(
			page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Safety' })
		).toHaveAttribute('href', '/safety');
	}
});

test('the About page opens from Settings and works offline', async ({ page, context }) => {
	await open(page, '/settings');
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
	});
	await page.reload();
	await page.waitForSelector('html[data-hydrated]');
	await page.waitForFunction(() => navigator.serviceWorker.controller?.state === 'activated');

	await context.setOffline(true);
	// Client-side navigation from Settings, then a cold load of the page itself.
	await page.getByRole('link', { name: 'About Backbeat' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('About Backbeat');
	await page.reload();
	await page.waitForSelector('html[data-hydrated]');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('About Backbeat');
	await expect(page.getByText('not medical advice')).toBeVisible();
	await expect(page.getByText(/NICE guideline NG59/)).toBeVisible();
	await expect(page.getByTestId('app-version')).toHaveText(/^\d+\.\d+\.\d+$/);
	await expect(page.getByText(/stored only in this browser on this device/)).toBeVisible();
	await expect(
		page.getByText('Backbeat is for adults (16 and over).', { exact: false })
	).toBeVisible();
	await expect(page.getByRole('link', { name: 'When to stop and get care' })).toBeVisible();
});

for (const colorScheme of ['light', 'dark'] as const) {
	test(`axe finds nothing on the About page and the spasm filter (${colorScheme})`, async ({
		page
	}) => {
		await page.emulateMedia({ colorScheme });
		await open(page, '/about');
		await expectNoAxeViolations(page);
		await open(page, '/?stage=spasm');
		await expect(page.getByRole('radio', { name: "I'm in a spasm now" })).toBeChecked();
		await expectNoAxeViolations(page);
	});
}
