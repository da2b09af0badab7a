/**
 * What a phone downloads in JavaScript on a first visit: every script the page itself fetches
 * (modulepreloads, lazy chunks, the service-worker registration code) from navigation until
 * the network has been quiet for a while, each counted as its file in build/ gzipped at level 9.
 * Deterministic: the bytes do not depend on how busy the machine is, only on which files load.
 *
 * The service worker's own script and its precache downloads are not the page's: they run in
 * the worker, off the main thread, and are listed apart (`sw`) for information.
 */
import type { Browser } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { gzipSync } from 'node:zlib';
import { ROOT } from './bench-lib';

/** One page kind the audit measures, and where to find it. */
export interface PageKind {
	kind: string;
	path: string;
}

/** The six page kinds of the issue-15 table; built-in routine ids only. */
export const PAGE_KINDS: readonly PageKind[] = [
	{ kind: 'home', path: '/' },
	{ kind: 'routine', path: '/routine/pelvic-tilts' },
	{ kind: 'play', path: '/play/pelvic-tilts' },
	{ kind: 'progress', path: '/history' },
	{ kind: 'settings', path: '/settings' },
	{ kind: 'safety', path: '/safety' }
];

/** Targets printed beside each figure (issue 15). Only the home page has a JS budget. */
export const JS_TARGET_KB: Readonly<Record<string, number>> = { home: 40 };

/** The gzip -9 size of a build file, by its URL path. */
export function gzipBytesOf(urlPath: string, buildDir = join(ROOT, 'build')): number {
	return gzipSync(readFileSync(join(buildDir, decodeURIComponent(urlPath))), { level: 9 }).length;
}

/** The scripts one first visit fetched, in order, and their gzip -9 total. */
export interface JsUntilIdle {
	files: { path: string; gzip: number; preloaded: boolean }[];
	bytes: number;
}

/**
 * Opens `base + path` in a fresh browser context (empty caches, a service worker allowed to
 * register as for a person) and waits until no request has started for `quietMs` after load.
 */
export async function jsUntilIdle(
	browser: Browser,
	base: string,
	path: string,
	quietMs = 1500
): Promise<JsUntilIdle> {
	const context = await browser.newContext({ viewport: { width: 360, height: 640 } });
	try {
		const page = await context.newPage();
		const scripts: string[] = [];
		let last = Date.now();
		// page.on('request') sees the page's own requests, not the service worker's precaching.
		page.on('request', (request) => {
			last = Date.now();
			const url = new URL(request.url());
			if (url.origin === base && url.pathname.endsWith('.js')) scripts.push(url.pathname);
		});
		const response = await page.goto(base + path, { waitUntil: 'load' });
		// Preloaded = named in the page's HTML as a module preload that is fetched (not one with
		// `media="not all"`, see hooks.server.ts); Vite adds more <link>s later for lazy chunks.
		const html = (await response?.text()) ?? '';
		const preloads = new Set(
			[...html.matchAll(/<link href="([^"]+\.js)" rel="modulepreload">/g)].map(
				(m) => new URL(m[1]!, base + path).pathname
			)
		);
		await page.waitForSelector('html[data-hydrated]', { timeout: 60_000 });
		while (Date.now() - last < quietMs) await sleep(100);
		const files = [...new Set(scripts)].map((p) => ({
			path: p,
			gzip: gzipBytesOf(p),
			preloaded: preloads.has(p)
		}));
		return { files, bytes: files.reduce((sum, f) => sum + f.gzip, 0) };
	} finally {
		await context.close();
	}
}
