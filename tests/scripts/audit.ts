/**
 * `npm run audit`: what a cheap phone sees, per page kind (home, routine, play, progress,
 * settings, safety), on the production build in the system Chromium:
 *
 * - `<kind>_js_gzip`: every JavaScript file the page fetches on a first visit until the network
 *   is idle (service-worker registration and lazy chunks included), gzip level 9; see audit-js.ts.
 * - Lighthouse 12 (mobile emulation, simulated throttling), the median of `--runs` runs (3):
 *   `<kind>_performance`, `_accessibility`, `_best_practices`, `_lcp`, `_fcp`, `_tbt`, `_cls`.
 *
 * Prints one JSON line per figure, {"name", "value", "unit", "target"}, and then `targets_met`.
 * Options (after `--`): `--bytes` counts bytes only (fast, deterministic, fine on a busy
 * machine: timings there are not); `--runs=N`; `--pages=home,progress`; `--files` lists each
 * page's scripts on stderr. Measures only: exits 0 when targets are missed, 1 on errors.
 */
import lighthouse from 'lighthouse';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { JS_TARGET_KB, PAGE_KINDS, jsUntilIdle } from './audit-js';
import { launchChromium, percentile, print, serveBuild } from './bench-lib';
import { CHROMIUM_ARGS, removeProfile, requireChromium } from './chromium';

const args = process.argv.slice(2);
const option = (name: string) => args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const BYTES_ONLY = args.includes('--bytes');
const LIST_FILES = args.includes('--files');
const RUNS = Number(option('runs') ?? 3);
const WANTED = option('pages')?.split(',');
const SAVE_DIR = option('save');
const PAGES = PAGE_KINDS.filter((p) => !WANTED || WANTED.includes(p.kind));

/** Lighthouse figures, their units and targets (issue 15): `ok` says whether a value meets it. */
const LIGHTHOUSE_FIGURES = [
	{ name: 'performance', unit: 'score', target: '>= 100', ok: (v: number) => v >= 100 },
	{ name: 'accessibility', unit: 'score', target: '>= 100', ok: (v: number) => v >= 100 },
	{ name: 'best_practices', unit: 'score', target: '>= 100', ok: (v: number) => v >= 100 },
	{ name: 'lcp', unit: 'ms', target: '<= 1500', ok: (v: number) => v <= 1500 },
	{ name: 'fcp', unit: 'ms', target: '<= 1000', ok: (v: number) => v <= 1000 },
	{ name: 'tbt', unit: 'ms', target: '<= 20', ok: (v: number) => v <= 20 },
	{ name: 'cls', unit: 'score', target: '<= 0.01', ok: (v: number) => v <= 0.01 },
	{ name: 'render_blocking', unit: 'count', target: '<= 0', ok: (v: number) => v <= 0 }
] as const;

type Figures = Record<(typeof LIGHTHOUSE_FIGURES)[number]['name'], number>;

async function waitForDevTools(proc: ChildProcess): Promise<number> {
	return new Promise((resolve, reject) => {
		let seen = '';
		proc.stderr?.on('data', (chunk: Buffer) => {
			seen += String(chunk);
			const m = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(seen);
			if (m?.[1]) resolve(Number(m[1]));
		});
		proc.on('exit', () => reject(new Error(`Chromium exited early:\n${seen}`)));
	});
}

/** How many stylesheets and scripts Lighthouse found holding back the first paint. */
function renderBlocking(audit: { details?: unknown } | undefined): number {
	const details = audit?.details as { items?: unknown[] } | undefined;
	return details?.items?.length ?? 0;
}

