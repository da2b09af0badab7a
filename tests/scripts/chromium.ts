/**
 * The one place that says which Chromium the tests, benchmarks and audit use, and how it is
 * started. We never download a browser: it is the system one (Debian's `chromium`).
 */
import { existsSync, rmSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';

/** `CHROMIUM_PATH`, else Debian's /usr/bin/chromium. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/**
 * No sandbox (CI runs as root) and no background traffic: this machine reaches no host but
 * its package registries, and Chromium's own calls home would only fail, many at a time.
 */
export const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--autoplay-policy=no-user-gesture-required'
];

/** The Chromium path, or an Error that says in one line how to get one. */
export function requireChromium(): string {
	if (!existsSync(CHROMIUM_PATH)) {
		throw new Error(
			`No Chromium at ${CHROMIUM_PATH}. Install one (Debian/Ubuntu: sudo apt-get install -y chromium) ` +
				`or set CHROMIUM_PATH to a Chromium or Chrome binary.`
		);
	}
	return CHROMIUM_PATH;
}

/**
 * Removes a temporary Chromium profile. Chromium's helper processes can still be writing to it
 * for a moment after the browser exits, so this retries for a few seconds, then leaves it to
 * the OS's temp cleaning rather than failing the run over it.
 */
export async function removeProfile(dir: string): Promise<void> {
	for (let i = 0; i < 30; i++) {
		try {
			rmSync(dir, { recursive: true, force: true });
			return;
		} catch {
			await sleep(100);
		}
	}
}
