import { boxFor, draw, scene, type Box, type Drawing } from './draw';
import { lerpPose, mirrorPose } from './interpolate';
import { poseAt, signaturePose, type FigureClock, type FigureSpec } from './pose-at';
import { POSES } from './poses';

const boxes = new WeakMap<FigureSpec, { left?: Box; right?: Box }>();

/**
 * One scene box for all the frames of a step on one side, so the figure keeps its scale and
 * place while it moves (frames in between are sampled: an arm circling reaches past both ends).
 */
export function specBox(spec: FigureSpec, right = false): Box {
	const cached = boxes.get(spec) ?? {};
	const key = right ? 'right' : 'left';
	const hit = cached[key];
	if (hit) return hit;
	const a = POSES[spec.start];
	const b = spec.end ? POSES[spec.end] : a;
	const frames = [0, 0.25, 0.5, 0.75, 1].map((t) => {
		const p = lerpPose(a, b, t);
		return scene(right ? mirrorPose(p) : p, a.anchor);
	});
	const box = boxFor(frames);
	boxes.set(spec, { ...cached, [key]: box });
	return box;
}

/** The drawing of a step's figure at the engine's current state (see poseAt). */
export function drawAt(spec: FigureSpec, view: FigureClock, o: { still?: boolean } = {}): Drawing {
	const right = view.side === 'right' || view.segment?.kind === 'switch-sides';
	const pose = poseAt(spec, view, o);
	return draw(pose, specBox(spec, right), POSES[spec.start].anchor);
}

/** A still drawing of the pose a step is known by (step lists, library cards). */
export function drawSignature(spec: FigureSpec): Drawing {
	const pose = signaturePose(spec);
	return draw(pose, boxFor([scene(pose)]));
}
