import { sveltekit } from '@sveltejs/kit/vite';
import { SvelteKitPWA } from '@vite-pwa/sveltekit';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	build: {
		// Issue 15: Svelte's runtime, SvelteKit's client and the bundler's helpers as ONE chunk.
		// Split by default into 8 files, the smallest under 100 bytes; one file means fewer
		// modulepreloads before first paint and 1.2 KB less gzip on every page.
		rolldownOptions: {
			output: {
				codeSplitting: {
					groups: [
						{
							name: 'framework',
							test: /node_modules[\\/](svelte|@sveltejs[\\/]kit|clsx)[\\/]|vite[\\/]preload-helper|rolldown[\\/]runtime/
						}
					]
				}
			}
		}
	},
	plugins: [
		sveltekit(),
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
					'prerendered/**/*.{html,json}'
				],
				navigateFallback: '/200.html',
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
