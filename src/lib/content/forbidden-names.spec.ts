/**
 * No medicine, brand or shop name from the source articles appears anywhere the app's words
 * come from or end up: src/, routines/, static/, the READMEs, and the built app in build/
 * when a build is present (CI builds after the unit tests: tests/e2e/built-output.spec.ts
 * checks the build there).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FORBIDDEN_NAMES, forbiddenNamesIn } from './forbidden-names';

const root = new URL('../../../', import.meta.url);
const TEXT = /\.(ts|js|mjs|svelte|json|md|html|css|svg|webmanifest|txt|xml|ics)$/;

function filesUnder(dir: string): string[] {
	const path = new URL(dir, root);
	if (!existsSync(path)) return [];
	return readdirSync(path, { recursive: true, encoding: 'utf8' })
		.map((name) => `${dir}${name}`)
		.filter((name) => TEXT.test(name) && statSync(new URL(name, root)).isFile());
}

const sources = [
	...filesUnder('src/'),
	...filesUnder('routines/'),
	...filesUnder('static/'),
	'README.md'
];
const built = filesUnder('build/');

describe('forbidden names', () => {
	it('has the six advertised names, whole', () => {
		expect(FORBIDDEN_NAMES).toHaveLength(6);
		for (const name of FORBIDDEN_NAMES) expect(name.length).toBeGreaterThan(5);
	});

	it('finds a name in any case and spacing', () => {
		const [first] = FORBIDDEN_NAMES;
		expect(forbiddenNamesIn(`buy ${first!.toUpperCase()} here`)).toEqual([first]);
		expect(forbiddenNamesIn(first!.split('').join(' '))).toEqual([first]);
		expect(forbiddenNamesIn('Stop if the pain gets sharper.')).toEqual([]);
	});

	it('searches src, routines and static (and finds files there)', () => {
		expect(sources.some((f) => f.startsWith('routines/'))).toBe(true);
		expect(sources.some((f) => f.startsWith('static/'))).toBe(true);
		expect(sources.length).toBeGreaterThan(100);
	});

	it.each([...sources, ...built])('%s names no medicine, brand or shop', (file) => {
		expect(forbiddenNamesIn(readFileSync(new URL(file, root), 'utf8'))).toEqual([]);
	});
});
