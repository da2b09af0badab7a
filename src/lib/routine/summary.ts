import { routineSeconds, untimedCount } from './duration';
import type { Level, Position, Routine } from './schema';

/** What a library card needs: no steps, so the home page stays small. */
export interface RoutineSummary {
	id: string;
	title: string;
	summary: string;
	level: Level;
	position: Position[];
	tags: string[];
	equipment: string[];
	seconds: number;
	untimed: number;
}

/** The card data for a routine. */
export function summarize(r: Routine): RoutineSummary {
	return {
		id: r.id,
		title: r.title,
		summary: r.summary,
		level: r.level,
		position: r.position,
		tags: r.tags,
		equipment: r.equipment,
		seconds: routineSeconds(r),
		untimed: untimedCount(r)
	};
}
