import { readingMinutes } from '$lib/lesson/parse';
import { allLessons } from '$lib/server/lessons';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => ({
	lessons: allLessons().map((l) => ({
		id: l.id,
		title: l.title,
		summary: l.summary,
		topic: l.topic,
		minutes: readingMinutes(l)
	}))
});
