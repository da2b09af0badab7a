/**
 * The two other browser engines people use, each behind one small interface so that the smoke
 * test (smoke.ts) is written once (issue 22). Nothing here downloads a browser or a driver:
 * both are Debian's (`firefox-esr`, `webkit2gtk-driver`), which `.ci/run` installs.
 *
 * - Firefox ESR: Puppeteer (puppeteer-core) speaks WebDriver BiDi straight to Firefox, which
 *   has it built in. WebdriverIO would need geckodriver, which Debian does not package and
 *   whose npm package downloads a binary at run time.
 * - WebKitGTK: its driver, WebKitWebDriver 2.50, speaks classic WebDriver only (a session
 *   asking for `webSocketUrl` is refused), and Puppeteer has no WebKit. Classic WebDriver is
 *   plain HTTP, and we need six of its commands: written here over `fetch`.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import puppeteer, { type Browser } from 'puppeteer-core';
import { CHROMIUM_ARGS, requireChromium } from '../scripts/chromium';

/** A browser with one page, driven as a user would: real clicks, script only to read. */
export interface Driver {
	/** Engine and version, for the report. */
	readonly version: string;
	/** Opens `url` and resolves once it has loaded. */
	goto(url: string): Promise<void>;
	reload(): Promise<void>;
	/** The address of the page, for messages. */
	url(): Promise<string>;
	/**
	 * Runs `body` (a JavaScript function body: plain text, so no bundler helper can slip into
	 * it) in the page with `args` as `arguments`; resolves to what it returns, awaited.
	 */
	run<T>(body: string, ...args: unknown[]): Promise<T>;
	/** A real click, through the driver's input, on the first element matching `css`. */
	click(css: string): Promise<void>;
	close(): Promise<void>;
}

/** The viewport of a phone, as in the Playwright suite. */
export const PHONE = { width: 360, height: 740 };

export const FIREFOX_PATH = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';
export const WEBKIT_DRIVER_PATH = process.env.WEBKIT_DRIVER_PATH || '/usr/bin/WebKitWebDriver';
/** Debian's MiniBrowser, the browser WebKitWebDriver starts (its path holds the arch and API). */
export function miniBrowserPath(): string | undefined {
	if (process.env.WEBKIT_BROWSER_PATH) return process.env.WEBKIT_BROWSER_PATH;
	const found = readdirSync('/usr/lib').flatMap((arch) => {
		const dir = join('/usr/lib', arch);
		if (!existsSync(dir) || arch.includes('.')) return [];
		try {
			return readdirSync(dir)
				.filter((name) => /^webkit2gtk-4\.\d$/.test(name))
				.map((name) => join(dir, name, 'MiniBrowser'))
				.filter((path) => existsSync(path));
		} catch {
			return [];
		}
	});
	return found.sort().at(-1);
}

/** What is missing to run an engine, as one line that says how to get it, or null. */
export function missing(engine: 'firefox' | 'webkit'): string | null {
	if (engine === 'firefox') {
		return existsSync(FIREFOX_PATH)
			? null
			: `No Firefox at ${FIREFOX_PATH}: install it (Debian: apt-get install -y firefox-esr) or set FIREFOX_PATH.`;
	}
	if (!existsSync(WEBKIT_DRIVER_PATH) || !miniBrowserPath()) {
		return `No WebKitWebDriver or MiniBrowser: install them (Debian: apt-get install -y webkit2gtk-driver) or set WEBKIT_DRIVER_PATH and WEBKIT_BROWSER_PATH.`;
	}
	if (!process.env.DISPLAY && !existsSync('/usr/bin/xvfb-run')) {
		return 'WebKitGTK needs a display: install Xvfb (Debian: apt-get install -y xvfb xauth) or set DISPLAY.';
	}
	return null;
}

/** A free TCP port on the loopback interface. */
export function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const server = createServer();
		server.unref();
		server.on('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			server.close(() =>
				typeof address === 'object' && address
					? resolve(address.port)
					: reject(new Error('no port'))
			);
		});
	});
}

/** Firefox ESR over WebDriver BiDi, headless, in a new profile. */
export async function firefox(): Promise<Driver> {
	const browser = await puppeteer.launch({
		browser: 'firefox',
		executablePath: FIREFOX_PATH,
		headless: true,
		defaultViewport: PHONE,
		extraPrefsFirefox: {
			// This machine reaches no host but its package registries: no calls home to fail.
			'app.update.enabled': false,
			'browser.shell.checkDefaultBrowser': false,
			'datareporting.policy.dataSubmissionEnabled': false,
			'toolkit.telemetry.enabled': false,
			'network.captive-portal-service.enabled': false,
			'network.connectivity-service.enabled': false
		}
	});
	return puppeteerDriver(browser, 'Firefox');
}

