import { dev } from '$app/environment';
import { readFileSync } from 'node:fs';

/** Where Vite writes the client build's manifest (SvelteKit's output folder). */
const MANIFEST = '.svelte-kit/output/client/.vite/manifest.json';

/**
 * The URL of an island entry (a page's own client script, see src/islands/), by its source
 * path. The client build compiles each entry (vite.config.ts, `islands`) and names it with a
 * content hash; the prerenderer runs after that build and looks the name up in its manifest.
 * In `vite dev` the source path itself is served.
 */
export function islandSrc(entry: string): string {
	if (dev) return `/${entry}`;
	const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8')) as Record<string, { file: string }>;
	const chunk = manifest[entry];
	if (!chunk) throw new Error(`${entry} is not in the client build's manifest (${MANIFEST})`);
	return `/${chunk.file}`;
}
