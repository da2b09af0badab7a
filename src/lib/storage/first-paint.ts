/**
 * The few stored choices that decide what a prerendered page shows before any script runs,
 * mirrored from the settings (IndexedDB, read only once the app's code has loaded) into one
 * synchronous localStorage entry. A one-line inline script in app.html copies it onto
 * `<html data-first-paint="…">` before the first paint, and the pages' CSS shows the matching
 * prerendered screen (the player's safety gate or its ready screen, the pain check-in or Start).
 * A chosen theme goes onto `<html data-theme>` there too, so a dark choice on a light phone
 * never flashes light while the app loads.
 *
 * A mirror only: the settings stay the truth. When it is missing or stale (a first visit, data
 * deleted elsewhere) the page shows the first-visit screen and corrects it once settings load.
 */
import type { Settings } from './settings-defaults';

/** The localStorage key; app.html's inline script reads the same literal. */
export const FIRST_PAINT_KEY = 'backbeat:first-paint';

/** The tokens of `data-first-paint`, each present when its choice holds. */
export const FIRST_PAINT = {
	/** The red-flag screen was confirmed: the player opens on its ready screen. */
	safetyConfirmed: 'safety-ok',
	/** Pain check-ins are off: the ready screen shows Start, not the 0–10 question. */
	noPainCheckins: 'no-pain',
	/** The theme chosen in Settings (none when it follows the system); app.html reads `theme-`. */
	theme: (theme: 'light' | 'dark') => `theme-${theme}` as const
} as const;

type Mirrored = Pick<Settings, 'safetyAcknowledgedAt' | 'painCheckins' | 'theme'>;

/** The mirror's value for these settings (space-separated tokens, for CSS `~=`). */
export function firstPaintOf(s: Mirrored): string {
	const tokens: string[] = [];
	if (s.safetyAcknowledgedAt !== null) tokens.push(FIRST_PAINT.safetyConfirmed);
	if (!s.painCheckins) tokens.push(FIRST_PAINT.noPainCheckins);
	if (s.theme !== 'system') tokens.push(FIRST_PAINT.theme(s.theme));
	return tokens.join(' ');
}

/** Where the mirror lives; `globalThis.localStorage` in the browser. */
type Store = Pick<Storage, 'setItem' | 'removeItem'>;

const browserStore = (): Store | undefined => {
	try {
		return globalThis.localStorage;
	} catch {
		// Storage blocked (some privacy modes throw on access): pages show the first-visit screen.
		return undefined;
	}
};

/** Mirrors the settings for the next page load; never throws (it only saves a flash). */
export function rememberFirstPaint(s: Mirrored, store: Store | undefined = browserStore()): void {
	try {
		store?.setItem(FIRST_PAINT_KEY, firstPaintOf(s));
	} catch {
		// Quota or privacy mode: the next load shows the first-visit screen, then corrects it.
	}
}

/** Forgets the mirror (all data deleted): the next load looks like a first visit again. */
export function forgetFirstPaint(store: Store | undefined = browserStore()): void {
	try {
		store?.removeItem(FIRST_PAINT_KEY);
	} catch {
		// As above.
	}
}
