import { createHash } from 'node:crypto';

/**
 * Issue 15: SvelteKit's inline start script imports the app and hydrates at once. When the
 * scripts arrive fast (the service worker's cache, a fast connection) on a slow phone, that
 * hydration ran before the browser had painted the prerendered page, and the first paint waited
 * for it, and so did parsing and running the app's modules. Rewritten here, the app's modules
 * are imported only once the browser has painted the page (see AFTER_PAINT): the page shows
 * first, and comes alive a moment later (the player's Start stays disabled until then).
 *
 * Works on the page's final HTML: the script's CSP hash in the page's meta tag is replaced by
 * the rewritten script's. A page whose start script does not have the expected shape (another
 * SvelteKit version) is returned unchanged, and the unit test says so.
 */

const IMPORTS = 'Promise.all([';
const THEN = ']).then(([kit, app]) =>';
/**
 * Resolves once the browser reports its first paint (a Paint Timing entry: delivered after the
 * frame, and, unlike requestAnimationFrame or timers, never frozen by a test's fake clock). At
 * once in a hidden tab, which paints nothing, or where paint entries are not supported; the 1 s
 * timer is only a safety net for a page that somehow never paints.
 */
const AFTER_PAINT =
	"new Promise((r) => { try { if (document.hidden || !PerformanceObserver.supportedEntryTypes.includes('paint')) r(); else new PerformanceObserver((l, o) => { o.disconnect(); r(); }).observe({ type: 'paint', buffered: true }); } catch (e) { r(); } setTimeout(r, 1000); })";

/**
 * Resolves in a new task (as state/next-task.ts, which a page's inline script cannot import):
 * SvelteKit starts in a task of its own, not in the one that evaluated its modules, so that
 * neither is long enough to hold back a tap on a slow phone.
 */
const NEXT_TASK =
	'new Promise((r) => { const c = new MessageChannel(); c.port1.onmessage = () => r(); c.port2.postMessage(0); })';

const hashOf = (script: string) => `sha256-${createHash('sha256').update(script).digest('base64')}`;

/**
 * The home page's island entry (src/islands/home.ts; `csr = false`, so no SvelteKit start
 * script) is written as `<script type="module" data-after-paint src="…">`. It becomes an inline
 * script that imports it after the first paint, like SvelteKit's, with its hash added to the
 * page's `script-src`.
 */
const ISLAND = /<script type="module" data-after-paint(?:="")? src="([^"]+)"><\/script>/;
const SCRIPT_SRC = "script-src 'self'";

function islandAfterFirstPaint(html: string): string {
	const match = ISLAND.exec(html);
	if (!match || !html.includes(SCRIPT_SRC)) return html;
	const loader = `${AFTER_PAINT}.then(() => import(${JSON.stringify(match[1])}));`;
	return html
		.replace(SCRIPT_SRC, () => `${SCRIPT_SRC} '${hashOf(loader)}'`)
		.replace(match[0], () => `<script>${loader}</script>`);
}

/**
 * `html` with its app code (SvelteKit's start script, or the home page's island entry)
 * imported only after the first paint.
 */
export function bootAfterFirstPaint(html: string): string {
	html = islandAfterFirstPaint(html);
	for (const match of html.matchAll(/<script>([\s\S]*?)<\/script>/g)) {
		const script = match[1] ?? '';
		if (!script.includes('kit.start(') || !script.includes(IMPORTS) || !script.includes(THEN)) {
			continue;
		}
		// Functions as replacements: the page's data may hold `$` patterns.
		const deferred = script
			.replace(IMPORTS, () => `${AFTER_PAINT}.then(() => ${IMPORTS}`)
			.replace(THEN, () => `])).then((m) => ${NEXT_TASK}.then(() => m))${THEN.slice(2)}`);
		const oldHash = `'${hashOf(script)}'`;
		// Without the old hash in the page's policy, rewriting would leave the script blocked.
		if (!html.includes(oldHash)) return html;
		return html
			.replace(oldHash, () => `'${hashOf(deferred)}'`)
			.replace(`<script>${script}</script>`, () => `<script>${deferred}</script>`);
	}
	return html;
}
