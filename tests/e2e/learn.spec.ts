import { expect, test, type Page } from './fixtures';
import { expectNoAxeViolations, open, underServiceWorker } from './helpers';
import { failOnPageErrors } from './mine-helpers';
import { endSentence, fakeSpeech, said, speechCancels } from './fake-speech';

const ALEX = { voiceURI: 'urn:alex', name: 'Alex', lang: 'en-US', localService: true };
const texts = async (page: Page) => (await said(page)).map((s) => s.text);

test('Learn is one tap from the header, works offline and leads on to routines and help @both', async ({
	page
}) => {
	const noErrors = failOnPageErrors(page);
	await open(page, '/');
	await underServiceWorker(page);
	await page.context().setOffline(true);

	await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Learn' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Learn');
	await expect(page.getByRole('heading', { name: 'In the first days' })).toBeVisible();
	await expectNoAxeViolations(page);

	await page.getByRole('link', { name: 'Getting out of bed and up from the floor' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		'Getting out of bed and up from the floor'
	);
	await expect(page.getByText('Out of bed: the log roll')).toBeVisible();
	await expect(page.getByRole('button', { name: 'Read it to me' })).toBeVisible();
	await expectNoAxeViolations(page);
	await page.getByRole('link', { name: 'Routine: Rest positions for a spasm' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Rest positions for a spasm');

	// A lesson opened straight from its address, offline, and its link to the warning signs.
	await open(page, '/learn/pain-down-one-leg');
	await expect(page.getByText('Pain, tingling or numbness in both legs.')).toBeVisible();
	await page.getByRole('link', { name: 'The warning signs: when to get help' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('When to stop and get care');
	noErrors();
});

test('"Read it to me" reads the lesson in order, one sentence at a time, and stops when asked', async ({
	page
}) => {
	const noErrors = failOnPageErrors(page);
	// The voice ends a sentence only when the test says.
	await fakeSpeech(page, { voices: [ALEX], endAfterMs: null });
	await open(page, '/learn/pacing');
	await page.getByRole('button', { name: 'Read it to me' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Reading aloud' })).toBeVisible();
	// The title, the summary, then the first paragraph, in order: each sentence is handed to the
	// voice only when the one before has ended (the speaker says a text a sentence at a time).
	const spoken = [
		'Pacing:',
		'the 2-point rule',
		'How much pain is fine while you exercise, and what to do when it rises.',
		'Pacing means doing a steady amount of activity every day, building up slowly, instead of doing a lot on a good day and paying for it on the next.'
	];
	for (let n = 1; n <= spoken.length; n++) {
		await expect.poll(() => texts(page)).toEqual(spoken.slice(0, n));
		if (n < spoken.length) await endSentence(page);
	}

	// Stop cuts the voice at once, and nothing more is said.
	const cancels = await speechCancels(page);
	await page.getByRole('button', { name: 'Stop reading' }).click();
	await expect(page.getByRole('button', { name: 'Read it to me' })).toBeVisible();
	expect(await speechCancels(page)).toBeGreaterThan(cancels);
	await endSentence(page);
	expect(await texts(page)).toEqual(spoken);
	noErrors();
});
