import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from './fixtures';
import { readdirSync, readFileSync } from 'node:fs';

/** The built-in routine files, read straight from routines/ (the source of truth). */
export function routineFiles(): {
	id: string;
	title: string;
	position: string[];
	tags: string[];
}[] {
	const dir = new URL('../../routines/', import.meta.url);
	return readdirSync(dir)
		.filter((f) => f.endsWith('.json') && f !== 'schema.json')
		.map(
			(f) =>
				JSON.parse(readFileSync(new URL(f, dir), 'utf8')) as {
					id: string;
					title: string;
					position: string[];
					tags: string[];
				}
		);
}

/** Waits until a service worker controls the page (the first visit installs it; a reload
 *  puts the page under its control, since 'prompt' mode never claims open pages). */
export async function underServiceWorker(page: Page): Promise<void> {
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
	});
	await page.reload();
	await page.waitForSelector('html[data-hydrated]');
	await page.waitForFunction(() => navigator.serviceWorker.controller?.state === 'activated');
}

/** Opens a page of the built app and waits until Svelte has hydrated it. */
export async function open(page: Page, path: string): Promise<void> {
	await page.goto(path);
	await page.waitForSelector('html[data-hydrated]');
}

/** Fails with the list of axe-core violations, if any. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
	const results = await new AxeBuilder({ page }).analyze();
	const summary = results.violations.map(
		(v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join('; ')})`
	);
	expect(summary).toEqual([]);
}

/** One entry of the app's cue log (see src/lib/cues/log.ts). */
export interface CueLogEntry {
	kind: 'beep' | 'speech' | 'vibrate' | 'cancel';
	what: string;
	at: number;
	due?: number;
	cancelled?: boolean;
}

/** Turns the cue log on and installs Playwright's fake clock before the app loads. */
export async function prepareWithClock(page: Page): Promise<void> {
	await page.addInitScript(() => localStorage.setItem('backbeat:cue-log', '1'));
	await page.clock.install();
}

/** Opens the library's "More filters" (Position, Focus, "Mine only"), unless it is open. */
export async function openMoreFilters(page: Page): Promise<void> {
	const more = page.getByRole('button', { name: 'More filters' });
	if ((await more.getAttribute('aria-expanded')) !== 'true') await more.click();
	await expect(page.getByRole('radiogroup', { name: 'Position' })).toBeVisible();
}

/**
 * Stops the fake clock (a second on from the page's now): from here time moves only when the
 * test says, so a busy machine cannot tick an exact countdown on while the test reads it.
 */
export async function pauseClock(page: Page): Promise<void> {
	// On a loaded machine more than a second can pass between reading the page's now and the
	// pause: pausing "in the past" throws, so read it again and pause a little further on.
	for (let margin = 1000; ; margin *= 2) {
		try {
			await page.clock.pauseAt((await page.evaluate(() => Date.now())) + margin);
			return;
		} catch (error) {
			if (margin >= 16_000 || !/past/i.test((error as Error).message)) throw error;
		}
	}
}

/**
 * What the page has played so far, cancelled beeps left out (`withCancelled`: every beep asked
 * for, also those the audio clock never played: under Playwright's fake clock the page's time
 * jumps while the audio clock runs in real time, so the beeper takes it for a stalled clock and
 * drops the beeps the jump left behind).
 */
export async function cueLog(page: Page, { withCancelled = false } = {}): Promise<CueLogEntry[]> {
	const log = await page.evaluate(
		() => (window as unknown as { __backbeatCues?: CueLogEntry[] }).__backbeatCues ?? []
	);
	return log.filter((e) => e.kind !== 'cancel' && (withCancelled || !e.cancelled));
}

/** Opens a routine's player, confirms the safety screen if shown, skips the pain check-in. */
export async function openPlayer(page: Page, id: string, base = ''): Promise<void> {
	await open(page, `${base}/play/${id}`);
	const gate = page.getByTestId('safety-gate');
	const ready = page.getByTestId('ready');
	await expect(gate.or(ready)).toBeVisible();
	if (await gate.isVisible()) {
		await page.getByRole('button', { name: /None of these apply/ }).click();
	}
	await expect(ready).toBeVisible();
	const skip = ready.getByRole('button', { name: 'Skip' });
	if (await skip.isVisible()) await skip.click();
}

/** The position (ms) of the checkpoint stored in IndexedDB, or -1 when there is none. */
export async function storedCheckpointMs(page: Page): Promise<number> {
	return page.evaluate(
		() =>
			new Promise<number>((resolve) => {
				const open = indexedDB.open('backbeat');
				open.onerror = () => resolve(-1);
				open.onsuccess = () => {
					const db = open.result;
					const get = db.transaction('active').objectStore('active').get('current');
					get.onsuccess = () => {
						const record = get.result as { snapshot?: { positionMs?: number } } | undefined;
						resolve(record?.snapshot?.positionMs ?? -1);
						db.close();
					};
					get.onerror = () => resolve(-1);
				};
			})
	);
}

/** The record under `key` in IndexedDB's `store`, or null when there is none (yet). */
export function storedRecord(page: Page, store: string, key: string): Promise<unknown> {
	return page.evaluate(
		async ([store, key]) => {
			// Never create the database here: before the app has made it, there is nothing stored.
			if (!(await indexedDB.databases()).some((d) => d.name === 'backbeat')) return null;
			return new Promise<unknown>((resolve) => {
				const request = indexedDB.open('backbeat');
				request.onerror = () => resolve(null);
				request.onsuccess = () => {
					const db = request.result;
					if (!db.objectStoreNames.contains(store)) return resolve((db.close(), null));
					const get = db.transaction(store).objectStore(store).get(key);
					get.onsuccess = () => resolve((db.close(), get.result ?? null));
					get.onerror = () => resolve((db.close(), null));
				};
			});
		},
		[store, key] as const
	);
}

/** The settings record as stored in IndexedDB, or null before the first save. */
export async function storedSettings(page: Page): Promise<Record<string, unknown> | null> {
	return (await storedRecord(page, 'settings', 'settings')) as Record<string, unknown> | null;
}

/**
 * Picks a voice guidance on Settings and waits until it is stored. Specs about the player's
 * timing use 'Short' (the cues and timeline of before Full guidance: no lead-ins).
 */
export async function useVoiceGuidance(page: Page, name: 'Full' | 'Short' | 'Off'): Promise<void> {
	await open(page, '/settings');
	await page
		.getByRole('group', { name: 'Voice guidance' })
		.getByRole('radio', { name: new RegExp(`^${name}\\b`) })
		.check();
	await expect
		.poll(async () => (await storedSettings(page))?.voiceGuidance)
		.toBe(name.toLowerCase());
}

/**
 * Lets the page clock run a second at a time until the player shows `phase` ("Hold"), past
 * get-readies, lead-ins and count-ins, tapping Done where a step waits for one.
 */
export async function playUntilPhase(page: Page, phase: string, maxSeconds = 80): Promise<void> {
	const kind = page.getByTestId('segment-kind');
	for (let s = 0; s < maxSeconds && (await kind.textContent()) !== phase; s++) {
		const done = page.getByTestId('done');
		if (await done.isVisible()) await done.click();
		else await page.clock.runFor(1000);
	}
	await expect(kind).toHaveText(phase);
}
