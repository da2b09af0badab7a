/**
 * Cross-engine smoke test (issue 22): the production build, as a user meets it, in Firefox ESR
 * and WebKitGTK (the engine of every iPhone and iPad browser). The Playwright suite covers
 * Chromium in depth; this checks that the other two engines run the same app: home, Settings,
 * the safety screen, half a minute of Pelvic tilts with a running audio clock, the session in
 * Progress after a reload, the builder, a share link, and an offline reload that plays.
 *
 * Time is real here (neither engine's driver has a fake clock), so every wait is for something
 * a user would see, with a generous limit, and nothing reads how long a step took.
 * Any uncaught error in a page fails its engine (app.html keeps them in window.__backbeatErrors).
 *
 * Both engines run at once, each against its own server, and each prints what it lacks of
 * the APIs Backbeat uses where they exist, beside Chromium's (README: "Browsers"). Writes .reports/engines.json
 * for the closing summary line. `ENGINES=firefox` or `ENGINES=webkit` runs one.
 *
 *   npm run build && npm run test:engines
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { chromium, firefox, freePort, missing, webkit, type Driver } from './drivers';

const ENGINES = { firefox, webkit } as const;
type Engine = keyof typeof ENGINES;

/** How long to wait for something a user should see: long, as CI's two cores may be busy. */
const WAIT_MS = 20_000;

/** The in-page helpers every script starts with (plain text: see Driver.run). */
const PAGE = `
	const seen = (el) => !!el && el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
	const words = (el) => (el.getAttribute('aria-label') || el.textContent || '').replace(/\\s+/g, ' ').trim();
	const byId = (id) => document.querySelector('[data-testid="' + id + '"]');
	const textOf = (id) => { const el = byId(id); return el && seen(el) ? el.textContent.replace(/\\s+/g, ' ').trim() : null; };
	const find = (css, pattern) => [...document.querySelectorAll(css)].find(
		(el) => seen(el) && new RegExp(pattern).test(words(el)));
`;

/** One engine's run: the checks that passed, the first that failed, what the engine lacks. */
interface EngineReport {
	engine: Engine;
	version?: string;
	passed: string[];
	failed?: { check: string; error: string };
	features?: Record<string, boolean>;
	seconds: number;
}

class Smoke {
	readonly passed: string[] = [];
	constructor(
		readonly d: Driver,
		readonly origin: string,
		readonly log: (line: string) => void
	) {}

	/** Resolves to the value of `expression` (in-page, with PAGE's helpers) once it is truthy. */
	async until<T>(what: string, expression: string, ...args: unknown[]): Promise<T> {
		const deadline = Date.now() + WAIT_MS;
		let last: unknown;
		for (;;) {
			try {
				last = await this.d.run<T>(`${PAGE} return (${expression});`, ...args);
				if (last) return last as T;
			} catch (error) {
				// A navigation in progress: the page's context is gone for a moment.
				last = (error as Error).message;
			}
			if (Date.now() > deadline) {
				const screen = await this.d
					.run<string[]>(
						`${PAGE} return [...document.querySelectorAll('h1, [data-testid]')].filter(seen).slice(0, 12)
							.map((el) => (el.dataset.testid ?? el.localName) + ': ' + el.textContent.replace(/\\s+/g, ' ').trim().slice(0, 60));`
					)
					.catch((error: Error) => [error.message]);
				throw new Error(
					`waited ${WAIT_MS / 1000} s for ${what}; last saw ${JSON.stringify(last)} at ${await this.d.url().catch(() => '?')}; on screen:\n  ${screen.join('\n  ')}`
				);
			}
			await sleep(150);
		}
	}

	/** Clicks, with a real click, the first visible `css` element whose words match `pattern`. */
	async tap(css: string, pattern: string): Promise<void> {
		await this.until(
			`${css} /${pattern}/`,
			`(() => {
				document.querySelectorAll('[data-smoke]').forEach((el) => el.removeAttribute('data-smoke'));
				const el = find(arguments[0], arguments[1]);
				if (el && !el.disabled) el.setAttribute('data-smoke', '');
				return !!el && !el.disabled;
			})()`,
			css,
			pattern
		);
		await this.d.click('[data-smoke]');
	}

