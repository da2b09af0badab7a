import type { Drawing, Stroke } from './draw';

/** Tones of `currentColor` for the parts of a drawing, shared by the component and the gallery. */
export const TONES = { prop: 0.4, propFill: 0.14, strong: 0.6, far: 0.4, arrow: 0.7 } as const;

/** The highlight colour: one warm accent that reads on both light and dark backgrounds. */
export const HIGHLIGHT = '#e8590c';

/** How far a gap's mask reaches past the scene box, for strokes that overhang it. */
const MASK_MARGIN = 20;

/** The rectangle a drawing's masks cover: its viewBox and a margin. */
export function maskRect(d: Drawing): { x: number; y: number; w: number; h: number } {
	const [x, y, w, h] = d.viewBox.split(' ').map(Number) as [number, number, number, number];
	return { x: x - MASK_MARGIN, y: y - MASK_MARGIN, w: w + 2 * MASK_MARGIN, h: h + 2 * MASK_MARGIN };
}

/**
 * A drawing as a standalone SVG document (for the gallery, the library cards and tests); the
 * app renders the same data with Figure.svelte. Colours come from `currentColor`. `id` names
 * the gap masks: give each SVG on one page its own.
 */
export function toSvg(d: Drawing, o: { width?: number; color?: string; id?: string } = {}): string {
	const id = o.id ?? 'fig';
	const stroke = (s: Stroke, extra = '') =>
		`<path d="${s.d}" stroke-width="${s.w}"${s.pale ? ` stroke-opacity="${TONES.far}"` : ''}${extra}/>`;
	const prop = (p: Drawing['props'][number]) =>
		p.fill
			? `<path d="${p.d}" fill="currentColor" fill-opacity="${p.strong ? TONES.strong : TONES.propFill}" stroke="none"/>`
			: `<path d="${p.d}" stroke-width="${p.strong ? 2.5 : 1.5}" stroke-opacity="${p.strong ? TONES.strong : TONES.prop}"/>`;
	const props = (over: boolean) =>
		d.props
			.filter((p) => Boolean(p.over) === over)
			.map(prop)
			.join('');
	const r = maskRect(d);
	const mask = (name: string, gaps: Stroke[]) =>
		gaps.length
			? `<mask id="${id}-${name}" maskUnits="userSpaceOnUse" x="${r.x}" y="${r.y}" width="${r.w}" height="${r.h}">` +
				`<rect x="${r.x}" y="${r.y}" width="${r.w}" height="${r.h}" fill="#fff"/>` +
				gaps.map((g) => stroke(g, ' stroke="#000"')).join('') +
				`</mask>`
			: '';
	const masked = (name: string, gaps: Stroke[], inner: string) =>
		gaps.length ? `<g mask="url(#${id}-${name})">${inner}</g>` : inner;
	const hl = d.highlight ? stroke(d.highlight, ` stroke="${HIGHLIGHT}"`) : '';
	const nose = d.nose ? stroke(d.nose) : '';
	return (
		`<svg xmlns="http://www.w3.org/2000/svg" viewBox="${d.viewBox}"` +
		(o.width ? ` width="${o.width}"` : '') +
		(o.color ? ` color="${o.color}"` : '') +
		` fill="none" stroke="currentColor" stroke-linecap="round" stroke-linejoin="round">` +
		mask('b', d.gaps.back) +
		mask('f', d.gaps.front) +
		mask('o', d.gaps.over) +
		props(false) +
		masked(
			'o',
			d.gaps.over,
			masked('f', d.gaps.front, masked('b', d.gaps.back, d.back.map((s) => stroke(s)).join(''))) +
				masked(
					'f',
					d.gaps.front,
					d.body.map((s) => stroke(s)).join('') +
						`<path class="head" d="${d.head.d}" fill="currentColor" fill-rule="evenodd" stroke="none"/>` +
						nose
				) +
				d.front.map((s) => stroke(s)).join('')
		) +
		props(true) +
		`<g stroke-opacity="${TONES.arrow}">${d.arrows.map((s) => stroke(s)).join('')}</g>` +
		hl +
		`</svg>`
	);
}
