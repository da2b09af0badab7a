/** One built-in pose as an SVG string, in a box that fits it: for the gallery and the blind test. */
import { boxFor, draw, scene } from '../../src/lib/figure/draw';
import { mirrorPose } from '../../src/lib/figure/interpolate';
import type { PoseName } from '../../src/lib/figure/names';
import { POSES } from '../../src/lib/figure/poses';
import { toSvg } from '../../src/lib/figure/svg';

export function poseSvg(name: PoseName, mirrored = false): string {
	const pose = mirrored ? mirrorPose(POSES[name]) : POSES[name];
	// Each SVG on a sheet names its own gap masks.
	return toSvg(draw(pose, boxFor([scene(pose)])), { id: `fig-${name}${mirrored ? '-m' : ''}` });
}
