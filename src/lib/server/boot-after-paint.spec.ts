import { createHash } from 'node:crypto';
import { Script } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { bootAfterFirstPaint } from './boot-after-paint';

const hash = (s: string) => `'sha256-${createHash('sha256').update(s).digest('base64')}'`;

// The shape SvelteKit 2 writes into a prerendered page (trimmed), data with a `$` pattern.
const START = `
	{
		__sveltekit_x = { base: new URL("..", location).pathname.slice(0, -1) };
		const element = document.currentScript.parentElement;
		Promise.all([
			import("../_app/immutable/entry/start.js"),
			import("../_app/immutable/entry/app.js")
		]).then(([kit, app]) => {
			kit.start(app, element, { node_ids: [0, 10], data: [{ price: "$& $1 $$" }] });
		});
	}
`;
const FIRST_PAINT = `try { document.documentElement.dataset.x = '1'; } catch (e) {}`;

const page = (start: string) =>
	`<html><head><meta http-equiv="content-security-policy" content="script-src 'self' ${hash(FIRST_PAINT)} ${hash(start)}"><script>${FIRST_PAINT}</script></head>` +
	`<body><main>Hi</main><script>${start}</script></body></html>`;

const scripts = (html: string) =>
	[...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1] ?? '');

describe('bootAfterFirstPaint', () => {
	it('imports the app once the next frame is painted, and starts it in a task of its own', () => {
		const out = bootAfterFirstPaint(page(START));
		const start = scripts(out)[1] ?? '';
		expect(start).toMatch(
			/new Promise\(\(r\) => \{[^]*new PerformanceObserver[^]*observe\(\{ type: 'paint', buffered: true \}\)[^]*?\}\)\.then\(\(\) => Promise\.all\(\[\s*import\("[^"]+start\.js"\),\s*import\("[^"]+app\.js"\)\s*\]\)\)\.then\(\(m\) => new Promise\([^]*new MessageChannel\(\)[^]*postMessage\(0\); \}\)\.then\(\(\) => m\)\)\.then\(\(\[kit, app\]\) =>/
		);
		// Still one statement that parses.
		expect(() => new Script(start)).not.toThrow();
		// The page's data is untouched, `$` patterns included.
		expect(start).toContain('data: [{ price: "$& $1 $$" }]');
	});

	it('puts the rewritten script’s hash in the policy in place of the old one', () => {
		const out = bootAfterFirstPaint(page(START));
		const [firstPaint = '', start = ''] = scripts(out);
		expect(out).toContain(hash(start));
		expect(out).not.toContain(hash(START));
		// Other inline scripts keep theirs.
		expect(firstPaint).toBe(FIRST_PAINT);
		expect(out).toContain(hash(FIRST_PAINT));
	});

	it('leaves a page unchanged when the start script has another shape', () => {
		const other = START.replace('.then(([kit, app]) =>', '.then((modules) =>');
		expect(bootAfterFirstPaint(page(other))).toBe(page(other));
	});

	it('leaves a page unchanged when its policy does not list the script (it would be blocked)', () => {
		const html = page(START).replace(hash(START), "'unsafe-hashes'");
		expect(bootAfterFirstPaint(html)).toBe(html);
	});

	it('leaves a page without a start script unchanged', () => {
		const html = '<html><body><script>console.log(1)</script></body></html>';
		expect(bootAfterFirstPaint(html)).toBe(html);
	});

	it('turns the home page island entry into an import after the first paint, hashed in the policy', () => {
		const island = '/_app/immutable/chunks/home.js';
		const html =
			`<html><head><meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' ${hash(FIRST_PAINT)}; style-src 'self'">` +
			`<script>${FIRST_PAINT}</script><script type="module" data-after-paint="" src="${island}"></script></head><body></body></html>`;
		const out = bootAfterFirstPaint(html);
		const loader = scripts(out)[1] ?? '';
		expect(loader).toMatch(
			/new PerformanceObserver[^]*\.then\(\(\) => import\("\/_app\/immutable\/chunks\/home\.js"\)\);$/
		);
		expect(() => new Script(loader)).not.toThrow();
		expect(out).not.toContain('type="module"');
		expect(out).toContain(`script-src 'self' ${hash(loader)} ${hash(FIRST_PAINT)};`);
	});
});
