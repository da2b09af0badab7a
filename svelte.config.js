import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

/**
 * The CSP hash of each inline script in app.html (the first-paint one, issue 15): SvelteKit
 * hashes only the scripts it writes itself. Computed from the file, so an edit cannot leave a
 * stale hash behind (the browser would then block the script).
 */
const appHtmlScriptHashes = [
	...readFileSync(new URL('./src/app.html', import.meta.url), 'utf8').matchAll(
		/<script>([\s\S]*?)<\/script>/g
	)
].map(
	([, body]) =>
		/** @type {const} */ (`sha256-${createHash('sha256').update(body).digest('base64')}`)
);

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	// No `window.__svelte` version marker: one fewer request and script on every first visit.
	compilerOptions: { discloseVersion: false },
	kit: {
		// Every page is prerendered; 200.html is the shell for routes that only exist on
		// the device (custom routines), so the app still opens them offline.
		// `precompress` writes a gzip and a brotli copy of each page and asset beside it, which
		// `npm start`'s server (sirv) sends to browsers that accept them, as any static host
		// would compress (issue 15: the home page's 124 KB of HTML is 15 KB gzipped; on a slow
		// phone connection its download was most of the first paint's delay).
		adapter: adapter({ fallback: '200.html', precompress: true }),
		paths: { base: '' },
		// The PWA plugin registers the service worker (with an update prompt), not SvelteKit.
		serviceWorker: { register: false },
		// Stylesheets up to 12 KB go inline into each prerendered page: no render-blocking CSS
		// request before the first paint (issue 15; the player's is 9 KB). The CSP below gets a
		// hash for each of them.
		inlineStyleThreshold: 12_288,
		// Health data stays on the device: nothing may load from, or send to, another origin.
		// Hash mode fits prerendered pages (SvelteKit hashes its own inline bootstrap script).
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self', ...appHtmlScriptHashes],
				'style-src': ['self'],
				// Svelte builds DOM from HTML templates, so static style="" attributes (SvelteKit's
				// route announcer among them) count as inline. Attributes only: no <style> elements.
				'style-src-attr': ['unsafe-inline'],
				'img-src': ['self', 'data:', 'blob:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'manifest-src': ['self'],
				'worker-src': ['self'],
				// blob: for the generated silent loop that keeps the lock screen's media controls (cues/silent-loop.ts).
				'media-src': ['self', 'blob:'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		},
		typescript: {
			// Type-check and lint the scripts, e2e tests and tool configs with the app.
			config(tsconfig) {
				tsconfig.include.push('../tests/**/*.ts', '../*.config.ts');
			}
		}
	}
};

export default config;
