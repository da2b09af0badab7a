/**
 * The blind test of the figures (issue 24), as a routine step: `npm run figure:blind -- make DIR`
 * draws every named pose to DIR/fig-NN.png in a shuffled order, with DIR/names.txt (the pose
 * names, sorted) and the answer key in DIR/.key.json. Someone who has never seen the figures
 * looks at each picture, says what they see, then picks a name from the list, writing
 * DIR/answers.json as { "fig-01": "pelvic-tilt", … }. `npm run figure:blind -- score DIR` prints
 * what was named right, what was misread as what, and the share named right (aim: 90 %).
 */
import { chromium } from '@playwright/test';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { POSE_NAMES, type PoseName } from '../../src/lib/figure/names';
import { poseSvg } from './figure-svg';
import { CHROMIUM_ARGS, requireChromium } from './chromium';

const [mode, dir] = process.argv.slice(2);
if (!dir || (mode !== 'make' && mode !== 'score')) {
	console.error('usage: figure-blind make DIR | figure-blind score DIR');
	process.exit(2);
}

if (mode === 'make') {
	mkdirSync(dir, { recursive: true });
	const order: PoseName[] = [...POSE_NAMES].sort(() => Math.random() - 0.5);
	const key: Record<string, PoseName> = {};
	const browser = await chromium.launch({ executablePath: requireChromium(), args: CHROMIUM_ARGS });
	try {
		const page = await browser.newPage({ viewport: { width: 400, height: 400 } });
		for (const [i, name] of order.entries()) {
			const id = `fig-${String(i + 1).padStart(2, '0')}`;
			key[id] = name;
			// Light theme, about twice the size a phone's routine page shows it.
			await page.setContent(
				`<body style="margin:0;background:#fff;color:#1b1f23"><div style="width:320px;padding:8px">${poseSvg(name)}</div></body>`
			);
			await page.locator('div').screenshot({ path: `${dir}/${id}.png` });
		}
	} finally {
		await browser.close();
	}
	writeFileSync(`${dir}/names.txt`, [...POSE_NAMES].sort().join('\n') + '\n');
	writeFileSync(`${dir}/.key.json`, JSON.stringify(key, null, '\t') + '\n');
	console.log(
		`${order.length} figures → ${dir} (names.txt; the key is in .key.json: do not show it)`
	);
} else {
	const key = JSON.parse(readFileSync(`${dir}/.key.json`, 'utf8')) as Record<string, string>;
	const answers = JSON.parse(readFileSync(`${dir}/answers.json`, 'utf8')) as Record<string, string>;
	const ids = Object.keys(key).sort();
	const wrong = ids.filter((id) => answers[id] !== key[id]);
	for (const id of wrong) console.log(`${id}: ${key[id]} read as ${answers[id] ?? '(no answer)'}`);
	const right = ids.length - wrong.length;
	console.log(
		`figures named right: ${right} of ${ids.length} (${Math.round((100 * right) / ids.length)} %)`
	);
}
