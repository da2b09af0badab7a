import type { Drawing } from './draw';

/** Tones of `currentColor` for the parts of a drawing, shared by the component and the gallery. */
export const TONES = { prop: 0.4, propFill: 0.14, strong: 0.6, far: 0.45 } as const;

/** The highlight colour: one warm accent that reads on both light and dark backgrounds. */
export const HIGHLIGHT = '#e8590c';

/**
 * A drawing as a standalone SVG document (for the gallery and for tests); the app renders
 * the same data with Figure.svelte. Colours come from `currentColor`.
 */
export function toSvg(d: Drawing, o: { width?: number; color?: string } = {}): string {
	const stroke = (s: { d: string; w: number }, extra = '') =>
		`<path d="${s.d}" stroke-width="${s.w}"${extra}/>`;
	const props = d.props
		.map((p) =>
			p.fill
				? `<path d="${p.d}" fill="currentColor" fill-opacity="${p.strong ? TONES.strong : TONES.propFill}" stroke="none"/>`
				: `<path d="${p.d}" stroke-width="${p.strong ? 2.5 : 1.5}" stroke-opacity="${p.strong ? TONES.strong : TONES.prop}"/>`
		)
		.join('');
	const hl = d.highlight ? stroke(d.highlight, ` stroke="${HIGHLIGHT}"`) : '';
	return (
		`<svg xmlns="http://www.w3.org/2000/svg" viewBox="${d.viewBox}"` +
		(o.width ? ` width="${o.width}"` : '') +
		(o.color ? ` color="${o.color}"` : '') +
		` fill="none" stroke="currentColor" stroke-linecap="round" stroke-linejoin="round">` +
		props +
		`<g stroke-opacity="${TONES.far}">${d.far.map((s) => stroke(s)).join('')}</g>` +
		d.body.map((s) => stroke(s)).join('') +
		`<circle cx="${d.head.cx}" cy="${d.head.cy}" r="${d.head.r}" fill="currentColor" stroke="none"/>` +
		hl +
		d.front.map((s) => stroke(s)).join('') +
		`</svg>`
	);
}
