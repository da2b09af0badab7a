/**
 * The lesson format (issue 24): a short piece to read or hear, written once here. Lessons live
 * in routines/lessons/, one JSON file each, validated at build time like routines and plans.
 *
 * A lesson is a few sections of plain paragraphs (and an optional list), shown as text and
 * read aloud as written. `*word*` marks emphasis, as in routine texts; nothing is HTML.
 */
import * as v from 'valibot';
import { got as received } from '../routine/quote';
import { list, slug } from '../routine/valid';

/** The newest lesson format this app reads. */
export const LESSON_FORMAT_VERSION = 1;

/**
 * At most this many words: under two minutes to read (at about 200 words a minute) and to
 * hear (the voice's estimate in text/speech-time.ts is slower still).
 */
export const MAX_LESSON_WORDS = 380;

const text = (min: number, max: number, what: string) => {
	const message = (issue: { input: unknown }) =>
		`expected ${what} of ${min} to ${max} characters, ${received(issue)}`;
	return v.pipe(v.string(message), v.trim(), v.minLength(min, message), v.maxLength(max, message));
};

const strict = <T extends v.ObjectEntries>(entries: T, what: string) =>
	v.strictObject(entries, (issue) => {
		if (issue.expected === 'never') return `unknown field (not part of the lesson format)`;
		if (issue.expected?.startsWith('"')) return `required field is missing`;
		return `expected ${what} as an object, ${received(issue)}`;
	});

/** Where a lesson helps most; the Learn page groups lessons by it. */
export const LESSON_TOPICS = ['first-days', 'everyday', 'getting-better'] as const;
export type LessonTopic = (typeof LESSON_TOPICS)[number];

const TopicSchema = v.picklist(
	LESSON_TOPICS,
	(issue) =>
		`expected a topic (${LESSON_TOPICS.map((t) => `"${t}"`).join(', ')}), ${received(issue)}`
);

/** One part of a lesson: an optional heading, paragraphs, and an optional list of points. */
export const LessonSectionSchema = strict(
	{
		heading: v.optional(text(2, 80, 'a heading')),
		paragraphs: list(text(10, 600, 'a paragraph'), 1, 6, 'paragraphs'),
		points: v.optional(list(text(3, 200, 'a point'), 1, 8, 'points'))
	},
	'a section'
);

/** What to read or do next: other lessons, routines, and the warning signs. */
export const SeeAlsoSchema = strict(
	{
		lessons: v.optional(list(slug('a lesson id', 60), 1, 4, 'lesson ids')),
		routines: v.optional(list(slug('a routine id', 60), 1, 4, 'routine ids')),
		safety: v.optional(v.boolean((issue) => `expected true or false, ${received(issue)}`))
	},
	'see also'
);

export const LessonSchema = strict(
	{
		formatVersion: v.literal(
			LESSON_FORMAT_VERSION,
			(issue) => `expected formatVersion ${LESSON_FORMAT_VERSION}, ${received(issue)}`
		),
		id: slug('an id', 60),
		title: text(3, 80, 'a title'),
		/** One line on the Learn page and under the title. */
		summary: text(10, 200, 'a summary'),
		topic: TopicSchema,
		sections: list(LessonSectionSchema, 1, 8, 'sections'),
		seeAlso: v.optional(SeeAlsoSchema)
	},
	'a lesson'
);

export type Lesson = v.InferOutput<typeof LessonSchema>;
export type LessonSection = v.InferOutput<typeof LessonSectionSchema>;
