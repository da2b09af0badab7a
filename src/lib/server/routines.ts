import { parseRoutineOrThrow } from '$lib/routine/parse';
import type { Routine } from '$lib/routine/schema';
import { summarize, type RoutineSummary } from '$lib/routine/summary';
import type { Drawing } from '$lib/figure/draw';
import { drawSignature } from '$lib/figure/frame';
import { toSvg } from '$lib/figure/svg';
import { figureOf, signatureFigure } from '$lib/figure/step-figures';

// Read at build time only: every routine is validated while prerendering, so a broken
// file fails the build with its JSON path instead of reaching a phone.
const files = import.meta.glob<unknown>(['/routines/*.json', '!/routines/schema.json'], {
	eager: true,
	import: 'default'
});

/** Routines we suggest first; the rest follow by title. */
const FEATURED = ['pelvic-tilts', 'spasm-relief', 'walk-break', 'lower-back-stretches'];

const routines: Routine[] = Object.entries(files)
	.map(([path, json]) => {
		const routine = parseRoutineOrThrow(json, path.slice(1));
		const expected = path.replace(/^.*\//, '').replace(/\.json$/, '');
		if (routine.id !== expected) {
			throw new Error(
				`${path.slice(1)}: id "${routine.id}" must match the file name "${expected}"`
			);
		}
		return routine;
	})
	.sort((a, b) => rank(a) - rank(b) || a.title.localeCompare(b.title));

function rank(r: Routine): number {
	const i = FEATURED.indexOf(r.id);
	return i === -1 ? FEATURED.length : i;
}

/** Every built-in routine, validated. */
export function allRoutines(): Routine[] {
	return routines;
}

/** One built-in routine by id, or undefined. */
export function findRoutine(id: string): Routine | undefined {
	return routines.find((r) => r.id === id);
}

/**
 * The card data for a built-in routine, with the URL of its signature pose
 * (routes/figures/[id].svg, drawn at build time).
 */
export function cardOf(r: Routine): RoutineSummary {
	const summary = summarize(r);
	return signatureFigure(r) ? { ...summary, figure: `/figures/${r.id}.svg` } : summary;
}

/**
 * A built-in routine's signature pose as an SVG file, or undefined when it has none. A file of
 * its own rather than a data URL in the page (issue 15): written into the home page's markup
 * and again into its island's props, the fifteen figures made up a third of its HTML, and each
 * card's style recalculation parsed one (30 ms of a phone's first paint, four times that after
 * hydration set them again).
 */
export function signatureSvg(r: Routine): string | undefined {
	const spec = signatureFigure(r);
	return spec && toSvg(drawSignature(spec));
}

/**
 * Still drawings for a routine's step list, keyed "2" for steps and "2.1" for steps inside a
 * sets block; drawn at build time like the cards.
 */
export function stepDrawings(r: Routine): Record<string, Drawing> {
	const out: Record<string, Drawing> = {};
	r.steps.forEach((step, i) => {
		const spec = figureOf(step);
		if (spec) out[`${i}`] = drawSignature(spec);
		if (step.type === 'sets') {
			step.steps.forEach((inner, j) => {
				if (inner.figure) out[`${i}.${j}`] = drawSignature(inner.figure);
			});
		}
	});
	return out;
}
