/**
 * Draws every named pose, in light and dark, to SVG files and to contact sheets (PNG) at phone
 * size, with the system Chromium: `npm run gallery`. Look at every pose: a figure must read as
 * the exercise from two metres. Output: test-results/figure-gallery/.
 */
import { chromium } from '@playwright/test';
import { mkdirSync, writeFileSync } from 'node:fs';
import { POSE_NAMES, type PoseName } from '../../src/lib/figure/names';
import { poseSvg } from './figure-svg';
import { CHROMIUM_ARGS, requireChromium } from './chromium';

const out = process.env.GALLERY_OUT || 'test-results/figure-gallery';
const only = process.argv.slice(2);
const names = (only.length ? only : POSE_NAMES) as PoseName[];
/** A few poses for the README, drawn as one strip per theme. */
const STRIP: PoseName[] = [
	'pelvic-tilt',
	'knee-to-chest',
	'dead-bug-reach',
	'bridge',
	'cat',
	'childs-pose',
	'bird-dog',
	'rest-calves-on-chair',
	'mini-squat',
	'walk-near',
	'arms-y',
	'ear-to-shoulder'
];
const themes = { light: { bg: '#ffffff', fg: '#1b1f23' }, dark: { bg: '#121416', fg: '#e8eaed' } };

mkdirSync(`${out}/svg`, { recursive: true });
for (const name of names) writeFileSync(`${out}/svg/${name}.svg`, poseSvg(name));

const browser = await chromium.launch({ executablePath: requireChromium(), args: CHROMIUM_ARGS });
try {
	// A phone's width, three figures across: about the size the routine page shows them.
	const page = await browser.newPage({ viewport: { width: 360, height: 640 } });
	for (const [theme, c] of Object.entries(themes)) {
		// Sheets of twelve, so each one can be looked at whole at phone size.
		for (let i = 0; i < names.length; i += 12) {
			const cells = names
				.slice(i, i + 12)
				.map((n) => `<figure>${poseSvg(n)}<figcaption>${n}</figcaption></figure>`)
				.join('');
			await page.setContent(
				`<style>body{margin:8px;background:${c.bg};color:${c.fg};font:11px sans-serif}` +
					`main{display:grid;grid-template-columns:repeat(3,1fr);gap:6px}figure{margin:0}` +
					`svg{width:100%;height:auto;display:block}figcaption{text-align:center}</style><main>${cells}</main>`
			);
			await page.screenshot({ path: `${out}/sheet-${theme}-${i / 12 + 1}.png`, fullPage: true });
		}
		await page.setViewportSize({ width: 720, height: 400 });
		await page.setContent(
			`<style>body{margin:8px;background:${c.bg};color:${c.fg};font:13px sans-serif}` +
				`main{display:grid;grid-template-columns:repeat(6,1fr);gap:8px}figure{margin:0}` +
				`svg{width:100%;height:auto;display:block}figcaption{text-align:center}</style>` +
				`<main>${STRIP.map((n) => `<figure>${poseSvg(n)}<figcaption>${n}</figcaption></figure>`).join('')}</main>`
		);
		await page.locator('main').screenshot({ path: `${out}/strip-${theme}.png` });
		await page.setViewportSize({ width: 360, height: 640 });
		for (const n of names) {
			await page.setContent(
				`<body style="margin:0;background:${c.bg};color:${c.fg}"><div style="width:160px">${poseSvg(n)}</div></body>`
			);
			await page.locator('svg').screenshot({ path: `${out}/${n}-${theme}.png` });
		}
	}
} finally {
	await browser.close();
}
console.log(`${names.length} poses → ${out}`);