/**
 * Chromium, through the same library (over CDP): only to measure which APIs it has, beside
 * the other two; the Playwright suite tests it in depth.
 */
export async function chromium(): Promise<Driver> {
	const browser = await puppeteer.launch({
		executablePath: requireChromium(),
		args: CHROMIUM_ARGS,
		headless: true,
		defaultViewport: PHONE
	});
	return puppeteerDriver(browser, 'Chromium');
}

/** A browser Puppeteer launched, as a Driver on its first page. */
async function puppeteerDriver(browser: Browser, name: string): Promise<Driver> {
	const page = (await browser.pages())[0] ?? (await browser.newPage());
	return {
		// "firefox/140.12.0", "HeadlessChrome/150.0…": the number after the slash.
		version: `${name} ${(await browser.version()).replace(/^\D+\//, '')}`,
		async goto(url) {
			await page.goto(url, { waitUntil: 'load' });
		},
		async reload() {
			await page.reload({ waitUntil: 'load' });
		},
		url: () => Promise.resolve(page.url()),
		run: <T>(body: string, ...args: unknown[]) =>
			page.evaluate(
				`(async function () { ${body} }).apply(null, ${JSON.stringify(args)})`
			) as Promise<T>,
		async click(css) {
			await page.click(css);
		},
		async close() {
			await browser.close();
		}
	};
}

/** The W3C WebDriver key under which an element reference is returned. */
const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';

/**
 * WebKitGTK's MiniBrowser through WebKitWebDriver, in a virtual display (Xvfb) unless one is
 * set. Each session starts with no site data (WebKitWebDriver's automation mode).
 */
export async function webkit(): Promise<Driver> {
	const port = await freePort();
	const children: ChildProcess[] = [];
	const stop = () => {
		for (const child of children) {
			try {
				// Each was started as the leader of its own process group: this ends its children too.
				if (child.pid) process.kill(-child.pid, 'SIGTERM');
			} catch {
				// Already gone.
			}
		}
	};
	const driverArgs = [`--port=${port}`];
	const driver = process.env.DISPLAY
		? spawn(WEBKIT_DRIVER_PATH, driverArgs, { detached: true, stdio: 'ignore' })
		: spawn('xvfb-run', ['-a', '-s', '-screen 0 1280x1024x24', WEBKIT_DRIVER_PATH, ...driverArgs], {
				detached: true,
				stdio: 'ignore'
			});
	children.push(driver);

	const base = `http://127.0.0.1:${port}`;
	const call = async <T>(method: string, path: string, body?: unknown): Promise<T> => {
		const response = await fetch(base + path, {
			method,
			headers: { 'content-type': 'application/json; charset=utf-8' },
			body: body === undefined ? undefined : JSON.stringify(body)
		});
		const { value } = (await response.json()) as {
			value: T & { error?: string; message?: string };
		};
		if (value && typeof value === 'object' && value.error) {
			throw new Error(`WebDriver ${path}: ${value.error}: ${value.message ?? ''}`);
		}
		return value;
	};

	// The driver takes a moment to listen (and Xvfb to start before it).
	let session: { sessionId: string; capabilities: { browserVersion: string } } | undefined;
	for (let i = 0; !session; i++) {
		try {
			session = await call('POST', '/session', {
				capabilities: {
					alwaysMatch: {
						browserName: 'MiniBrowser',
						'webkitgtk:browserOptions': { binary: miniBrowserPath(), args: ['--automation'] }
					}
				}
			});
		} catch (error) {
			if (i >= 100) {
				stop();
				throw error;
			}
			await sleep(100);
		}
	}
	const s = `/session/${session.sessionId}`;
	await call('POST', `${s}/window/rect`, PHONE);

	return {
		version: `WebKitGTK ${session.capabilities.browserVersion}`,
		async goto(url) {
			await call('POST', `${s}/url`, { url });
		},
		async reload() {
			await call('POST', `${s}/refresh`, {});
		},
		url: () => call<string>('GET', `${s}/url`),
		run: <T>(body: string, ...args: unknown[]) =>
			call<T>('POST', `${s}/execute/sync`, {
				script: `return (async function () { ${body} }).apply(null, arguments)`,
				args
			}),
		async click(css) {
			const element = await call<Record<string, string>>('POST', `${s}/element`, {
				using: 'css selector',
				value: css
			});
			await call('POST', `${s}/element/${element[ELEMENT]}/click`, {});
		},
		async close() {
			try {
				await call('DELETE', s);
			} finally {
				stop();
			}
		}
	};
}
