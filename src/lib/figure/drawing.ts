/** What a drawing is made of: plain data shared by the drawing code and the props. */

/** A round-capped stroke: an SVG path and its width; a pale one is drawn a step lighter. */
export interface Stroke {
	d: string;
	w: number;
	pale?: boolean;
}

/** Something drawn behind the body: filled (pillow, mat, panel) or stroked (chair, wall, floor). */
export interface PropShape {
	d: string;
	fill: boolean;
	/** Something the person holds or places (a cold or warm pack): drawn darker. */
	strong?: boolean;
	/**
	 * Drawn over the body and the near arm (a pack held or tucked under the back), with a gap
	 * round it so it stands out from the body.
	 */
	over?: boolean;
}

/**
 * A pose ready to render: plain data (SVG path strings), so a page can ship it prerendered.
 * Layers from back to front: props, back, body with the head and nose, front, props drawn over
 * the body, arrows, highlight.
 */
export interface Drawing {
	viewBox: string;
	props: PropShape[];
	/** Motion cues (an arm circling, standing tall): faint arrows, over the body. */
	arrows: Stroke[];
	/** The far arm and leg (side view), or a leg lying under the other (top view). */
	back: Stroke[];
	/** The trunk with the near leg (side view), or the whole body (front and top view). */
	body: Stroke[];
	/** The head, with the face's eyes cut out when it looks at the viewer. */
	head: { cx: number; cy: number; r: number; d: string };
	/** The nose: which way the figure faces. */
	nose?: Stroke;
	highlight?: Stroke;
	/** The near arm(s): drawn last so they cross in front of the body. */
	front: Stroke[];
	/**
	 * Gaps that set a near limb apart where it crosses what lies behind it, as pictograms do:
	 * `back` is cut along the near leg; `back`, `body` and the head along the near arms; the
	 * whole body round a prop drawn over it.
	 */
	gaps: { back: Stroke[]; front: Stroke[]; over: Stroke[] };
}

/** The scene rectangle in figure units, y up; the floor is y = 0. */
export interface Box {
	x: number;
	w: number;
	h: number;
}
