import { chromium } from '@playwright/test';
import { collectPageErrors, expect, test } from './fixtures';
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, appendFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { removeProfile } from '../scripts/chromium';
import { cueLog, open, openPlayer, routineFiles, underServiceWorker } from './helpers';

const build = new URL('../../build/', import.meta.url);

test('the build emits the service worker and a complete manifest', () => {
	expect(existsSync(new URL('sw.js', build))).toBe(true);
	const manifest = JSON.parse(readFileSync(new URL('manifest.webmanifest', build), 'utf8')) as {
		id: string;
		name: string;
		short_name: string;
		start_url: string;
		scope: string;
		display: string;
		orientation: string;
		categories: string[];
		icons: { src: string; sizes: string; purpose?: string }[];
		screenshots: { form_factor: string }[];
		shortcuts: { url: string }[];
	};
	expect(manifest).toMatchObject({ id: '/', short_name: 'Backbeat', start_url: '/', scope: '/' });
	expect(manifest.display).toBe('standalone');
	expect(manifest.orientation).toBe('any');
	expect(manifest.categories).toEqual(expect.arrayContaining(['health', 'fitness']));
	const sizes = manifest.icons.filter((i) => !i.purpose).map((i) => i.sizes);
	expect(sizes).toEqual(expect.arrayContaining(['192x192', '512x512']));
	expect(manifest.icons.some((i) => i.purpose === 'maskable')).toBe(true);
	for (const icon of manifest.icons) expect(existsSync(new URL(icon.src, build))).toBe(true);
	expect(existsSync(new URL('apple-touch-icon-180x180.png', build))).toBe(true);
	expect(manifest.screenshots.map((s) => s.form_factor).sort()).toEqual(['narrow', 'wide']);
	expect(manifest.shortcuts.length).toBeGreaterThanOrEqual(3);
	const sw = readFileSync(new URL('sw.js', build), 'utf8');
	for (const r of routineFiles()) expect(sw).toContain(`routine/${r.id}`);
});

