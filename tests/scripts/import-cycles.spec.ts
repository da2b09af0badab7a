import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// No module may import itself through others, types included: a cycle means two modules are
// one idea split in two (or one of them is in the wrong folder). ESLint sees one file at a
// time; this walks the whole graph of src/ (.ts and .svelte, static imports).

const ROOT = resolve(import.meta.dirname, '../..');
const SRC = join(ROOT, 'src');
const IMPORT =
	/(?:^|[\s;])(?:import|export)\s+(?:type\s+)?(?:[\w*{}\s,$]+?\s+from\s+)?['"]([^'"]+)['"]/g;

function sources(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return sources(path);
		const code =
			/\.(ts|svelte)$/.test(name) && !/\.spec\.ts$/.test(name) && !name.endsWith('.d.ts');
		return code ? [path] : [];
	});
}

function resolveImport(from: string, spec: string): string | null {
	let base: string;
	if (spec.startsWith('$lib/')) base = join(SRC, 'lib', spec.slice(5));
	else if (spec.startsWith('.')) base = resolve(dirname(from), spec);
	else return null; // packages and $app/*: not ours
	for (const ext of ['', '.ts', '.svelte.ts', '.js', '/index.ts']) {
		const path = base + ext;
		if (existsSync(path) && statSync(path).isFile()) return path;
	}
	return null;
}

/** Every cycle found by a depth-first walk, each as a list of paths relative to the repo. */
export function findCycles(files: string[]): string[][] {
	const graph = new Map<string, string[]>();
	for (const file of files) {
		const code = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
		const deps = [...code.matchAll(IMPORT)]
			.map((m) => resolveImport(file, m[1] ?? ''))
			.filter((p): p is string => p !== null);
		graph.set(file, deps);
	}
	const cycles: string[][] = [];
	const state = new Map<string, 'open' | 'done'>();
	const stack: string[] = [];
	const visit = (file: string) => {
		state.set(file, 'open');
		stack.push(file);
		for (const dep of graph.get(file) ?? []) {
			// A component that renders itself for nested data (Svelte 5's <svelte:self>) is
			// recursion inside one module, not a cycle between modules.
			if (dep === file && file.endsWith('.svelte')) continue;
			if (state.get(dep) === 'open') {
				cycles.push([...stack.slice(stack.indexOf(dep)), dep].map((p) => relative(ROOT, p)));
			} else if (!state.has(dep)) visit(dep);
		}
		stack.pop();
		state.set(file, 'done');
	};
	for (const file of graph.keys()) if (!state.has(file)) visit(file);
	return cycles;
}

describe('import graph', () => {
	const files = sources(SRC);

	it('reads the sources, .svelte files included', () => {
		expect(files.some((f) => f.endsWith('Player.svelte'))).toBe(true);
		expect(files.some((f) => f.endsWith('timeline.ts'))).toBe(true);
	});

	it('has no import cycles', () => {
		expect(findCycles(files)).toEqual([]);
	});
});
