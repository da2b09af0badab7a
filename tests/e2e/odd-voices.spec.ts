import { expect, test, type Page } from './fixtures';
import { open, openPlayer, storedSettings } from './helpers';
import { failOnPageErrors } from './mine-helpers';
import { fakeSpeech, said } from './fake-speech';

/**
 * Speech as WebKitGTK offers it (issue 22): voices whose voiceURI is empty, names repeated.
 * What was said, and with which voice (its index in the list), is in `said(page)`.
 */
const fakeWebKitSpeech = (page: Page) =>
	fakeSpeech(page, {
		voices: [
			{ voiceURI: '', name: 'English (America)', lang: 'en-US', localService: true },
			{ voiceURI: '', name: 'Tessa', lang: 'en-US', localService: true },
			{ voiceURI: '', name: 'Tessa', lang: 'en-GB', localService: true },
			{ voiceURI: '', name: 'Tessa', lang: 'en-GB', localService: true },
			{ voiceURI: '', name: 'Fred', lang: 'en-US', localService: true },
			{ voiceURI: 'urn:alex', name: 'Alex', lang: 'en-US', localService: true, default: true }
		]
	});

test('Settings lists voices with empty or repeated voiceURIs, keeps the pick, and speech uses it', async ({
	page
}) => {
	const noErrors = failOnPageErrors(page);
	await fakeWebKitSpeech(page);
	await open(page, '/settings');

	const picker = page.getByRole('combobox', { name: 'Voice', exact: true });
	await expect(picker.locator('option')).toHaveText([
		'Automatic (best voice on this device)',
		// On-device voices in the page's language (en-US) first, then by name.
		'Alex (en-US)',
		'English (America) (en-US)',
		'Fred (en-US)',
		'Tessa (en-US)',
		'Tessa (en-GB)',
		'Tessa (en-GB) 2'
	]);

	// The second of two voices with the same name, language and (empty) voiceURI.
	await picker.selectOption({ label: 'Tessa (en-GB) 2' });
	await expect.poll(async () => (await storedSettings(page))?.voiceURI).toBe('Tessa|en-GB|2');

	await page.reload();
	await page.waitForSelector('html[data-hydrated]');
	await expect(picker.locator('option:checked')).toHaveText('Tessa (en-GB) 2');

	// The player speaks with that very voice object (index 3), not its twin or the default.
	await openPlayer(page, 'pelvic-tilts');
	await page.getByTestId('start').click();
	await expect.poll(async () => (await said(page)).length).toBeGreaterThan(0);
	const spoken = await said(page);
	expect(spoken.map((s) => [s.voice, s.lang])).toEqual(spoken.map(() => [3, 'en-GB']));
	noErrors();
});

test('a voice list that throws leaves Settings usable, with the automatic choice', async ({
	page
}) => {
	const noErrors = failOnPageErrors(page);
	await page.addInitScript(() => {
		Object.defineProperty(speechSynthesis, 'getVoices', {
			value: () => {
				throw new Error('voice engine gone');
			}
		});
	});
	await open(page, '/settings');
	await expect(page.getByTestId('no-voice')).toBeVisible();
	await page.getByRole('checkbox', { name: 'Count reps aloud' }).uncheck();
	await expect.poll(async () => (await storedSettings(page))?.spokenCounts).toBe(false);
	noErrors();
});
