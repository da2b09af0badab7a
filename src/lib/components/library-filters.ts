/**
 * The library's filter options. With two dozen routines a chip for every tag is noise, so the
 * Focus row keeps the tags that actually narrow the list.
 */
import { STAGES } from '$lib/routine/constants';
import { LIBRARY } from '$lib/text/library';
import { ROUTINE_WORDS } from '$lib/text/routine-words';

/** The Stage row: the first option is the "I'm in a spasm now" filter. */
export const STAGE_FILTERS: { value: string; label: string }[] = STAGES.map((stage) => ({
	value: stage,
	label: stage === 'spasm' ? LIBRARY.filters.spasmNow : ROUTINE_WORDS.stage[stage]
}));

/** Tags the Stage row already covers; a Focus chip for them would say the same thing twice. */
const COVERED_BY_STAGE = new Set(['spasm']);

/**
 * Focus chips: tags on at least two routines and at most half of them (a tag on nearly every
 * routine, such as lower-back, narrows nothing), alphabetical.
 */
export function focusTags(routines: readonly { tags: readonly string[] }[]) {
	const counts = new Map<string, number>();
	for (const r of routines) for (const t of r.tags) counts.set(t, (counts.get(t) ?? 0) + 1);
	return [...counts]
		.filter(([t, n]) => n >= 2 && n <= routines.length / 2 && !COVERED_BY_STAGE.has(t))
		.map(([t]) => t)
		.sort()
		.map((t) => ({ value: t, label: t.replaceAll('-', ' ') }));
}
