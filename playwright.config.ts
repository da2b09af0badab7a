import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, requireChromium } from './tests/scripts/chromium';

// We never download a browser: tests run in the system Chromium (Debian's `chromium`).
const chromium = (() => {
	try {
		return requireChromium();
	} catch (error) {
		// One clear line, not a stack trace: the fix is an install, not a code change.
		console.error((error as Error).message);
		process.exit(1);
	}
})();

const port = Number(process.env.E2E_PORT ?? 4173);

export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: true,
	forbidOnly: true,
	retries: 0,
	// Two cores: two browsers at most.
	workers: 2,
	reporter: [['list'], ['json', { outputFile: '.reports/e2e.json' }]],
	// A test's whole budget, not a measure: the longest play whole routines frame by frame under
	// page.clock or run axe several times, and on a slow two-core VM (page faults ten times the
	// usual cost, two browsers at once) some took 60-70 s where they took 15 to 30. What a person
	// sees is checked by the 5 s expect timeouts.
	timeout: 120_000,
	expect: { timeout: 5_000 },
	use: {
		baseURL: `http://127.0.0.1:${port}`,
		serviceWorkers: 'allow',
		trace: 'retain-on-failure',
		launchOptions: {
			executablePath: chromium,
			args: CHROMIUM_ARGS
		}
	},
	projects: [
		{
			name: 'phone',
			use: { ...devices['Desktop Chrome'], viewport: { width: 360, height: 740 }, hasTouch: true }
		},
		{
			name: 'tablet',
			use: { ...devices['Desktop Chrome'], viewport: { width: 1024, height: 768 }, hasTouch: true },
			// The layout-sensitive suites run on both sizes; the rest once is enough.
			grep: /@both/
		}
	],
	webServer: {
		command: `npx sirv build --port ${port} --host 127.0.0.1 --single 200.html --quiet`,
		url: `http://127.0.0.1:${port}/`,
		reuseExistingServer: !process.env.CI,
		timeout: 30_000
	}
});
