import { expect, type Locator, type Page } from '@playwright/test';
import Ajv from 'ajv';
import { readFileSync } from 'node:fs';

/** Collects uncaught page errors; call the returned check at the end of a test. */
export function failOnPageErrors(page: Page): () => void {
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(error.message));
	return () => expect(errors).toEqual([]);
}

/** Presses Tab until `target` has focus: proves it is reachable by keyboard, in order. */
export async function tabTo(page: Page, target: Locator, max = 80): Promise<void> {
	for (let i = 0; i < max; i++) {
		if (await target.evaluate((el) => el === document.activeElement)) return;
		await page.keyboard.press('Tab');
	}
	throw new Error(`Could not reach ${target.toString()} with Tab in ${max} presses`);
}

/** Validates text against routines/schema.json; resolves to the errors (empty when valid). */
export function schemaErrors(text: string): string[] {
	const schema = JSON.parse(
		readFileSync(new URL('../../routines/schema.json', import.meta.url), 'utf8')
	) as object;
	const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
	const ok = validate(JSON.parse(text));
	return ok ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ''}`);
}

/** A small valid routine file, for imports and share links. */
export function routineJson(overrides: Record<string, unknown> = {}): string {
	return JSON.stringify({
		formatVersion: 1,
		id: 'physio-back-programme',
		title: 'Physio back programme',
		summary: 'Three moves my physiotherapist gave me.',
		level: 'gentle',
		position: ['lying'],
		tags: ['lower-back'],
		equipment: ['mat'],
		safety: ['Stop if the pain gets sharper or spreads down a leg.'],
		steps: [
			{
				type: 'untimed',
				name: 'Get into position',
				instructions: 'Lie on your back, knees bent.'
			},
			{
				type: 'hold',
				name: 'Pelvic tilt',
				instructions: 'Press your lower back into the floor.',
				hold: 5,
				relax: 5,
				reps: 3
			},
			{
				type: 'timed',
				name: 'Knee hug',
				instructions: 'Hug one knee to your chest.',
				duration: 10,
				perSide: true
			}
		],
		...overrides
	});
}
