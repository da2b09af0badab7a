/** What a drawing is made of: plain data shared by the drawing code and the props. */

/** A round-capped stroke: an SVG path and its width. */
export interface Stroke {
	d: string;
	w: number;
}

/** Something drawn behind the body: filled (pillow, mat, panel) or stroked (chair, wall, floor). */
export interface PropShape {
	d: string;
	fill: boolean;
	/** Something the person holds or places (a cold or warm pack): drawn darker. */
	strong?: boolean;
}

/** A pose ready to render: plain data (SVG path strings), so a page can ship it prerendered. */
export interface Drawing {
	viewBox: string;
	props: PropShape[];
	/** The far arm and leg (side view), drawn a step lighter and behind. */
	far: Stroke[];
	/** Trunk and the limbs drawn behind the near arm. */
	body: Stroke[];
	head: { cx: number; cy: number; r: number };
	/** The near arm: drawn last so it crosses in front of the trunk. */
	front: Stroke[];
	highlight?: Stroke;
}

/** The scene rectangle in figure units, y up; the floor is y = 0. */
export interface Box {
	x: number;
	w: number;
	h: number;
}
