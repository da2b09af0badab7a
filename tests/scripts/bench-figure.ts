/**
 * Prints the figure's size budget: the gzipped code + pose data a page loads to draw moving
 * figures (target ≤ 8 KB), and, when a build exists, the gzipped JS the home page loads
 * (budget ≤ 40 KB; the cards' figures are drawn at build time, so it should not grow).
 * `npx tsx tests/scripts/bench-figure.ts` (after `npm run build` for the home-page line).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { print, ROOT } from './bench-lib';
import { figureGzipKb } from './figure-size';

const gz = (text: string | Buffer) => gzipSync(text, { level: 9 }).length / 1024;

print('figure_code_and_poses_gzip', await figureGzipKb(), 'KB', '<= 8');

const html = join(ROOT, 'build', 'index.html');
if (existsSync(html)) {
	const page = readFileSync(html, 'utf8');
	const urls = new Set<string>();
	for (const m of page.matchAll(/<link href="([^"]+\.js)" rel="modulepreload"/g)) urls.add(m[1]!);
	for (const m of page.matchAll(/import\("([^"]+\.js)"\)/g)) urls.add(m[1]!);
	let kb = 0;
	for (const url of urls) kb += gz(readFileSync(join(ROOT, 'build', url.replace(/^\.?\//, ''))));
	print('home_js_gzip', kb, 'KB');
	print('home_html_gzip', gz(page), 'KB');
}
