import { allPlans } from '$lib/server/plans';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => ({
	plans: allPlans().map((p) => ({
		id: p.id,
		title: p.title,
		summary: p.summary,
		days: p.days,
		phases: p.phases.length
	}))
});
