import type { SpeechItem, SpeechPriority } from './speech-queue';

// A tiny cue log for end-to-end tests and the benchmark: Playwright cannot hear, and
// its fake clock does not drive AudioContext.currentTime or speech, so tests read what
// was scheduled instead. Off unless explicitly enabled, so users pay nothing for it.
//
// Enable before the app loads:
//   await page.addInitScript(() => localStorage.setItem('backbeat:cue-log', '1'));
// or from code: enableCueLog(window). Then read:
//   await page.evaluate(() => window.__backbeatCues)

/** One line of the cue log. */
export interface CueLogEntry {
	/** What was asked for. */
	kind: 'beep' | 'speech' | 'vibrate' | 'cancel';
	/** Sound kind, spoken text, vibration pattern ("200,100,400"), or number of beeps cancelled. */
	what: string;
	/** Page-clock ms (`performance.now()`) when the call was made (speech: when it was queued). */
	at: number;
	/** Page-clock ms when it was due (beeps: when asked to sound; speech, vibration: the cue's time). */
	due?: number;
	/** Beeps: AudioContext seconds it was scheduled at (≥ the context's time then). */
	audioTime?: number;
	/** Beeps: AudioContext seconds it was due at before clamping (lateness = audioTime − this). */
	dueAudioTime?: number;
	/** False when nothing came out: no Web Audio, no voice, vibration unsupported or refused. */
	ok?: boolean;
	/** Beeps: set when `cancelScheduled` silenced it before it started. */
	cancelled?: boolean;
	/** Speech: how much it mattered in the queue (count, step, info). */
	priority?: SpeechPriority;
	/** Speech: which text the voice said, the full one (`what`) or the short one (`short`). */
	said?: 'full' | 'short';
	/** Speech: the shorter phrase offered for when the full one would not fit. */
	short?: string;
	/** Speech: page-clock ms when the voice started it (the utterance's `start` event). */
	startedAt?: number;
	/** Speech: page-clock ms when it ended, was cut or was dropped. */
	endedAt?: number;
	/** Speech: spoken, cut (mid-sentence by a skip, or at a sentence break), dropped, failed. */
	outcome?: SpeechItem['outcome'];
	/** Speech: why it was cut or dropped (skip, outranked, stale, no-room, error). */
	reason?: SpeechItem['reason'];
}

declare global {
	interface Window {
		/** The cue log, present only when enabled (see `src/lib/cues/log.ts`). */
		__backbeatCues?: CueLogEntry[];
	}
}

/** localStorage key that turns the log on at startup when set to '1'. */
export const CUE_LOG_KEY = 'backbeat:cue-log';
/** Entries kept; older ones are dropped so a long session cannot grow without bound. */
export const CUE_LOG_MAX = 500;

/** Where the log lives: `window` in the browser. */
export interface CueLogHost {
	__backbeatCues?: CueLogEntry[];
	localStorage?: { getItem(key: string): string | null };
}

const defaultHost = () => globalThis as CueLogHost;

/** Turn the log on (idempotent) and return the live array at `win.__backbeatCues`. */
export function enableCueLog(win: CueLogHost = defaultHost()): CueLogEntry[] {
	win.__backbeatCues ??= [];
	return win.__backbeatCues;
}

/** Turn the log on if localStorage says so; true when it is on. */
export function enableCueLogFromStorage(win: CueLogHost = defaultHost()): boolean {
	try {
		if (win.localStorage?.getItem(CUE_LOG_KEY) === '1') enableCueLog(win);
	} catch {
		// Storage can throw (privacy modes); the log simply stays off.
	}
	return Array.isArray(win.__backbeatCues);
}

/** Append an entry when the log is on; returns it (to mark it cancelled later) or null. */
export function logCue(entry: CueLogEntry, win: CueLogHost = defaultHost()): CueLogEntry | null {
	const log = win.__backbeatCues;
	if (!Array.isArray(log)) return null;
	log.push(entry);
	// Trim in place: tests may hold a reference to the array.
	if (log.length > CUE_LOG_MAX) log.splice(0, log.length - CUE_LOG_MAX);
	return entry;
}
