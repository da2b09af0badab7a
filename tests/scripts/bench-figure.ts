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
	// The page's JavaScript is counted by `npm run bench:bytes` (every file fetched until idle):
	// the HTML no longer names the modules it loads (src/hooks.server.ts).
	print('home_html_gzip', gz(page), 'KB');
}
