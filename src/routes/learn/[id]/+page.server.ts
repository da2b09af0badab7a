import { error } from '@sveltejs/kit';
import { lessonTexts, readingMinutes } from '$lib/lesson/parse';
import { LESSON_TITLES } from '$lib/lesson/titles';
import { allLessons, routineTitles } from '$lib/server/lessons';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => allLessons().map((l) => ({ id: l.id }));

export const load: PageServerLoad = ({ params }) => {
	const lesson = allLessons().find((l) => l.id === params.id);
	if (!lesson) error(404, 'No lesson with that name');
	const titles = routineTitles();
	return {
		lesson,
		minutes: readingMinutes(lesson),
		spoken: lessonTexts(lesson),
		lessons: (lesson.seeAlso?.lessons ?? []).map((id) => ({ id, title: LESSON_TITLES[id] ?? id })),
		routines: (lesson.seeAlso?.routines ?? []).map((id) => ({ id, title: titles[id] ?? id }))
	};
};
