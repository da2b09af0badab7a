import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';

/** The built-in routine files, read straight from routines/ (the source of truth). */
export function routineFiles(): {
	id: string;
	title: string;
	position: string[];
	tags: string[];
}[] {
	const dir = new URL('../../routines/', import.meta.url);
	return readdirSync(dir)
		.filter((f) => f.endsWith('.json') && f !== 'schema.json')
		.map(
			(f) =>
				JSON.parse(readFileSync(new URL(f, dir), 'utf8')) as {
					id: string;
					title: string;
					position: string[];
					tags: string[];
				}
		);
}

/** Opens a page of the built app and waits until Svelte has hydrated it. */
export async function open(page: Page, path: string): Promise<void> {
	await page.goto(path);
	await page.waitForSelector('html[data-hydrated]');
}

/** Fails with the list of axe-core violations, if any. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
	const results = await new AxeBuilder({ page }).analyze();
	const summary = results.violations.map(
		(v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join('; ')})`
	);
	expect(summary).toEqual([]);
}
