import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findLiteralWords } from './ui-strings';

// Every word on screen comes from src/lib/text/ (one module per area), so that changing a word
// means editing one file and a translation is one folder: no page or component writes a
// sentence of its own. This reads the markup of every page and component and fails on a
// literal word in a text node or in a user-facing attribute (aria-label, title, placeholder,
// alt, label, and component props such as label/hint/legend).

const ROOT = resolve(import.meta.dirname, '../..');

/**
 * Markup whose words are known to be still in place, each with why. Keep it short; remove an
 * entry as soon as its words have moved.
 */
const PENDING: Record<string, { sections: string[]; why: string }> = {};

function components(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return components(path);
		return name.endsWith('.svelte') ? [path] : [];
	});
}

const files = [
	...components(join(ROOT, 'src/routes')),
	...components(join(ROOT, 'src/lib/components'))
].map((path) => relative(ROOT, path));

describe('words in markup', () => {
	it('finds the pages and components', () => {
		expect(files.length).toBeGreaterThan(50);
		expect(files).toContain('src/routes/+page.svelte');
		expect(files).toContain('src/lib/components/player/PlayerScreen.svelte');
	});

	it.each(files)('%s takes every word from src/lib/text', (file) => {
		const source = readFileSync(join(ROOT, file), 'utf8');
		const found = findLiteralWords(source, PENDING[file]?.sections).map(
			(f) => `${file}:${f.line} ${f.where}: ${JSON.stringify(f.text)}`
		);
		expect(found).toEqual([]);
	});
});

describe('findLiteralWords', () => {
	const words = (source: string) => findLiteralWords(source).map((f) => `${f.where} ${f.text}`);

	it('finds a sentence in a text node, a branch of an expression and a template', () => {
		expect(words('<p>Save your routine</p>')).toEqual(['text Save your routine']);
		expect(words("<p>{done ? 'Saved' : T.save}</p>")).toEqual(['text Saved']);
		expect(words('<p>{`${n} sessions`}</p>')).toEqual(['text sessions']);
		expect(words('<svelte:head><title>Plans · Backbeat</title></svelte:head>')).toEqual([
			'text Plans · Backbeat'
		]);
	});

	it('finds words in user-facing attributes and in a component’s text props', () => {
		expect(words('<button aria-label="Close the dialog">×</button>')).toEqual([
			'aria-label Close the dialog'
		]);
		expect(words('<input placeholder="Search" />')).toEqual(['placeholder Search']);
		expect(words('<img alt="A person lying down" src="x.png" />')).toEqual([
			'alt A person lying down'
		]);
		expect(words('<Field label="Title {n}" hint={T.hint} />')).toEqual(['label Title']);
	});

	it('leaves alone what is not a word on screen', () => {
		expect(
			words(
				[
					'<script>const a = "Not markup";</script>',
					'<p class="big text" id="x" data-testid="some id">{T.lead} · {n}×</p>',
					'<span style:--figure="url(\'{src}\')">✓</span>',
					'<Icon name="arrow left" />',
					'<p>{format(value, "short")}</p>',
					'<style>p::after { content: "Hi there"; }</style>'
				].join('\n')
			)
		).toEqual([]);
	});

	it('skips a section named as pending, and only that section', () => {
		const source =
			'<section aria-labelledby="voice-h"><h2>Voice</h2></section><section aria-labelledby="b"><h2>Beeps</h2></section>';
		expect(findLiteralWords(source, ['voice-h']).map((f) => f.text)).toEqual(['Beeps']);
	});
});