	/** Fails with the page's uncaught errors, if any. Called before leaving every page. */
	async noErrors(): Promise<void> {
		const errors = await this.d.run<string[] | null>('return window.__backbeatErrors ?? null');
		if (errors === null) throw new Error('the page has no error recorder (app.html)');
		if (errors.length) throw new Error(`uncaught errors in the page:\n  ${errors.join('\n  ')}`);
	}

	/** Opens `path` after checking the page being left, and waits until it is alive. */
	async open(path: string): Promise<void> {
		await this.noErrors().catch((error: Error) => {
			if (!/no error recorder/.test(error.message)) throw error;
		});
		await this.d.goto(this.origin + path);
		await this.hydrated();
	}

	async reload(): Promise<void> {
		await this.noErrors();
		await this.d.reload();
		await this.hydrated();
	}

	hydrated(): Promise<void> {
		return this.until(
			'the page to come alive',
			`document.documentElement.dataset.hydrated !== undefined`
		);
	}

	/** Runs one named check; the first failure ends this engine's run. */
	async check(name: string, body: () => Promise<void>): Promise<void> {
		await body();
		await this.noErrors();
		this.passed.push(name);
		this.log(`✓ ${name}`);
	}
}

/** Serves the production build on a port of its own, as `npm start` does. */
async function serve(): Promise<{ origin: string; stop: () => void }> {
	const port = await freePort();
	const server: ChildProcess = spawn(
		'node_modules/.bin/sirv',
		['build', '--port', String(port), '--host', '127.0.0.1', '--single', '200.html', '--quiet'],
		{ stdio: 'ignore' }
	);
	const origin = `http://127.0.0.1:${port}`;
	for (let i = 0; ; i++) {
		try {
			if ((await fetch(origin)).ok) break;
		} catch {
			if (i > 100) throw new Error(`the server on ${origin} did not start`);
			await sleep(100);
		}
	}
	return { origin, stop: () => server.kill() };
}

/** How many speech voices the engine lists, once it has loaded them (Chromium and Firefox load them late). */
const VOICES = `const voiceCount = () => new Promise((resolve) => {
	const count = () => resolve(speechSynthesis.getVoices().length);
	if (speechSynthesis.getVoices().length) return count();
	speechSynthesis.addEventListener('voiceschanged', count, { once: true });
	setTimeout(count, 3000);
});`;

/** Which of the APIs Backbeat uses where they exist this engine has (README: "Browsers"). */
const FEATURES = `return {
	'scheduler.yield': typeof globalThis.scheduler?.yield === 'function',
	requestIdleCallback: typeof requestIdleCallback === 'function',
	'navigator.storage.persist': typeof navigator.storage?.persist === 'function',
	'navigator.vibrate': typeof navigator.vibrate === 'function',
	'Web Share with files': typeof navigator.canShare === 'function' &&
		navigator.canShare({ files: [new File(['{}'], 'routine.json', { type: 'application/json' })] }),
	'install prompt (beforeinstallprompt)': 'onbeforeinstallprompt' in window,
	'Screen Wake Lock': 'wakeLock' in navigator,
	CompressionStream: typeof CompressionStream === 'function'
}`;

