import { defineConfig, minimal2023Preset, type Preset } from '@vite-pwa/assets-generator/config';

// Every icon (192, 512, a separate maskable one, the 180 px apple-touch-icon, the favicon)
// is generated at build time from one SVG, static/icon.svg.
const background = '#1f5f8b';

const preset: Preset = {
	...minimal2023Preset,
	maskable: { ...minimal2023Preset.maskable, resizeOptions: { background } },
	apple: { ...minimal2023Preset.apple, resizeOptions: { background } }
};

export default defineConfig({
	headLinkOptions: { preset: '2023' },
	preset,
	images: ['static/icon.svg']
});
