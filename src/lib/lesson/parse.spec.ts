/** The lesson format, and the built-in lessons in routines/lessons/ (issue 24). */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lessonTexts, lessonWords, parseLesson, parseLessonOrThrow, unknownLinks } from './parse';
import { MAX_LESSON_WORDS, type Lesson } from './schema';

const dir = new URL('../../../routines/lessons/', import.meta.url);
const names = readdirSync(dir).filter((n) => n.endsWith('.json'));
const routineIds = new Set(
	readdirSync(new URL('../', dir))
		.filter((n) => n.endsWith('.json') && n !== 'schema.json')
		.map((n) => n.replace(/\.json$/, ''))
);
const lessonIds = new Set(names.map((n) => n.replace(/\.json$/, '')));
const read = (name: string): unknown => JSON.parse(readFileSync(new URL(name, dir), 'utf8'));

const small = (over: Record<string, unknown> = {}) => ({
	formatVersion: 1,
	id: 'a-lesson',
	title: 'A lesson',
	summary: 'What this lesson is about.',
	topic: 'everyday',
	sections: [{ paragraphs: ['One paragraph of plain words.'] }],
	...over
});

describe('built-in lessons', () => {
	it('has the lessons the issue asks for', () => {
		expect(names.length).toBeGreaterThanOrEqual(10);
		for (const id of [
			'why-backs-hurt',
			'hurt-is-not-harm',
			'pacing',
			'sleeping',
			'sitting-and-driving',
			'getting-up',
			'coughing-and-sneezing',
			'pain-down-one-leg',
			'when-to-get-help',
			'back-to-work-and-sport'
		]) {
			expect(lessonIds.has(id), id).toBe(true);
		}
	});

	it.each(names)('%s is valid, named after its id, and links only to what exists', (name) => {
		const lesson = parseLessonOrThrow(read(name), name, {
			lessons: lessonIds,
			routines: routineIds
		});
		expect(`${lesson.id}.json`).toBe(name);
		// Under two minutes to read or hear.
		expect(lessonWords(lesson)).toBeLessThanOrEqual(MAX_LESSON_WORDS);
	});

	it('sends the warning-signs lesson and the leg-pain lesson to the Safety page', () => {
		for (const id of ['when-to-get-help', 'pain-down-one-leg']) {
			expect((read(`${id}.json`) as Lesson).seeAlso?.safety, id).toBe(true);
		}
	});
});

describe('parseLesson', () => {
	it('accepts a small lesson and reads it aloud in order: title, summary, then the sections', () => {
		const result = parseLesson(
			small({
				sections: [
					{ heading: 'First', paragraphs: ['The first paragraph.'], points: ['A point to note'] }
				]
			})
		);
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect(lessonTexts(result.lesson)).toEqual([
			'A lesson',
			'What this lesson is about.',
			'First',
			'The first paragraph.',
			'A point to note'
		]);
	});

	it('names the JSON path of a problem', () => {
		const result = parseLesson(small({ sections: [{ paragraphs: ['short'] }] }));
		expect(result).toEqual({
			ok: false,
			errors: [
				expect.stringMatching(/^sections\[0\]\.paragraphs\[0\]: expected a paragraph of 10 to 600/)
			]
		});
	});

	it('refuses unknown fields and unknown topics', () => {
		const extra = parseLesson(small({ html: '<b>no</b>' }));
		expect(extra.ok ? [] : extra.errors).toEqual([
			'html: unknown field (not part of the lesson format)'
		]);
		const topic = parseLesson(small({ topic: 'surgery' }));
		expect(topic.ok ? [] : topic.errors).toEqual([
			expect.stringMatching(/^topic: expected a topic/)
		]);
	});

	it('refuses a lesson too long to read in two minutes', () => {
		const paragraph = 'word '.repeat(100).trim() + '.';
		const result = parseLesson(small({ sections: [{ paragraphs: Array(4).fill(paragraph) }] }));
		expect(result.ok ? [] : result.errors).toEqual([
			expect.stringMatching(/^sections: expected at most \d+ words .*got 40\d$/)
		]);
	});

	it('asks for a newer app for a newer format', () => {
		const result = parseLesson(small({ formatVersion: 2 }));
		expect(result.ok ? [] : result.errors).toEqual([
			expect.stringMatching(/^formatVersion: .*format 2/)
		]);
	});

	it('finds links to lessons and routines that do not exist', () => {
		const result = parseLesson(
			small({ seeAlso: { lessons: ['pacing', 'no-such'], routines: ['walk-break', 'gone'] } })
		);
		if (!result.ok) throw new Error(result.errors.join());
		expect(
			unknownLinks(result.lesson, {
				lessons: new Set(['pacing']),
				routines: new Set(['walk-break'])
			})
		).toEqual([
			'seeAlso.lessons[1]: no lesson has the id "no-such"',
			'seeAlso.routines[1]: no routine has the id "gone"'
		]);
		expect(() =>
			parseLessonOrThrow(small({ seeAlso: { lessons: ['no-such'] } }), 'x.json', {
				lessons: new Set(),
				routines: new Set()
			})
		).toThrow(/x\.json is not a valid lesson:\n {2}seeAlso\.lessons\[0\]/);
	});
});
