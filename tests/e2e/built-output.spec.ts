/**
 * The built app names no medicine, brand or shop either. The unit suite runs before the build
 * in CI, so the built files are checked here, where the build is sure to exist.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { forbiddenNamesIn } from '../../src/lib/content/forbidden-names';
import { expect, test } from './fixtures';

const build = new URL('../../build/', import.meta.url);
const TEXT = /\.(js|html|css|json|svg|webmanifest|txt)$/;

test('no file of the built app names a medicine, brand or shop', () => {
	const files = readdirSync(build, { recursive: true, encoding: 'utf8' }).filter(
		(name) => TEXT.test(name) && statSync(new URL(name, build)).isFile()
	);
	expect(files.filter((f) => f.endsWith('.js')).length).toBeGreaterThan(10);
	expect(files).toContain('index.html');
	const hits = files.flatMap((file) =>
		forbiddenNamesIn(readFileSync(new URL(file, build), 'utf8')).map((name) => `${file}: ${name}`)
	);
	expect(hits).toEqual([]);
});
