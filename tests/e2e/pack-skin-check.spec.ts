import { expect, test, type Page } from './fixtures';
import {
	cueLog,
	openPlayer,
	pauseClock,
	prepareWithClock,
	useVoiceGuidance,
	type CueLogEntry
} from './helpers';

// The cold compress routine's pack step (routines/cold-compress.json): its cue at the start,
// then its own reminder every 3 minutes.
const COLD_ON = 'Cold on. Do not fall asleep with the pack on.';
const SKIN_CHECK =
	'Check your skin: if it is very red, white, blotchy, blistered or numb, take the pack off.';

const kind = (page: Page) => page.getByTestId('segment-kind');
const spoken = async (page: Page, text: string): Promise<CueLogEntry[]> =>
	(await cueLog(page)).filter((e) => e.kind === 'speech' && e.what === text);

/** Runs the page clock a minute at a time (the player ticks every 100 ms on the way). */
async function runMinutes(page: Page, ms: number): Promise<void> {
	for (let left = ms; left > 0; left -= 60_000) await page.clock.runFor(Math.min(60_000, left));
}

for (const guidance of ['Short', 'Full'] as const) {
	test(`the cold pack says a skin check 3 minutes into the pack step, not before (${guidance} guidance)`, async ({
		page
	}) => {
		// Twelve minutes of page time played through, a minute at a time.
		test.setTimeout(180_000);
		await prepareWithClock(page);
		// Full is the app's default (picking it again stores nothing to wait for).
		if (guidance === 'Short') await useVoiceGuidance(page, 'Short');
		await openPlayer(page, 'cold-compress');
		// Time moves only when the test says, so "not yet at 2:59" is exact.
		await pauseClock(page);
		await page.getByTestId('start').click();

		// Wrap the pack (a tap), get comfortable ("I'm ready"), then the 3-2-1 into the pack.
		await page.getByTestId('done').click();
		await expect(page.getByTestId('step-name')).toHaveText('Get comfortable');
		await page.getByTestId('im-ready').click();
		for (let s = 0; s < 40 && (await kind(page).textContent()) !== 'Go'; s++) {
			await page.clock.runFor(1000);
		}
		await expect(kind(page)).toHaveText('Go');
		await expect(page.getByTestId('step-name')).toHaveText('Cold on the sore spot');

		// The pack step's own cue marks its start (its words are checked at the end).
		const opening = async () =>
			(await cueLog(page)).find((e) => e.kind === 'speech' && e.what.startsWith('Cold on.'));
		await expect.poll(async () => (await opening()) !== undefined).toBe(true);
		const start = await opening();
		const startedAt = start?.due ?? start?.at ?? 0;

		// Not a moment early: nothing at 2 minutes 58 into the pack.
		const now = await page.evaluate(() => performance.now());
		await runMinutes(page, startedAt + 178_000 - now);
		expect(await spoken(page, SKIN_CHECK)).toEqual([]);

		// At 3 minutes: said aloud, and read out to screen readers with the time.
		await page.clock.runFor(3000);
		await expect.poll(async () => (await spoken(page, SKIN_CHECK)).length).toBe(1);
		const [first] = await spoken(page, SKIN_CHECK);
		expect(Math.round((first?.due ?? 0) - startedAt)).toBe(180_000);
		await expect(page.getByTestId('announcer')).toHaveText(`3 min in: ${SKIN_CHECK}`);

		// Again at 6 and 9 minutes, with no "Halfway" at 6 (the reminders mark the time).
		await runMinutes(page, 540_000 - 181_000 + 2000);
		const all = await spoken(page, SKIN_CHECK);
		expect(all.map((e) => Math.round((e.due ?? 0) - startedAt))).toEqual([
			180_000, 360_000, 540_000
		]);
		const words = (await cueLog(page)).filter((e) => e.kind === 'speech').map((e) => e.what);
		expect(words).not.toContain('Halfway');
		await expect(page.getByTestId('announcer')).toHaveText(`9 min in: ${SKIN_CHECK}`);

		// Said once, as the pack went on: do not fall asleep with it.
		expect(start?.what).toBe(COLD_ON);
		expect(await spoken(page, COLD_ON)).toHaveLength(1);
	});
}
