/**
 * `npm run audit`: Lighthouse (mobile emulation, simulated throttling) against the production
 * build in the system Chromium, plus the gzipped JavaScript the home page loads first.
 * Prints one JSON line per figure: {"name", "value", "unit"}. Targets: performance ≥ 95,
 * accessibility 100, best practices 100, home-page JS ≤ 60 KB gzipped.
 * Measures only: it exits 0 when targets are missed (see `targets_met`), non-zero on errors.
 */
import lighthouse from 'lighthouse';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { print as line, serveBuild } from './bench-lib';
import { CHROMIUM_ARGS, removeProfile, requireChromium } from './chromium';

/** Sum of gzipped sizes of every script the home page's HTML loads or preloads. */
export function homeJsGzipBytes(buildDir = 'build'): number {
	const html = readFileSync(join(buildDir, 'index.html'), 'utf8');
	const urls = new Set<string>();
	for (const m of html.matchAll(/<link href="([^"]+\.js)" rel="modulepreload"/g)) urls.add(m[1]!);
	for (const m of html.matchAll(/import\("([^"]+\.js)"\)/g)) urls.add(m[1]!);
	let total = 0;
	for (const url of urls) {
		const file = join(buildDir, url.replace(/^\.?\//, ''));
		total += gzipSync(readFileSync(file), { level: 9 }).length;
	}
	return total;
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

async function main(): Promise<void> {
	const chromiumPath = requireChromium();
	const server = await serveBuild();
	const profile = mkdtempSync(join(tmpdir(), 'backbeat-audit-'));
	// A real profile: Lighthouse's PWA and best-practice checks behave as for a person.
	const chrome = spawn(
		chromiumPath,
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
		const debugPort = await waitForDevTools(chrome);
		const result = await lighthouse(`${server.base}/`, {
			port: debugPort,
			output: 'json',
			logLevel: 'error',
			onlyCategories: ['performance', 'accessibility', 'best-practices']
		});
		if (!result) throw new Error('Lighthouse returned no result');
		const { categories, audits } = result.lhr;
		const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
		const numeric = (id: string) => audits[id]?.numericValue ?? NaN;
		const figures = {
			performance: score('performance'),
			accessibility: score('accessibility'),
			bestPractices: score('best-practices'),
			js: homeJsGzipBytes() / 1024
		};
		line('lighthouse_performance', figures.performance, 'score');
		line('lighthouse_accessibility', figures.accessibility, 'score');
		line('lighthouse_best_practices', figures.bestPractices, 'score');
		line('lcp', Math.round(numeric('largest-contentful-paint')), 'ms');
		line('tbt', Math.round(numeric('total-blocking-time')), 'ms');
		line('cls', Number(numeric('cumulative-layout-shift').toFixed(4)), 'score');
		line('home_js_gzip', Number(figures.js.toFixed(1)), 'KB');
		const misses = [
			figures.performance < 95 && 'performance < 95',
			figures.accessibility < 100 && 'accessibility < 100',
			figures.bestPractices < 100 && 'best practices < 100',
			figures.js > 60 && 'home JS > 60 KB'
		].filter(Boolean);
		for (const cat of ['accessibility', 'best-practices']) {
			for (const ref of categories[cat]?.auditRefs ?? []) {
				const audit = audits[ref.id];
				if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1) {
					console.error(`${cat}: ${audit.id}: ${audit.title}`);
				}
			}
		}
		line('targets_met', misses.length === 0, 'bool');
		if (misses.length) console.error(`targets missed: ${misses.join(', ')}`);
	} finally {
		chrome.kill();
		server.stop();
		await removeProfile(profile);
	}
}

main().catch((error: unknown) => {
	console.error(error instanceof Error ? error.message : error);
	process.exit(1);
});
