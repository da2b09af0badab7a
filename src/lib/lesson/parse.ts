import * as v from 'valibot';
import { formatPath } from '../routine/issues';
import { LESSON_FORMAT_VERSION, LessonSchema, MAX_LESSON_WORDS, type Lesson } from './schema';

export type ParseLessonResult = { ok: true; lesson: Lesson } | { ok: false; errors: string[] };

/** The words of a lesson as read aloud: its title, summary, headings, paragraphs and points. */
export function lessonTexts(lesson: Lesson): string[] {
	return [
		lesson.title,
		lesson.summary,
		...lesson.sections.flatMap((s) => [
			...(s.heading ? [s.heading] : []),
			...s.paragraphs,
			...(s.points ?? [])
		])
	];
}

/** How many words a lesson has, its `*emphasis*` marks left out. */
export function lessonWords(lesson: Lesson): number {
	return lessonTexts(lesson)
		.join(' ')
		.replace(/\*/g, '')
		.split(/\s+/)
		.filter((w) => /\w/.test(w)).length;
}

/** Minutes to read a lesson at about 200 words a minute, at least one. */
export function readingMinutes(lesson: Lesson): number {
	return Math.max(1, Math.round(lessonWords(lesson) / 200));
}

/**
 * Validates a parsed JSON value as a lesson. Errors name the JSON path like routine errors do:
 * `sections[1].paragraphs[0]: expected a paragraph of 10 to 600 characters, got 4 characters`.
 */
export function parseLesson(input: unknown): ParseLessonResult {
	if (typeof input !== 'object' || input === null || Array.isArray(input)) {
		return { ok: false, errors: ['(lesson): expected a lesson as an object'] };
	}
	const version = (input as Record<string, unknown>).formatVersion;
	if (typeof version === 'number' && version > LESSON_FORMAT_VERSION) {
		return {
			ok: false,
			errors: [
				`formatVersion: this lesson uses format ${version}, but this version of Backbeat reads up to format ${LESSON_FORMAT_VERSION}.`
			]
		};
	}
	const result = v.safeParse(LessonSchema, input, { abortPipeEarly: true });
	if (!result.success) {
		return {
			ok: false,
			errors: result.issues.map((issue) => {
				return `${formatPath(issue.path, '(lesson)')}: ${issue.message}`;
			})
		};
	}
	const words = lessonWords(result.output);
	if (words > MAX_LESSON_WORDS) {
		return {
			ok: false,
			errors: [
				`sections: expected at most ${MAX_LESSON_WORDS} words (under two minutes to read), got ${words}`
			]
		};
	}
	return { ok: true, lesson: result.output };
}

/** What a lesson links to, given the ids that exist. */
export interface KnownIds {
	lessons: ReadonlySet<string>;
	routines: ReadonlySet<string>;
}

/** Links to a lesson or routine that does not exist, as path errors. */
export function unknownLinks(lesson: Lesson, known: KnownIds): string[] {
	const see = lesson.seeAlso;
	if (!see) return [];
	const missing = (kind: 'lessons' | 'routines', ids: readonly string[] = []) =>
		ids.flatMap((id, i) =>
			known[kind].has(id)
				? []
				: [`seeAlso.${kind}[${i}]: no ${kind.slice(0, -1)} has the id ${JSON.stringify(id)}`]
		);
	return [...missing('lessons', see.lessons), ...missing('routines', see.routines)];
}

/** Like parseLesson, but throws one Error listing every problem (build-time loading). */
export function parseLessonOrThrow(input: unknown, source: string, known?: KnownIds): Lesson {
	const result = parseLesson(input);
	const errors = result.ok ? (known ? unknownLinks(result.lesson, known) : []) : result.errors;
	if (result.ok && errors.length === 0) return result.lesson;
	throw new Error(`${source} is not a valid lesson:\n  ${errors.join('\n  ')}`);
}
