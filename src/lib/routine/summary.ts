import { routineSeconds, untimedCount } from './duration';
import type { Level, Position, Routine, Stage } from './schema';

/** What a library card needs: no steps, so the home page stays small. */
export interface RoutineSummary {
	id: string;
	title: string;
	summary: string;
	level: Level;
	stage: Stage;
	position: Position[];
	tags: string[];
	equipment: string[];
	seconds: number;
	untimed: number;
	/**
	 * The URL of the routine's signature pose, an SVG file drawn at build time (src/lib/server,
	 * routes/figures) and shown as a CSS mask in the text colour, so the home page ships no
	 * figure code.
	 */
	figure?: string;
}

/** The card data for a routine. */
export function summarize(r: Routine): RoutineSummary {
	return {
		id: r.id,
		title: r.title,
		summary: r.summary,
		level: r.level,
		stage: r.stage,
		position: r.position,
		tags: r.tags,
		equipment: r.equipment,
		seconds: routineSeconds(r),
		untimed: untimedCount(r)
	};
}
