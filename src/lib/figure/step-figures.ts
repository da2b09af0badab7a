import type { Timeline } from '../engine/types';
import type { Routine, SimpleStep, Step } from '../routine/schema';
import type { FigureSpec } from './pose-at';

/** A step's figure, if it has one (a sets block has none of its own). */
export function figureOf(step: Step): FigureSpec | undefined {
	return step.type === 'sets' ? undefined : step.figure;
}

/**
 * The figure for every segment of a compiled routine. Segments inside a sets block name only
 * the block, so the inner step is found by counting the block's items: one item per pass of
 * an inner step, in order, with the rests between sets as items of their own. A rest between
 * sets and the get-ready segment show the start of what comes next.
 */
export function segmentFigures(routine: Routine, timeline: Timeline): (FigureSpec | undefined)[] {
	const byItem: (FigureSpec | undefined)[] = [];
	const passes = new Map<number, number>();
	for (const item of timeline.items) {
		const step = routine.steps[item.stepIndex];
		if (!step) byItem.push(undefined);
		else if (item.kind === 'prepare') byItem.push(firstFigure(step));
		else if (step.type !== 'sets') byItem.push(step.figure);
		else if (item.kind === 'set-rest') byItem.push(firstFigure(step));
		else {
			const n = passes.get(item.stepIndex) ?? 0;
			passes.set(item.stepIndex, n + 1);
			byItem.push((step.steps[n % step.steps.length] as SimpleStep).figure);
		}
	}
	return timeline.segments.map((seg) => stillStart(byItem[seg.itemIndex], seg.kind));
}

function firstFigure(step: Step): FigureSpec | undefined {
	return step.type === 'sets' ? step.steps[0]?.figure : step.figure;
}

/** Getting ready and resting between sets hold the start pose: no end, no loop. */
function stillStart(spec: FigureSpec | undefined, kind: string): FigureSpec | undefined {
	if (!spec || (kind !== 'prepare' && kind !== 'set-rest')) return spec;
	return { start: spec.start };
}

/**
 * The routine's signature figure for its library card: the first exercise step that moves
 * (hold, tempo or timed), else the first step with a figure.
 */
export function signatureFigure(routine: Routine): FigureSpec | undefined {
	const steps = routine.steps.flatMap((s) => (s.type === 'sets' ? s.steps : [s]));
	const moving = steps.find(
		(s) => (s.type === 'hold' || s.type === 'tempo' || s.type === 'timed') && s.figure?.end
	);
	return (moving ?? steps.find((s) => s.figure))?.figure;
}
