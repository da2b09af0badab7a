import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// Every page is prerendered; 200.html is the shell for routes that only exist on
		// the device (custom routines), so the app still opens them offline.
		adapter: adapter({ fallback: '200.html' }),
		paths: { base: '' },
		// The PWA plugin registers the service worker (with an update prompt), not SvelteKit.
		serviceWorker: { register: false },
		typescript: {
			// Type-check and lint the scripts, e2e tests and tool configs with the app.
			config(tsconfig) {
				tsconfig.include.push('../scripts/**/*.ts', '../tests/**/*.ts', '../*.config.ts');
			}
		}
	}
};

export default config;
