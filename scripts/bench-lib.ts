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

export const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** Three decimals are plenty for ms and %, and keep the lines short. */
export const round = (x: number) => Math.round(x * 1000) / 1000;

/** One result line: {"name", "value", "unit"}. NaN (no samples) prints as null. */
export function print(name: string, value: number | boolean, unit: string) {
	const v = typeof value === 'number' ? round(value) : value;
	console.log(JSON.stringify({ name, value: v, unit }));
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
	const args = ['sirv', 'build', '--port', String(port), '--host', '127.0.0.1'];
	// Detached: npx runs sirv as its child, so we stop the whole group we created.
	const child = spawn('npx', [...args, '--single', '200.html', '--quiet'], {
		cwd: ROOT,
		stdio: 'ignore',
		detached: true
	});
	const stop = () => {
		try {
			if (child.pid) process.kill(-child.pid);
		} catch {
			// already gone
		}
	};
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
	const executablePath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
	if (!existsSync(executablePath)) {
		console.error(
			`No Chromium at ${executablePath}: install one (Debian/Ubuntu: sudo apt-get install -y chromium) or set CHROMIUM_PATH.`
		);
		process.exit(1);
	}
	return chromium.launch({
		executablePath,
		args: [
			'--no-sandbox',
			'--disable-gpu',
			'--disable-quic',
			'--no-first-run',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync',
			'--autoplay-policy=no-user-gesture-required'
		]
	});
}
