/**
 * Takes the README's screenshots and the manifest's install screenshots from the production
 * build: `npm run build && npx tsx tests/scripts/screenshots.ts`. Uses the system Chromium, like the
 * tests; the player is driven with Playwright's fake clock so every run looks the same.
 */
import { chromium, type Page } from '@playwright/test';
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';

const out = 'static/screenshots';
const port = 4179;
const base = `http://127.0.0.1:${port}`;

interface Shot {
	file: string;
	path: string;
	viewport: { width: number; height: number };
	colorScheme: 'light' | 'dark';
	/** Brings the page to the state worth showing. */
	prepare?: (page: Page) => Promise<void>;
}

/** Starts a routine and plays a few seconds into its first hold. */
async function intoPlayer(page: Page): Promise<void> {
	await page.getByRole('button', { name: /None of these apply/ }).click();
	await page.getByRole('button', { name: 'Skip' }).click();
	await page.getByTestId('start').click();
	// "I'm ready" ends the get-ready, then the 3-2-1, then 3 s into the hold.
	await page.getByTestId('im-ready').click();
	await page.clock.runFor(6000);
}

const phone = { width: 390, height: 844 };
const wide = { width: 1280, height: 800 };
const shots: Shot[] = [
	{ file: 'library-light.png', path: '/', viewport: phone, colorScheme: 'light' },
	{ file: 'routine-dark.png', path: '/routine/pelvic-tilts', viewport: phone, colorScheme: 'dark' },
	{
		file: 'player-light.png',
		path: '/play/core-gentle',
		viewport: phone,
		colorScheme: 'light',
		prepare: intoPlayer
	},
	{
		file: 'player-wide-dark.png',
		path: '/play/core-gentle',
		viewport: wide,
		colorScheme: 'dark',
		prepare: intoPlayer
	}
];

mkdirSync(out, { recursive: true });
const server = spawn(
	'npx',
	[
		'sirv',
		'build',
		'--port',
		String(port),
		'--host',
		'127.0.0.1',
		'--single',
		'200.html',
		'--quiet'
	],
	{ stdio: 'ignore' }
);
await new Promise((r) => setTimeout(r, 1500));
const browser = await chromium.launch({
	executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
	args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking']
});
try {
	for (const shot of shots) {
		const page = await browser.newPage({ viewport: shot.viewport, colorScheme: shot.colorScheme });
		await page.clock.install();
		await page.goto(base + shot.path);
		await page.waitForSelector('html[data-hydrated]');
		await shot.prepare?.(page);
		await page.screenshot({ path: `${out}/${shot.file}` });
		await page.close();
		console.log(`wrote ${out}/${shot.file}`);
	}
} finally {
	await browser.close();
	server.kill();
}
