import type { Browser } from '@playwright/test';
import { collectPageErrors, expect, test, type Page } from './fixtures';
import { openPlayer, prepareWithClock, routineFiles } from './helpers';

// Every step of every built-in routine must show its phase, countdown, rep line and every
// control without scrolling, on the smallest phone sizes we support and on a tablet, under the
// "Not saving" banner (the least room the player ever has), and on a phone without it. Without
// the banner on the two other sizes it took two more minutes of CI and never found what the
// banner's check did not (issue 22).
const SIZES = [
	{ name: 'phone portrait', width: 360, height: 640 },
	{ name: 'phone landscape', width: 640, height: 360 },
	{ name: 'tablet', width: 1024, height: 768 }
];

interface Check {
	/** "Step 2 of 6 "Knee to chest" (Hold)", or null on the finish screen. */
	here: string | null;
	/** What does not fit, as "what: where" strings; empty when everything does. */
	problems: string[];
	/** The countdown's seconds, 0 on an untimed step. */
	seconds: number;
}

/** Where the player is and what of it is off the screen, in one round trip. */
function check(page: Page): Promise<Check> {
	return page.evaluate((): Check => {
		const { clientWidth: width, clientHeight: height, scrollHeight } = document.documentElement;
		const player = document.querySelector('[data-testid="player"]');
		if (!player) return { here: null, problems: [], seconds: 0 };
		const pick = (id: string) => player.querySelector(`[data-testid="${id}"]`);
		const countdown = pick('countdown');
		const wanted: [string, Element | null][] = [
			['phase', pick('segment-kind')],
			['step name', pick('step-name')],
			['step number', pick('step-of')],
			['rep line', pick('counts')],
			['countdown or Done', countdown ?? pick('done')]
		];
		const buttons = [...player.querySelectorAll('nav button')];
		for (const button of buttons) wanted.push([`"${button.textContent?.trim()}"`, button]);
		const problems: string[] = [];
		for (const [what, el] of wanted) {
			if (!el) continue;
			const r = el.getBoundingClientRect();
			if (r.width === 0 || r.height === 0) problems.push(`${what}: not shown`);
			else if (r.top < -0.5 || r.left < -0.5 || r.bottom > height + 0.5 || r.right > width + 0.5)
				problems.push(`${what}: at ${Math.round(r.top)}–${Math.round(r.bottom)} px`);
		}
		const labels = buttons.map((b) => b.textContent?.trim());
		for (const label of ['Back', 'It hurts', 'End']) {
			if (!labels.includes(label)) problems.push(`"${label}": missing`);
		}
		// A get-ready has "I'm ready" and "+15 s" where other steps have Skip; a lead-in (Full
		// voice guidance: "Next") has "I'm ready" alone.
		if (!labels.some((l) => l === 'Skip' || l === "I'm ready")) problems.push('no Skip');
		const leadIn = pick('segment-kind')?.textContent?.trim() === 'Next';
		if (labels.includes("I'm ready") && !leadIn && !labels.includes('+15 s'))
			problems.push('no +15 s');
		if (!labels.some((l) => l === 'Pause' || l === 'Resume' || l === 'Done'))
			problems.push('no Pause or Done');
		// The header keeps "Step 2 of 6" on one line.
		const stepOf = pick('step-of');
		if (stepOf && stepOf.getClientRects().length > 1) problems.push('"Step n of m" wraps');
		if (scrollHeight > height)
			problems.push(`the page scrolls: ${scrollHeight} px on ${height} px`);
		const text = (id: string) => pick(id)?.textContent?.trim() ?? '';
		return {
			here: `${text('step-of')} "${text('step-name')}" (${text('segment-kind')})`,
			problems,
			seconds: Number(countdown?.textContent?.trim().replace(/:.*/, '') ?? 0) || 0
		};
	});
}

/**
 * Plays each routine through: every step, and in each step its second phase too (relax after
 * hold, the other side), checking that everything fits. Skip moves on; the clock jumps.
 */
async function checkEveryStep(
	browser: Browser,
	size: (typeof SIZES)[number],
	banner: boolean,
	routines: ReturnType<typeof routineFiles>
) {
	const context = await browser.newContext({
		viewport: { width: size.width, height: size.height },
		hasTouch: true
	});
	const page = await context.newPage();
	const errors: string[] = [];
	collectPageErrors(page, errors);
	if (banner) {
		// Storage refused (a private window): the "Not saving" banner sits above the player.
		await page.addInitScript(() =>
			Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true })
		);
	}
	await prepareWithClock(page);
	const problems: string[] = [];
	const seen = new Set<string>();
	for (const routine of routines) {
		await openPlayer(page, routine.id);
		if (banner) await expect(page.getByText('Not saving.')).toBeVisible();
		await page.getByTestId('start').click();
		await expect(page.getByTestId('player')).toBeVisible();
		for (let guard = 0; guard < 100; guard++) {
			let now = await check(page);
			if (now.here === null) break;
			const step = now.here.split(' "')[0];
			for (const p of now.problems) problems.push(`${routine.id} ${now.here}: ${p}`);
			seen.add(`${routine.id} ${now.here}`);
			if (now.here.endsWith('(Next)')) {
				// A lead-in: "I'm ready" (Enter) goes on to the step's count-in and the step itself,
				// so they are checked too; Skip would pass over the step.
				const here = now.here;
				await page.keyboard.press('Enter');
				await expect.poll(async () => (await check(page)).here, { timeout: 5000 }).not.toBe(here);
				continue;
			}
			if (now.seconds > 0) {
				// Jump to the next phase; stay only if it is still this step.
				await page.clock.fastForward(now.seconds * 1000 + 50);
				await page.clock.runFor(100);
				now = await check(page);
				if (now.here === null) break;
				if (now.here.startsWith(`${step} "`)) {
					for (const p of now.problems) problems.push(`${routine.id} ${now.here}: ${p}`);
					seen.add(`${routine.id} ${now.here}`);
				} else continue;
			}
			await page.keyboard.press('ArrowRight');
			await expect.poll(async () => (await check(page)).here, { timeout: 5000 }).not.toBe(now.here);
		}
		await expect(page.getByTestId('finish')).toBeVisible();
	}
	await context.close();
	expect(problems).toEqual([]);
	expect(errors).toEqual([]);
	// Every routine was walked through: at least one check per step.
	const steps = routines.reduce(
		(n, r) => n + (r as unknown as { steps: unknown[] }).steps.length,
		0
	);
	expect(seen.size).toBeGreaterThanOrEqual(steps);
}

// The routines in groups of 8: one whole walk at a tablet size took 2 min here and over 3 on a
// fully loaded two-core machine; in groups each test stays well inside its budget, and the
// two workers share the groups.
const GROUP = 8;
const all = routineFiles();
const groups = Array.from({ length: Math.ceil(all.length / GROUP) }, (_, i) =>
	all.slice(i * GROUP, (i + 1) * GROUP)
);

for (const size of SIZES) {
	for (const banner of size.name === 'phone portrait' ? [false, true] : [true]) {
		for (const [i, routines] of groups.entries()) {
			test(`every step of routines ${i * GROUP + 1}–${i * GROUP + routines.length} fits a ${size.name} screen (${size.width}×${size.height})${banner ? ', under the "Not saving" banner' : ''}`, async ({
				browser
			}) => {
				await checkEveryStep(browser, size, banner, routines);
			});
		}
	}
}
