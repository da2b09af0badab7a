/**
 * The title of every built-in lesson by id, for links from the app's own pages (a plan's lesson
 * of the day). Only the titles are bundled: Vite imports the one field from each JSON file.
 */
const titles = import.meta.glob<string>('/routines/lessons/*.json', {
	eager: true,
	import: 'title'
});

export const LESSON_TITLES: Readonly<Record<string, string>> = Object.fromEntries(
	Object.entries(titles).map(([path, title]) => [
		path.replace(/^.*\//, '').replace(/\.json$/, ''),
		title
	])
);
