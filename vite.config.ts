import { sveltekit } from '@sveltejs/kit/vite';
import { SvelteKitPWA } from '@vite-pwa/sveltekit';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

/**
 * Issue 15: client entries of pages that run without SvelteKit's client (`csr = false`), built
 * into the same client bundle so they share its chunks (Svelte's runtime, components, texts).
 * src/lib/server/islands.ts finds each one's hashed file in the build manifest at prerender.
 */
const ISLAND_ENTRIES = ['src/islands/home.ts'];

function islands(): Plugin {
	return {
		name: 'backbeat:islands',
		apply: 'build',
		buildStart() {
			if (this.environment.config.consumer !== 'client') return;
			for (const id of ISLAND_ENTRIES) this.emitFile({ type: 'chunk', id });
		}
	};
}

export default defineConfig({
	build: {
		// Issue 15: Svelte's runtime and the bundler's helpers as one chunk, SvelteKit's client as
		// another, the shell's parts (banners, listeners, service worker) as a third. Split by
		// default into many files, the smallest under 100 bytes: fewer requests on every page.
		// Svelte and SvelteKit apart, because the home page's island entry (src/islands/home.ts)
		// needs Svelte but not SvelteKit: the split costs the other pages ≈ 1 KB of gzip.
		rolldownOptions: {
			output: {
				codeSplitting: {
					groups: [
						// Svelte's first: a group also takes its modules' dependencies, and Kit's
						// would otherwise take Svelte's runtime with it.
						{
							name: 'svelte',
							priority: 2,
							test: /node_modules[\\/](svelte|clsx)[\\/]|vite[\\/]preload-helper|rolldown[\\/]runtime/
						},
						{ name: 'kit', priority: 1, test: /node_modules[\\/]@sveltejs[\\/]kit[\\/]/ },
						// What the root layout and the home page's island entry share (shell.svelte.ts
						// and what it starts), in one file rather than four.
						{
							name: 'shell',
							priority: 0,
							test: /src[\\/]lib[\\/](components[\\/](Island|StorageBanner|UpdateNotice|OfflineBadge)\.svelte|components[\\/]shell\.svelte\.ts|pwa[\\/]|state[\\/](settings|storage-status|activity|progress-stale|has-data))/
						}
					]
				}
			}
		}
	},
	plugins: [
		sveltekit(),
		islands(),
		SvelteKitPWA({
			// 'prompt', never auto-update: a reload in the middle of a workout would lose it.
			registerType: 'prompt',
			injectRegister: false,
			// Icons come from pwa-assets.config.ts (one SVG → every size) and fill the manifest.
			pwaAssets: { config: true, overrideManifestIcons: true },
			scope: '/',
			base: '/',
			// Precache the SPA shell that serves pages the build could not prerender.
			kit: { adapterFallback: '200.html', spa: true },
			manifest: {
				id: '/',
				name: 'Backbeat — back care routines',
				short_name: 'Backbeat',
				description:
					'Guided, spoken exercise and stretch routines for a sore back. Works offline; your data stays on your device.',
				start_url: '/',
				scope: '/',
				display: 'standalone',
				orientation: 'any',
				theme_color: '#1f5f8b',
				background_color: '#f7f5f0',
				categories: ['health', 'fitness'],
				// Shown by install dialogs; made by tests/scripts/screenshots.ts.
				screenshots: [
					{
						src: '/screenshots/player-light.png',
						sizes: '390x844',
						type: 'image/png',
						form_factor: 'narrow',
						label: 'A routine playing: the big countdown, rep and set, and large controls'
					},
					{
						src: '/screenshots/player-wide-dark.png',
						sizes: '1280x800',
						type: 'image/png',
						form_factor: 'wide',
						label: 'The player on a tablet in dark mode'
					}
				],
				shortcuts: [
					{ name: 'Pelvic tilts', url: '/play/pelvic-tilts' },
					{ name: 'When a spasm hits', short_name: 'Spasm relief', url: '/play/spasm-relief' },
					{ name: 'Walk break', url: '/play/walk-break' },
					{ name: 'Progress', url: '/history' }
				]
			},
			workbox: {
				// Screenshots are for install dialogs and the README, not for offline use.
				globIgnores: ['**/screenshots/**'],
				globPatterns: [
					'client/**/*.{js,css,ico,png,svg,webp,webmanifest,woff2}',
					'prerendered/**/*.{html,json,svg}'
				],
				navigateFallback: '/200.html',
				// A tap on a plan's reminder opens the routine it names (static/notification-click.js).
				importScripts: ['notification-click.js'],
				// No page varies by its query (?id=, ?resume): match the precached page without it.
				ignoreURLParametersMatching: [/.*/]
			}
		})
	],
	test: {
		include: ['src/**/*.spec.ts', 'tests/scripts/**/*.spec.ts'],
		environment: 'node',
		reporters: ['default', 'json'],
		outputFile: { json: '.reports/vitest.json' },
		// Two cores on CI: one worker per core at most.
		maxWorkers: 2,
		// Property and fuzz tests run thousands of cases: on a busy two-core machine the default
		// 5 s is a measure of the load, not of a bug.
		testTimeout: 20_000
	}
});
