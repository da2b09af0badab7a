import { expect, test, type Page } from './fixtures';
import { expectNoAxeViolations, open, underServiceWorker } from './helpers';
import { failOnPageErrors } from './mine-helpers';

/**
 * The Web Speech API faked (a real utterance cannot be heard or timed here): what was handed to
 * the voice lands in `__said`, and a sentence ends only when the test calls `__endSpeech()`,
 * so the test decides when the voice is done.
 */
async function fakeSpeech(page: Page): Promise<void> {
	await page.addInitScript(() => {
		type Utterance = { text: string; onstart?: () => void; onend?: () => void };
		const voices = [
			{ voiceURI: 'urn:alex', name: 'Alex', lang: 'en-US', localService: true, default: true }
		];
		const said: string[] = [];
		let queue: Utterance[] = [];
		let cancels = 0;
		class FakeUtterance {
			lang = '';
			voice: unknown = null;
			rate = 1;
			volume = 1;
			onstart = null;
			onend = null;
			onerror = null;
			constructor(public text = '') {}
		}
		const synth = Object.assign(new EventTarget(), {
			paused: false,
			speaking: false,
			pending: false,
			getVoices: () => voices,
			speak(u: Utterance) {
				// The silent '.' that unlocks speech inside a tap ends at once.
				if (u.text === '.') return void setTimeout(() => u.onend?.(), 0);
				said.push(u.text);
				queue.push(u);
				setTimeout(() => u.onstart?.(), 0);
			},
			cancel() {
				cancels++;
				queue = [];
			},
			resume() {},
			pause() {}
		});
		Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
		Object.defineProperty(window, 'SpeechSynthesisUtterance', {
			value: FakeUtterance,
			configurable: true
		});
		Object.assign(window, {
			__said: said,
			__cancels: () => cancels,
			__endSpeech: () => queue.shift()?.onend?.()
		});
	});
}

type SpeechWindow = { __said: string[]; __cancels: () => number; __endSpeech: () => void };
const said = (page: Page) =>
	page.evaluate(() => (window as unknown as SpeechWindow).__said.slice());
const endSentence = (page: Page) =>
	page.evaluate(() => (window as unknown as SpeechWindow).__endSpeech());

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
	await fakeSpeech(page);
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
		await expect.poll(() => said(page)).toEqual(spoken.slice(0, n));
		if (n < spoken.length) await endSentence(page);
	}

	// Stop cuts the voice at once, and nothing more is said.
	const cancels = await page.evaluate(() => (window as unknown as SpeechWindow).__cancels());
	await page.getByRole('button', { name: 'Stop reading' }).click();
	await expect(page.getByRole('button', { name: 'Read it to me' })).toBeVisible();
	expect(
		await page.evaluate(() => (window as unknown as SpeechWindow).__cancels())
	).toBeGreaterThan(cancels);
	await endSentence(page);
	expect(await said(page)).toEqual(spoken);
	noErrors();
});
