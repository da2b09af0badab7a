/**
 * Card data for the person's own routines on the home page, read without the validator so
 * the library stays light: only shown here; playing goes through /mine/play, which validates.
 */
import { routineSeconds } from '$lib/routine/duration';
import type { Routine } from '$lib/routine/schema';
import { getAll } from '$lib/storage/store';

export interface MineSummary {
	id: string;
	title: string;
	summary: string;
	level: string;
	stage: string;
	position: string[];
	tags: string[];
	seconds: number;
}

const strings = (value: unknown): string[] =>
	Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];

/** Summaries of every readable custom routine, most recently saved first. */
export async function listMineSummaries(): Promise<MineSummary[]> {
	const records = await getAll('custom-routines');
	const out: (MineSummary & { savedAt: number })[] = [];
	for (const record of records) {
		const r = record.routine as Partial<Record<keyof Routine, unknown>>;
		if (typeof r.id !== 'string' || typeof r.title !== 'string') continue;
		let seconds = 0;
		try {
			seconds = routineSeconds(record.routine);
		} catch {
			// An unreadable routine still gets a card; its player explains what is wrong.
		}
		out.push({
			id: r.id,
			title: r.title,
			summary: typeof r.summary === 'string' ? r.summary : '',
			level: typeof r.level === 'string' ? r.level : '',
			// Format 1 had no stage; the upgrade gives such routines "recovering" (migrate.ts).
			stage: typeof r.stage === 'string' ? r.stage : 'recovering',
			position: strings(r.position),
			tags: strings(r.tags),
			seconds: Number.isFinite(seconds) ? seconds : 0,
			savedAt: record.savedAt
		});
	}
	return out.sort((a, b) => b.savedAt - a.savedAt);
}
