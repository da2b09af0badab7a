/** The figure's size budget, shared by bench-figure and bench-player. */
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { ROOT } from './bench-lib';

/**
 * KB (gzip -9) of everything PlayerFigure needs besides Svelte itself: kinematics, drawing,
 * interpolation and the pose data. Target ≤ 8 KB.
 */
export async function figureGzipKb(): Promise<number> {
	const bundle = await build({
		stdin: {
			contents: `export { drawAt } from './src/lib/figure/frame';
export { segmentFigures } from './src/lib/figure/step-figures';`,
			resolveDir: ROOT,
			loader: 'ts'
		},
		bundle: true,
		minify: true,
		format: 'esm',
		write: false
	});
	return gzipSync(bundle.outputFiles[0]!.contents, { level: 9 }).length / 1024;
}
