/** The words of the Learn pages (issue 24); the lessons' own words are in routines/lessons/. */
import type { LessonTopic } from '../lesson/schema';

export const LEARN = {
	title: 'Learn · Backbeat',
	heading: 'Learn',
	lead: 'Short lessons about a sore back: what is going on, what helps and when to get help. Each takes under two minutes to read, or Backbeat can read it to you.',
	topics: {
		'first-days': 'In the first days',
		everyday: 'Everyday life',
		'getting-better': 'Getting better'
	} satisfies Record<LessonTopic, string>,
	minutes: (n: number) => `${n} min read`,
	lesson: {
		title: (lesson: string) => `${lesson} · Learn · Backbeat`,
		back: '← All lessons',
		read: 'Read it to me',
		stop: 'Stop reading',
		reading: 'Reading aloud…',
		noVoice:
			'This device has no speech voice, so lessons cannot be read aloud here. You can add a voice in your device’s text-to-speech settings.',
		seeAlso: 'Read or do next',
		safety: 'The warning signs: when to get help',
		routine: (title: string) => `Routine: ${title}`
	},
	/** The link from other pages to a lesson. */
	readLesson: (title: string) => `Read: ${title}`
} as const;
