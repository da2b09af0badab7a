/**
 * Helpers shared by the browser benchmarks: output lines, percentiles, serving the production
 * build and launching the system Chromium (we never download a browser).
 */
import { chromium, type Browser } from '@playwright/test';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_ARGS, requireChromium } from './chromium';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** Three decimals are plenty for ms and %, and keep the lines short. */
export const round = (x: number) => Math.round(x * 1000) / 1000;

/**
 * One result line: {"name", "value", "unit"}, plus "target" (e.g. "<= 40") when the figure has
 * one, so a slipping budget shows beside its figure. NaN (no samples) prints as null.
 */
export function print(name: string, value: number | boolean, unit: string, target?: string) {
	const v = typeof value === 'number' ? round(value) : value;
	console.log(JSON.stringify(target ? { name, value: v, unit, target } : { name, value: v, unit }));
}

/** Nearest-rank percentile (p = 0 is the minimum, 100 the maximum); NaN for no samples. */
export function percentile(values: readonly number[], p: number): number {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const srv = createServer().listen(0, '127.0.0.1', () => {
			const address = srv.address();
			srv.close(() =>
				typeof address === 'object' && address
					? resolve(address.port)
					: reject(new Error('no free port'))
			);
		});
	});
}

/** Serves build/ like `npm run serve` on a free port; `stop()` ends the server. */
export async function serveBuild(): Promise<{ base: string; stop: () => void }> {
	if (!existsSync(`${ROOT}build/200.html`)) {
		throw new Error('no production build in build/: run `npm run build` first');
	}
	const port = await freePort();
	const base = `http://127.0.0.1:${port}`;
	const args = ['build', '--port', String(port), '--host', '127.0.0.1', '--single', '200.html'];
	// The sirv binary itself (not npx), so kill() stops the server and nothing else.
	const child = spawn(`${ROOT}node_modules/.bin/sirv`, [...args, '--quiet'], {
		cwd: ROOT,
		stdio: 'ignore'
	});
	const stop = () => void child.kill();
	for (
		let i = 0;
		!(await fetch(base).then(
			(r) => r.ok,
			() => false
		));
		i++
	) {
		if (i > 150) {
			stop();
			throw new Error(`sirv did not answer on ${base}`);
		}
		await sleep(100);
	}
	return { base, stop };
}

/** The system Chromium with the e2e suite's flags; exits 1 with a hint when there is none. */
export async function launchChromium(): Promise<Browser> {
	let executablePath: string;
	try {
		executablePath = requireChromium();
	} catch (error) {
		console.error((error as Error).message);
		process.exit(1);
	}
	return chromium.launch({ executablePath, args: CHROMIUM_ARGS });
}