/** One Lighthouse run; failing audits of the 100-point categories go to stderr. */
async function runLighthouse(url: string, port: number, kind: string): Promise<Figures> {
	const result = await lighthouse(url, {
		port,
		output: 'json',
		logLevel: 'error',
		onlyCategories: ['performance', 'accessibility', 'best-practices']
	});
	if (!result) throw new Error('Lighthouse returned no result');
	const { categories, audits } = result.lhr;
	if (SAVE_DIR) {
		mkdirSync(SAVE_DIR, { recursive: true });
		writeFileSync(join(SAVE_DIR, `${kind}-${Date.now()}.json`), JSON.stringify(result.lhr));
	}
	const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
	const numeric = (id: string) => audits[id]?.numericValue ?? NaN;
	for (const cat of ['accessibility', 'best-practices']) {
		for (const ref of categories[cat]?.auditRefs ?? []) {
			const audit = audits[ref.id];
			if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1) {
				console.error(`${kind}: ${cat}: ${audit.id}: ${audit.title}`);
			}
		}
	}
	return {
		performance: score('performance'),
		accessibility: score('accessibility'),
		best_practices: score('best-practices'),
		lcp: Math.round(numeric('largest-contentful-paint')),
		fcp: Math.round(numeric('first-contentful-paint')),
		tbt: Math.round(numeric('total-blocking-time')),
		cls: Number(numeric('cumulative-layout-shift').toFixed(4)),
		// A count, not a time: deterministic, so it means something on a busy machine too.
		render_blocking: renderBlocking(audits['render-blocking-resources'])
	};
}

async function measureBytes(base: string, misses: string[]): Promise<void> {
	const browser = await launchChromium();
	try {
		for (const { kind, path } of PAGES) {
			const { files, bytes } = await jsUntilIdle(browser, base, path);
			const kb = bytes / 1024;
			const target = JS_TARGET_KB[kind];
			print(`${kind}_js_gzip`, Number(kb.toFixed(1)), 'KB', target ? `<= ${target}` : undefined);
			print(`${kind}_js_files`, files.length, 'count');
			print(`${kind}_js_preloaded`, files.filter((f) => f.preloaded).length, 'count');
			if (target !== undefined && kb > target) misses.push(`${kind} JS ${kb.toFixed(1)} KB`);
			if (LIST_FILES) {
				for (const f of files) {
					console.error(`${kind}\t${f.gzip}\t${f.preloaded ? 'preload' : 'lazy'}\t${f.path}`);
				}
			}
		}
	} finally {
		await browser.close();
	}
}

async function measureLighthouse(base: string, misses: string[]): Promise<void> {
	const profile = mkdtempSync(join(tmpdir(), 'backbeat-audit-'));
	// A real profile: Lighthouse's best-practice checks behave as for a person.
	const chrome = spawn(
		requireChromium(),
		[
			'--headless',
			...CHROMIUM_ARGS,
			`--user-data-dir=${profile}`,
			'--remote-debugging-port=0',
			'about:blank'
		],
		{ stdio: ['ignore', 'ignore', 'pipe'] }
	);
	try {
		const port = await waitForDevTools(chrome);
		for (const { kind, path } of PAGES) {
			const runs: Figures[] = [];
			// Lighthouse resets the origin's storage, caches and service worker before each run.
			for (let i = 0; i < RUNS; i++) runs.push(await runLighthouse(base + path, port, kind));
			for (const { name, unit, target, ok } of LIGHTHOUSE_FIGURES) {
				const median = percentile(
					runs.map((r) => r[name]),
					50
				);
				print(`${kind}_${name}`, median, unit, target);
				if (!ok(median)) misses.push(`${kind} ${name} ${median}`);
			}
		}
	} finally {
		chrome.kill();
		await removeProfile(profile);
	}
}

async function main(): Promise<void> {
	const server = await serveBuild();
	const misses: string[] = [];
	try {
		await measureBytes(server.base, misses);
		if (!BYTES_ONLY) await measureLighthouse(server.base, misses);
	} finally {
		server.stop();
	}
	print('targets_met', misses.length === 0, 'bool');
	if (misses.length) console.error(`targets missed: ${misses.join(', ')}`);
}

main().catch((error: unknown) => {
	console.error(error instanceof Error ? error.message : error);
	process.exit(1);
});
