import { error } from '@sveltejs/kit';
import { allPlans, routineTitles } from '$lib/server/plans';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => allPlans().map((p) => ({ id: p.id }));

export const load: PageServerLoad = ({ params }) => {
	const plan = allPlans().find((p) => p.id === params.id);
	if (!plan) error(404, 'No plan with that name');
	return { plan, titles: routineTitles([plan]) };
};
