import { parseLessonOrThrow } from '$lib/lesson/parse';
import { LESSON_TOPICS, type Lesson } from '$lib/lesson/schema';
import { allRoutines } from './routines';

// Read at build time only, like routines and plans: a broken lesson, or one linking to a lesson
// or routine that does not exist, fails the build with its JSON path instead of reaching a phone.
const files = import.meta.glob<unknown>(
	['/routines/lessons/*.json', '!/routines/lessons/schema.json'],
	{ eager: true, import: 'default' }
);

const lessonIds = new Set(
	Object.keys(files).map((path) => path.replace(/^.*\//, '').replace(/\.json$/, ''))
);
const routineIds = new Set(allRoutines().map((r) => r.id));

const lessons: Lesson[] = Object.entries(files)
	.map(([path, json]) => {
		const lesson = parseLessonOrThrow(json, path.slice(1), {
			lessons: lessonIds,
			routines: routineIds
		});
		const expected = path.replace(/^.*\//, '').replace(/\.json$/, '');
		if (lesson.id !== expected) {
			throw new Error(`${path.slice(1)}: id "${lesson.id}" must match the file name "${expected}"`);
		}
		return lesson;
	})
	// By topic (first days first), then in the order a reader meets them: by title.
	.sort(
		(a, b) =>
			LESSON_TOPICS.indexOf(a.topic) - LESSON_TOPICS.indexOf(b.topic) ||
			a.title.localeCompare(b.title)
	);

/** Every built-in lesson, validated, grouped by topic. */
export function allLessons(): Lesson[] {
	return lessons;
}

/** The titles of the routines lessons link to, so lesson pages need not load the routines. */
export function routineTitles(): Record<string, string> {
	return Object.fromEntries(allRoutines().map((r) => [r.id, r.title]));
}
