import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

// Browser and Node globals that the pure core must never touch: time and the DOM
// come in as inputs, so the engine stays testable and drift-free.
const impureGlobals = [
	'window',
	'document',
	'navigator',
	'localStorage',
	'indexedDB',
	'performance',
	'setTimeout',
	'setInterval',
	'requestAnimationFrame',
	'AudioContext',
	'speechSynthesis',
	'process'
].map((name) => ({
	name,
	message:
		'routine/, engine/, figure/, text/, calendar/, plan/ and lesson/ are pure: take it as an input.'
}));

// Folders listed from the pure core outwards; a folder may import those before it, never after.
// `**/name/*` catches both `$lib/name/…` and relative `../name/…`.
const appFolders = ['player', 'cues', 'storage', 'state', 'components', 'pwa', 'server', 'routes'];
const pureBoundary = {
	group: [...appFolders.map((f) => `**/${f}/*`), '$app/*', 'svelte', 'svelte/*'],
	message:
		'routine/, engine/, figure/, calendar/, plan/, lesson/ and text/ are the pure core: they may not import the app around them.'
};

export default ts.config(
	{
		ignores: [
			'build/',
			'.svelte-kit/',
			'node_modules/',
			'test-results/',
			'playwright-report/',
			'dev-dist/'
		]
	},
	js.configs.recommended,
	...ts.configs.recommendedTypeChecked,
	...svelte.configs.recommended,
	prettier,
	...svelte.configs.prettier,
	{
		languageOptions: {
			globals: { ...globals.browser, ...globals.node },
			parserOptions: {
				projectService: true,
				extraFileExtensions: ['.svelte'],
				tsconfigRootDir: import.meta.dirname
			}
		}
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: {
			parserOptions: { parser: ts.parser, svelteConfig }
		}
	},
	{
		files: ['**/*.js'],
		...ts.configs.disableTypeChecked
	},
	{
		// Scripts the service worker imports run in its global scope, not a window's.
		files: ['static/**/*.js'],
		languageOptions: { globals: { ...globals.serviceworker } }
	},
	{
		files: [
			'src/lib/engine/**/*.ts',
			'src/lib/routine/**/*.ts',
			'src/lib/figure/**/*.ts',
			'src/lib/text/**/*.ts',
			'src/lib/calendar/**/*.ts',
			'src/lib/plan/**/*.ts',
			'src/lib/lesson/**/*.ts',
			'src/lib/share/*.ts'
		],
		ignores: ['**/*.spec.ts'],
		rules: {
			'no-restricted-imports': ['error', { patterns: [pureBoundary] }],
			'no-restricted-globals': ['error', ...impureGlobals],
			'no-restricted-properties': [
				'error',
				{ object: 'Date', property: 'now', message: 'Time is an input to the engine.' }
			],
			'no-restricted-syntax': [
				'error',
				{
					selector: "NewExpression[callee.name='Date'][arguments.length=0]",
					message: 'new Date() reads the clock: pass the time in.'
				}
			]
		}
	},
	{
		// Components show state; they reach storage through state/ (or for types only), so
		// saving has one way in and storage loads lazily where the page allows it.
		files: ['src/lib/components/**/*.svelte', 'src/lib/components/**/*.ts'],
		rules: {
			'@typescript-eslint/no-restricted-imports': [
				'error',
				{
					patterns: [
						{
							group: ['**/storage/*'],
							allowTypeImports: true,
							message: 'Components reach storage through $lib/state/ (or `import type`).'
						},
						{
							group: ['**/server/*', '**/routes/*'],
							message: 'Components may not import pages or build-time code.'
						}
					]
				}
			]
		}
	},
	{
		// The session and the runner are tested without a browser: the browser comes in as inputs.
		files: ['src/lib/player/**/*.ts'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{
							group: ['**/components/*', '**/routes/*', '**/state/*', '$app/*'],
							message: 'player/ takes the app as inputs; it may not import pages or app state.'
						}
					]
				}
			]
		}
	},
	{
		rules: {
			'@typescript-eslint/no-unused-vars': [
				'error',
				{ argsIgnorePattern: '^_', varsIgnorePattern: '^_' }
			],
			// The router resolves our own absolute paths; there is no base path to prepend.
			'svelte/no-navigation-without-resolve': 'off'
		}
	}
);