test('after the first visit every route and a whole routine work offline', async ({
	page,
	context
}) => {
	// Every route once, then a whole routine played frame by frame (3 minutes of page.clock):
	// about 30 s alone, up to three times that on a busy two-core machine.
	test.setTimeout(120_000);
	await page.clock.install();
	await page.addInitScript(() => localStorage.setItem('backbeat:cue-log', '1'));
	await open(page, '/');
	await underServiceWorker(page);

	await context.setOffline(true);
	// Going offline is announced on the page at once (the 'offline' event). Checked here, not on a
	// page loaded offline: under load Chromium applied the emulation to a new page's
	// navigator.onLine only after the app had read it, and sent no 'offline' event then.
	await expect(page.getByTestId('offline')).toBeVisible();
	const paths = [
		'/',
		'/safety',
		'/about',
		'/settings',
		'/history',
		'/mine/play?id=not-saved-here',
		...routineFiles().map((r) => `/routine/${r.id}`)
	];
	for (const path of paths) {
		await open(page, path);
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	}
	// A page the build could not prerender still opens offline, from the precached shell.
	await page.goto('/no-such-page');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');

	// Client-side navigation (route data from the cache) and then a routine to its end.
	await open(page, '/');
	await page.getByRole('link', { name: 'Pelvic tilts', exact: true }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Pelvic tilts');
	await openPlayer(page, 'pelvic-tilts');
	await page.getByTestId('start').click();
	// "I'm ready" ends the get-ready early; with Full voice guidance (the default), a lead-in
	// of at most 30 s says the step before its 3-2-1.
	await page.getByTestId('im-ready').click();
	await page.clock.runFor(30_000 + 3000 + 151_000);
	await expect(page.getByTestId('finish')).toBeVisible();
	expect((await cueLog(page)).filter((e) => e.what === 'finish')).toHaveLength(1);
});

/** What a test reads of a service worker's global scope (the tests' types are a window's). */
interface WorkerScope {
	registration: ServiceWorkerRegistration;
	dispatchEvent(event: Event): boolean;
	NotificationEvent: new (type: string, init: { notification: Notification }) => Event;
}

test('a tap on a plan reminder opens its routine, never in a window that is playing one', async ({
	page,
	context
}) => {
	await context.grantPermissions(['notifications']);
	await open(page, '/settings');
	await underServiceWorker(page);
	const playing = await context.newPage();
	await openPlayer(playing, 'walk-break');

	// The reminder as the plan's Today view shows it (state/plan-deps.ts), then a tap on it.
	await page.evaluate(async () => {
		const registration = await navigator.serviceWorker.ready;
		await registration.showNotification('Time for Pelvic tilts', {
			tag: 'reminder-test',
			data: { url: '/routine/pelvic-tilts' }
		});
	});
	const [worker] = context.serviceWorkers();
	if (!worker) throw new Error('no service worker');
	await worker.evaluate(async () => {
		const sw = self as unknown as WorkerScope;
		const [notification] = await sw.registration.getNotifications({ tag: 'reminder-test' });
		if (!notification) throw new Error('the reminder was not shown');
		sw.dispatchEvent(new sw.NotificationEvent('notificationclick', { notification }));
	});

	await expect(page).toHaveURL(/\/routine\/pelvic-tilts$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Pelvic tilts');
	await expect(playing).toHaveURL(/\/play\/walk-break$/);
	// Tapped, the reminder is gone from the system's list.
	const left = await worker.evaluate(async () => {
		const sw = self as unknown as WorkerScope;
		return (await sw.registration.getNotifications({ tag: 'reminder-test' })).length;
	});
	expect(left).toBe(0);
});

test('Chrome finds the app installable and its manifest valid', async ({ baseURL }, testInfo) => {
	// Chrome never offers to install from an incognito profile, and test contexts are
	// incognito: start the project's Chromium on a real, temporary profile and attach to it.
	const profile = mkdtempSync(join(tmpdir(), 'backbeat-profile-'));
	const launch = testInfo.project.use.launchOptions ?? {};
	const browserProcess = spawn(
		launch.executablePath ?? '/usr/bin/chromium',
		[
			'--headless',
			...(launch.args ?? []),
			`--user-data-dir=${profile}`,
			'--remote-debugging-port=0',
			'about:blank'
		],
		{ stdio: ['ignore', 'ignore', 'pipe'] }
	);
	try {
		const endpoint = await new Promise<string>((resolve, reject) => {
			let seen = '';
			browserProcess.stderr?.on('data', (chunk: Buffer) => {
				seen += String(chunk);
				const match = /DevTools listening on (ws:\/\/\S+)/.exec(seen);
				if (match?.[1]) resolve(match[1]);
			});
			browserProcess.on('exit', () => reject(new Error(`Chromium exited:\n${seen}`)));
		});
		const browser = await chromium.connectOverCDP(endpoint);
		const context = browser.contexts()[0]!;
		const page = context.pages()[0] ?? (await context.newPage());
		// This browser is outside the fixture: collect its page errors by hand.
		const errors: string[] = [];
		collectPageErrors(page, errors);
		await open(page, `${baseURL}/`);
		await underServiceWorker(page);
		const cdp = await context.newCDPSession(page);
		const manifest = (await cdp.send('Page.getAppManifest')) as {
			url: string;
			errors: { message: string }[];
		};
		expect(manifest.url).toMatch(/\/manifest\.webmanifest$/);
		expect(manifest.errors).toEqual([]);
		const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as {
			installabilityErrors: { errorId: string }[];
		};
		expect(installabilityErrors).toEqual([]);
		expect(errors).toEqual([]);
		await browser.close();
	} finally {
		// Let Chromium finish writing its profile before removing it.
		const exited = new Promise((resolve) => browserProcess.once('exit', resolve));
		browserProcess.kill();
		await exited;
		await removeProfile(profile);
	}
});

test('every request during a whole session stays on our own origin', async ({ page, context }) => {
	const origins = new Set<string>();
	context.on('request', (request) => {
		const url = new URL(request.url());
		if (url.protocol === 'http:' || url.protocol === 'https:') origins.add(url.origin);
		else if (url.protocol !== 'data:' && url.protocol !== 'blob:') origins.add(url.protocol);
	});
	await page.clock.install();
	await open(page, '/');
	await page.getByRole('link', { name: 'Walk break', exact: true }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Walk break');
	await page.getByRole('link', { name: /^Start/ }).click();
	await page.getByRole('button', { name: /None of these apply/ }).click();
	await page.getByRole('button', { name: 'Skip' }).click();
	await page.getByTestId('start').click();
	// "I'm ready" ends the get-ready early, then the 3-2-1.
	await page.getByTestId('im-ready').click();
	await page.clock.runFor(3000);
	await page.clock.runFor(10 * 60_000);
	await expect(page.getByTestId('finish')).toBeVisible();
	await page.getByRole('link', { name: 'See progress' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	await open(page, '/settings');
	expect([...origins]).toEqual([new URL(page.url()).origin]);
});

test('the strict Content-Security-Policy holds: no violation on any page or in the player', async ({
	page
}) => {
	const violations: string[] = [];
	page.on('console', (m) => {
		if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
	});
	await page.addInitScript(() => {
		document.addEventListener('securitypolicyviolation', (e) =>
			console.error(`Content Security Policy: ${e.violatedDirective} ${e.blockedURI}`)
		);
	});
	await page.clock.install();
	for (const path of ['/', '/routine/pelvic-tilts', '/safety', '/settings', '/history']) {
		await open(page, path);
		const csp = await page
			.locator('meta[http-equiv="content-security-policy"]')
			.getAttribute('content');
		expect(csp).toContain("script-src 'self'");
		expect(csp).toContain("default-src 'self'");
	}
	await openPlayer(page, 'core-gentle');
	await page.getByTestId('start').click();
	await page.clock.runFor(8000);
	await expect(page.getByTestId('player')).toBeVisible();
	expect(violations).toEqual([]);
});

test.describe('updates', () => {
	let server: ChildProcess | undefined;
	let dir = '';

	test.afterEach(() => {
		server?.kill();
		if (dir) rmSync(dir, { recursive: true, force: true });
	});

	test('a new version waits for the session to end, then reloads once when applied', async ({
		page
	}, testInfo) => {
		// A private copy of the build, served without caching so its sw.js can change under it.
		dir = mkdtempSync(join(tmpdir(), 'backbeat-update-'));
		cpSync(build, dir, { recursive: true });
		// (Not 4190: browsers and fetch refuse that port.)
		const port = 4280 + testInfo.workerIndex;
		// The sirv binary itself (not npx), so kill() really stops the server.
		server = spawn(
			'node_modules/.bin/sirv',
			[dir, '--dev', '--port', String(port), '--host', '127.0.0.1', '--single', '200.html'],
			{ stdio: 'ignore' }
		);
		const base = `http://127.0.0.1:${port}`;
		await expect(async () => {
			const res = await fetch(base + '/');
			expect(res.ok).toBe(true);
		}).toPass({ timeout: 15_000 });

		await page.addInitScript(() => {
			const n = Number(sessionStorage.getItem('loads') ?? '0') + 1;
			sessionStorage.setItem('loads', String(n));
		});
		await open(page, base + '/');
		await underServiceWorker(page);
		await openPlayer(page, 'pelvic-tilts', base);
		await page.getByTestId('start').click();
		await expect(page.getByTestId('player')).toBeVisible();
		// Page loads so far; NaN while the page is between documents (during the one reload).
		const loads = async () =>
			Number(await page.evaluate(() => sessionStorage.getItem('loads')).catch(() => NaN));
		const before = await loads();

		// Ship a new version; the app looks for it whenever it becomes visible. Its compressed
		// copies go (a real deploy writes new ones), or sirv would keep sending the old sw.js.
		for (const copy of ['sw.js.br', 'sw.js.gz']) rmSync(join(dir, copy), { force: true });
		appendFileSync(join(dir, 'sw.js'), '\n// next version\n');
		await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
		await page.waitForFunction(
			async () => !!(await navigator.serviceWorker.getRegistration())?.waiting
		);
		// Mid-session: no notice, no reload.
		await expect(page.getByTestId('player')).toBeVisible();
		await expect(page.getByTestId('update-ready')).toHaveCount(0);
		expect(await loads()).toBe(before);

		await page.keyboard.press('Escape');
		await page.getByRole('dialog').getByRole('button', { name: 'End session' }).click();
		await expect(page.getByTestId('finish')).toBeVisible();
		const notice = page.getByTestId('update-ready');
		await expect(notice).toBeVisible();
		expect(await loads()).toBe(before);

		await notice.getByRole('button', { name: 'Update now' }).click();
		await expect.poll(loads).toBe(before + 1);
		await page.waitForSelector('html[data-hydrated]');
		await page.waitForFunction(async () => {
			const reg = await navigator.serviceWorker.getRegistration();
			return !reg?.waiting && navigator.serviceWorker.controller?.state === 'activated';
		});
		await expect(page.getByTestId('update-ready')).toHaveCount(0);
		// Exactly one reload: give a looping reload the chance to show itself.
		await page.waitForTimeout(1000);
		expect(await loads()).toBe(before + 1);
	});
});
