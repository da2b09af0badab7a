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
 * For each page kind, stderr says where the median-LCP run's time went: the LCP element, the
 * LCP phases and the longest main-thread tasks.
 * Options (after `--`): `--bytes` counts bytes only (fast, deterministic, fine on a busy
 * machine: timings there are not); `--runs=N`; `--pages=home,progress`; `--files` lists each
 * page's scripts on stderr; `--tasks=MS` lists each run's main-thread tasks of MS or more
 * (observed, before the 4× slowdown) with what ran inside them (trace-tasks.ts); `--save=DIR`
 * writes each Lighthouse report (JSON) there; `--coverage` keeps Lighthouse's coverage audits
 * (see SKIP_AUDITS).
 * Measures only: exits 0 when targets are missed, 1 on errors.
 */
import lighthouse from 'lighthouse';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { longTasks } from './trace-tasks';
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
const TASKS_MS = option('tasks');
const COVERAGE = args.includes('--coverage');
/**
 * Lighthouse's two audits of unused JavaScript bytes (diagnostics: no weight in the score; the
 * bytes are counted above, by audit-js.ts) start V8's precise coverage before the page loads.
 * That deoptimizes and walks the renderer's heap in a 15 to 45 ms task before the page's own
 * request, in two runs of three; Lighthouse's simulation then places it after the document
 * arrives, at the first paint, where it counted as up to 130 ms of the page's blocking time.
 * No phone runs that task, so it is left out; `--coverage` runs as the Lighthouse CLI does.
 */
const SKIP_AUDITS = COVERAGE ? [] : ['unused-javascript', 'script-treemap-data'];
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

/** A Lighthouse item: a table row, or (in a list) a table with rows of its own. */
type Item = Record<string, unknown> & { items?: Record<string, unknown>[] };

interface AuditDetails {
	details?: { items?: Item[] };
}

/**
 * Where a run's LCP and blocking time went, in one line for stderr: the LCP element (its
 * selector and text), Lighthouse's LCP phases (TTFB, load delay, load time, render delay) and
 * the three longest main-thread tasks with the script they are blamed on.
 */
function whereTimeWent(audits: Record<string, AuditDetails | undefined>): string {
	const [element, phases] = audits['largest-contentful-paint-element']?.details?.items ?? [];
	const node = element?.items?.[0]?.node as { selector?: string; nodeLabel?: string } | undefined;
	const label = (node?.nodeLabel ?? '').slice(0, 50);
	const lcp = node ? `LCP element ${node.selector} "${label}"` : 'LCP element unknown';
	const phaseText = (phases?.items ?? [])
		.map((p) => `${String(p.phase)} ${Math.round(Number(p.timing))}`)
		.join(', ');
	const tasks = (audits['long-tasks']?.details?.items ?? [])
		.map((t) => ({ url: String(t.url), ms: Math.round(Number(t.duration)) }))
		.sort((a, b) => b.ms - a.ms)
		.slice(0, 3)
		.map((t) => `${t.ms} ms ${t.url.replace(/^https?:\/\/[^/]+/, '')}`)
		.join('; ');
	return `${lcp}; phases (ms): ${phaseText || 'none'}; longest tasks: ${tasks || 'none'}`;
}

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
async function runLighthouse(
	url: string,
	port: number,
	kind: string
): Promise<{ figures: Figures; detail: string }> {
	const result = await lighthouse(url, {
		port,
		output: 'json',
		logLevel: 'error',
		onlyCategories: ['performance', 'accessibility', 'best-practices'],
		skipAudits: SKIP_AUDITS
	});
	if (!result) throw new Error('Lighthouse returned no result');
	const { categories, audits } = result.lhr;
	if (TASKS_MS) {
		for (const line of longTasks(result.artifacts.Trace.traceEvents, Number(TASKS_MS))) {
			console.error(`${kind} task ${line}`);
		}
	}
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
	const figures: Figures = {
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
	return { figures, detail: whereTimeWent(audits as Record<string, AuditDetails | undefined>) };
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
			const results: { figures: Figures; detail: string }[] = [];
			// Lighthouse resets the origin's storage, caches and service worker before each run.
			for (let i = 0; i < RUNS; i++) results.push(await runLighthouse(base + path, port, kind));
			const runs = results.map((r) => r.figures);
			// The run with the median LCP tells where that time went.
			const byLcp = [...results].sort((a, b) => a.figures.lcp - b.figures.lcp);
			console.error(`${kind}: ${byLcp[Math.floor((byLcp.length - 1) / 2)]?.detail ?? ''}`);
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

/** Above this, mapping fresh memory is slow enough to skew the browser's timings (see below). */
const FRESH_MEMORY_MS_TYPICAL = 60;

/**
 * How long this machine takes to hand a process 100 MB of memory it has not touched yet (median
 * of 3). A new page's renderer does that all through its start: on one virtual machine here each
 * page fault took 11 µs, ten times the usual, and the same build's blocking time read 300 ms
 * instead of 0. Lighthouse's CPU benchmark does not see it (it runs in memory already mapped).
 */
function freshMemoryMs(): number {
	const times = [0, 1, 2].map(() => {
		const start = performance.now();
		Buffer.allocUnsafeSlow(100 * 1024 * 1024).fill(1);
		return performance.now() - start;
	});
	return Math.round(percentile(times, 50));
}

async function main(): Promise<void> {
	const server = await serveBuild();
	const misses: string[] = [];
	if (!BYTES_ONLY) {
		const ms = freshMemoryMs();
		print('machine_fresh_memory', ms, 'ms per 100 MB');
		if (ms > FRESH_MEMORY_MS_TYPICAL) {
			console.error(
				`this machine maps fresh memory slowly (${ms} ms per 100 MB; typical <= ${FRESH_MEMORY_MS_TYPICAL}): ` +
					'layout and script start-up run several times slower here than their share of a phone, ' +
					'so blocking time and performance scores read high. Compare builds on the same machine.'
			);
		}
	}
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