async function smoke(engine: Engine, log: (line: string) => void): Promise<EngineReport> {
	const started = Date.now();
	const report: EngineReport = { engine, passed: [], seconds: 0 };
	const server = await serve();
	let driver: Driver | undefined;
	let current = 'start the browser';
	try {
		driver = await ENGINES[engine]();
		report.version = driver.version;
		log(`${driver.version}, app on ${server.origin}`);
		const t = new Smoke(driver, server.origin, log);
		report.passed = t.passed;
		const step = (name: string, body: () => Promise<void>) => {
			current = name;
			return t.check(name, body);
		};

		await step('home page, then the service worker in control', async () => {
			await t.open('/');
			await t.until(
				'the home heading',
				`words(document.querySelector('h1')) === 'Routines for your back'`
			);
			await t.until('a service worker', `navigator.serviceWorker.ready.then(() => true)`);
			await t.reload();
			await t.until('the service worker in control', `!!navigator.serviceWorker.controller`);
			// The cue log, so the test can see what the audio clock scheduled (src/lib/cues/log.ts).
			await driver!.run(`localStorage.setItem('backbeat:cue-log', '1')`);
			report.features = await driver!.run<Record<string, boolean>>(FEATURES);
		});

		await step('Settings: voices listed, Short guidance kept across a reload', async () => {
			await t.open('/settings');
			const voices = await driver!.run<number>(`${VOICES} return voiceCount();`);
			log(`${voices} speech voices`);
			// Every voice the engine reports is offered (WebKitGTK's have empty voiceURIs).
			if (voices > 0) {
				await t.until(
					'a choice for each voice',
					`document.querySelectorAll('select option').length > 1 || null`
				);
			}
			await t.tap('label', '^Short');
			await t.until('Short chosen', `document.querySelector('input[value="short"]').checked`);
			await t.reload();
			await t.until('Short still chosen', `document.querySelector('input[value="short"]').checked`);
		});

		await step('the safety screen before the first routine', async () => {
			await t.open('/play/pelvic-tilts');
			await t.until(
				'the safety screen',
				`textOf('safety-gate')?.includes('Get emergency help now')`
			);
			await t.tap('button', '^None of these apply');
			await t.until('the Start screen', `textOf('ready')`);
		});

		/** Skips the pain question before Start, when it is asked. */
		const skipPainQuestion = async () => {
			const asked = await t.until<string>(
				'Start or the pain question',
				`(find('[data-testid="ready"] button', '^Skip$') && 'asked') || (byId('start') && 'no')`
			);
			if (asked === 'asked') await t.tap('[data-testid="ready"] button', '^Skip$');
		};

		await step(
			'Pelvic tilts plays: the countdown moves, steps change, beeps are scheduled',
			async () => {
				await skipPainQuestion();
				await t.tap('[data-testid="start"]', 'Start');
				await t.until('the get-ready', `textOf('step-name') === 'Get into position'`);
				const first = Number(await t.until<string>('a countdown', `textOf('countdown')`));
				await t.until('the countdown to move', `Number(textOf('countdown')) < arguments[0]`, first);
				await t.tap('[data-testid="im-ready"]', '.');
				await t.until(
					'the first hold',
					`textOf('segment-kind') === 'Hold' && textOf('counts') === 'Rep 1 of 10'`
				);
				await t.until('the first relax', `textOf('segment-kind') === 'Relax'`);
				await t.until('the second rep', `textOf('counts') === 'Rep 2 of 10'`);
				// The 3-2-1 before the hold: beeps a second apart on a running AudioContext clock.
				const times = await driver!.run<number[]>(
					`return (window.__backbeatCues ?? []).filter((e) => e.kind === 'beep' && e.ok !== false && !e.cancelled).map((e) => e.audioTime)`
				);
				if (times.length < 3)
					throw new Error(`only ${times.length} beeps played: ${times.join(', ')}`);
				if (times.at(-1)! - times[0]! < 1.5) {
					throw new Error(`the audio clock did not run: beeps at ${times.join(', ')} s`);
				}
				await t.tap('button', '^End$');
				await t.tap('dialog[open] button, [role="dialog"] button', '^End session$');
				await t.until(
					'the finish screen',
					`[...document.querySelectorAll('h1, h2')].some((h) => seen(h) && words(h) === 'Session ended')`
				);
			}
		);

		await step('the session is in Progress after a reload', async () => {
			await t.open('/history');
			await t.reload();
			await t.until(
				'the session in the list',
				`[...document.querySelectorAll('[data-testid="session"] .title')].some((el) => words(el) === 'Pelvic tilts')`
			);
		});

		let link = '';
		await step('the builder: Make it mine, then Save', async () => {
			await t.open('/routine/pelvic-tilts');
			await t.tap('button', '^Make it mine$');
			await t.until(
				'the builder with the copy',
				`[...document.querySelectorAll('input')].some((i) => i.value === 'Pelvic tilts (mine)')`
			);
			await t.tap('button', '^Save routine$');
			await t.until('"Saved"', `document.body.innerText.includes('Saved “Pelvic tilts (mine)”.')`);
		});

		await step('a share link made here opens as a preview', async () => {
			await t.open('/mine');
			await t.tap('summary', 'Share or export');
			await t.tap('button', '^Share link$');
			link = await t.until<string>(
				'the link',
				`[...document.querySelectorAll('input')].map((i) => i.value).find((v) => /\\/shared#r=1\\./.test(v))`
			);
			await t.open(link.replace(/^https?:\/\/[^/]+/, ''));
			await t.until(
				'the shared routine',
				`words(document.querySelector('h1')) === 'Pelvic tilts (mine)'`
			);
			await t.until('its Save button', `!!find('button', '^Save to my routines$')`);
		});

		await step('offline: a reload works and a routine plays', async () => {
			server.stop();
			await t.open('/routine/pelvic-tilts');
			await t.reload();
			await t.until('the routine page', `words(document.querySelector('h1')) === 'Pelvic tilts'`);
			await t.open('/play/pelvic-tilts');
			await skipPainQuestion();
			await t.tap('[data-testid="start"]', 'Start');
			const first = Number(await t.until<string>('a countdown', `textOf('countdown')`));
			await t.until('the countdown to move', `Number(textOf('countdown')) < arguments[0]`, first);
		});
	} catch (error) {
		report.failed = { check: current, error: (error as Error).message };
		log(`✘ ${current}\n    ${(error as Error).message.replace(/\n/g, '\n    ')}`);
	} finally {
		await driver?.close().catch(() => undefined);
		server.stop();
		report.seconds = Math.round((Date.now() - started) / 1000);
	}
	return report;
}

