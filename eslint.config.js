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
].map((name) => ({ name, message: 'routine/, engine/ and plan/ are pure: take it as an input.' }));

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
		files: ['src/lib/engine/**/*.ts', 'src/lib/routine/**/*.ts', 'src/lib/plan/**/*.ts'],
		ignores: ['**/*.spec.ts'],
		rules: {
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
