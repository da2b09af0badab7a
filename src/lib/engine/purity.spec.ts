import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// The tsconfig beside this file has no DOM lib and no @types, so browser globals do not
// compile. Date is part of ES itself, so it needs this extra guard.
const FORBIDDEN =
	/\b(Date|performance|setTimeout|setInterval|requestAnimationFrame|window|document|navigator|process)\b/;

describe('engine purity', () => {
	const dir = new URL('.', import.meta.url);
	const sources = readdirSync(dir).filter((f) => f.endsWith('.ts') && !f.endsWith('.spec.ts'));

	it('finds the engine sources', () => {
		expect(sources).toContain('cues.ts');
	});

	it.each(sources)('%s touches no clock, timer or browser global', (file) => {
		const code = readFileSync(new URL(file, dir), 'utf8')
			.replace(/\/\*[\s\S]*?\*\//g, '')
			.replace(/\/\/.*$/gm, '');
		expect(code).not.toMatch(FORBIDDEN);
	});

	it('type-checks without the DOM lib', () => {
		const config = JSON.parse(readFileSync(new URL('tsconfig.json', dir), 'utf8')) as {
			compilerOptions: { lib: string[]; types: string[] };
		};
		expect(config.compilerOptions.lib).toEqual(['ES2023']);
		expect(config.compilerOptions.types).toEqual([]);
	});
});
