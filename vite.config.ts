import { sveltekit } from '@sveltejs/kit/vite';
import { SvelteKitPWA } from '@vite-pwa/sveltekit';
import { defineConfig } from 'vitest/config';

export default defineConfig({
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
				categories: ['health', 'fitness']
			},
			workbox: {
				globPatterns: [
					'client/**/*.{js,css,ico,png,svg,webp,webmanifest,woff2}',
					'prerendered/**/*.{html,json}'
				],
				navigateFallback: '/200.html'
			}
		})
	],
	test: {
		include: ['src/**/*.spec.ts', 'scripts/**/*.spec.ts'],
		environment: 'node',
		reporters: ['default', 'json'],
		outputFile: { json: '.reports/vitest.json' },
		// Two cores on CI: one worker per core at most.
		maxWorkers: 2
	}
});
