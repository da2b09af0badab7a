/**
 * Takes the README's screenshots from the production build: `npm run build`, then
 * `npx tsx scripts/screenshots.ts [out-dir]`. Uses the system Chromium, like the tests.
 */
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';

const out = process.argv[2] ?? 'static/screenshots';
const port = 4179;
const base = `http://127.0.0.1:${port}`;
const pages = (process.env.SHOTS ?? 'library:/,routine:/routine/pelvic-tilts')
	.split(',')
	.map((p) => p.split(':') as [string, string]);

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
	for (const scheme of ['light', 'dark'] as const) {
		const page = await browser.newPage({
			viewport: { width: 400, height: 860 },
			colorScheme: scheme
		});
		for (const [name, path] of pages) {
			await page.goto(base + path);
			await page.waitForSelector('html[data-hydrated]');
			await page.screenshot({ path: `${out}/${name}-${scheme}.png` });
		}
		await page.close();
	}
} finally {
	await browser.close();
	server.kill();
}