const only = process.env.ENGINES?.split(',').map((e) => e.trim()) as Engine[] | undefined;
const engines = (Object.keys(ENGINES) as Engine[]).filter((e) => !only || only.includes(e));
if (!existsSync('build/index.html')) {
	console.error('No build/: run `npm run build` first.');
	process.exit(1);
}

const reports = await Promise.all(
	engines.map(async (engine): Promise<EngineReport> => {
		const log = (line: string) => console.log(`[${engine}] ${line}`);
		const lacking = missing(engine);
		if (lacking) {
			log(`✘ ${lacking}`);
			return {
				engine,
				passed: [],
				failed: { check: 'find the browser', error: lacking },
				seconds: 0
			};
		}
		return smoke(engine, log);
	})
);

// Chromium's, beside them, for the README's table.
const chromiumFeatures = await (async () => {
	const server = await serve();
	const driver = await chromium();
	try {
		await driver.goto(`${server.origin}/`);
		return {
			version: driver.version,
			features: await driver.run<Record<string, boolean>>(FEATURES)
		};
	} finally {
		await driver.close();
		server.stop();
	}
})().catch((error: Error) => {
	console.log(`(Chromium not measured: ${error.message})`);
	return null;
});

for (const r of [...reports, ...(chromiumFeatures ? [chromiumFeatures] : [])]) {
	if (!r.features) continue;
	const lacks = Object.entries(r.features)
		.filter(([, has]) => !has)
		.map(([name]) => name);
	console.log(`${r.version} lacks: ${lacks.join(', ') || 'nothing we use'}`);
}
const passed = reports.reduce((n, r) => n + r.passed.length, 0);
const failed = reports.filter((r) => r.failed).length;
mkdirSync('.reports', { recursive: true });
writeFileSync(
	'.reports/engines.json',
	JSON.stringify({ passed, failed, engines: reports, chromium: chromiumFeatures }, null, '\t')
);
console.log(
	`engines: ${passed} checks passed, ${failed} failed (${reports.map((r) => `${r.version ?? r.engine} ${r.seconds} s`).join(', ')})`
);
process.exit(failed ? 1 : 0);
