// Prints one closing line for the whole test run, `tests: N passed, N failed, N skipped`,
// from the JSON reports that vitest, Playwright and the cross-engine smoke test write to
// .reports/. Exits non-zero when a suite failed or did not run (an earlier step such as lint
// stopped the chain).
// `--reset` clears old reports first, so a stale pass can never be counted.
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const dir = new URL('../../.reports/', import.meta.url);
if (process.argv.includes('--reset')) {
	rmSync(dir, { recursive: true, force: true });
	mkdirSync(dir, { recursive: true });
	process.exit(0);
}

/** @param {string} name @returns {any} the parsed report, or null when it was not written */
const read = (name) => {
	const file = new URL(name, dir);
	return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null;
};

let passed = 0;
let failed = 0;
let skipped = 0;
const missing = [];

const unit = read('vitest.json');
if (unit) {
	passed += unit.numPassedTests;
	failed += unit.numFailedTests + (unit.success ? 0 : unit.numFailedTests ? 0 : 1);
	skipped += unit.numPendingTests + unit.numTodoTests;
} else missing.push('unit tests (vitest)');

const e2e = read('e2e.json');
if (e2e) {
	passed += e2e.stats.expected;
	failed += e2e.stats.unexpected + e2e.stats.flaky;
	skipped += e2e.stats.skipped;
} else missing.push('end-to-end tests (Playwright)');

// The cross-engine smoke test (tests/engines/smoke.ts): its checks, and a failed engine.
const engines = read('engines.json');
if (engines) {
	passed += engines.passed;
	failed += engines.failed;
} else missing.push('the cross-engine smoke test (Firefox, WebKit)');

if (missing.length) console.log(`did not run: ${missing.join(', ')} (an earlier step failed)`);
console.log(`tests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed || missing.length ? 1 : 0);
