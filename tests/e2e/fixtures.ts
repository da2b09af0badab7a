import { expect, test as base, type BrowserContext, type Page } from '@playwright/test';

export { expect, type Page, type BrowserContext };

/** Starts collecting every uncaught error of `page` into `errors`. */
export function collectPageErrors(page: Page, errors: string[]): void {
	page.on('pageerror', (error) => errors.push(`${page.url()}: ${error.stack ?? error.message}`));
}

/**
 * Playwright's `test`, except that a test fails when any page of its browser context threw an
 * uncaught error, even if every assertion passed: a crash the person never sees in a test is
 * still a crash on their phone. Every e2e spec imports `test` and `expect` from here.
 */
export const test = base.extend<{ context: BrowserContext }>({
	context: async ({ context }, use) => {
		const pageErrors: string[] = [];
		for (const page of context.pages()) collectPageErrors(page, pageErrors);
		context.on('page', (page) => collectPageErrors(page, pageErrors));
		await use(context);
		expect(pageErrors, 'uncaught errors in the page').toEqual([]);
	}
});
