// The speech queue's policy, apart from the browser: which sentence goes next, which is
// dropped, and whether the full or the short text is said. The speaker (speech.ts) runs it.
import { speechMs } from '../text/speech-time';

/**
 * How much a phrase matters, highest first:
 * - `count`: timing words (3-2-1, "Lift, 2", "Lower", "Switch sides", "Relax"): useless late.
 * - `step`: what to do now (the step's name, "Rest", "Finished").
 * - `info`: extras ("Halfway", "Next up: …", instructions): dropped first.
 */
export type SpeechPriority = 'count' | 'step' | 'info';

const RANK: Record<SpeechPriority, number> = { count: 3, step: 2, info: 1 };

/**
 * How late a phrase may still start (ms after it was due). Later than this it would describe
 * a moment that has passed, so it is dropped (the beeps carry the timing meanwhile).
 */
export const MAX_LATE_MS: Record<SpeechPriority, number> = { count: 1000, step: 8000, info: 4000 };

/** One phrase in the queue, and what became of it (the cue log shows this record). */
export interface SpeechItem {
	text: string;
	/** Said instead of `text` when the full text would run into the next step. */
	short?: string | undefined;
	/** Ms from `due` until the next step starts: how long the sentence may take. */
	roomMs?: number | undefined;
	priority: SpeechPriority;
	/** Page-clock ms when the cue was due. */
	due: number;
	/** Page-clock ms when it was queued. */
	queuedAt: number;
	/** Which text was (or is being) said. */
	said?: 'full' | 'short';
	/** When the voice started (the utterance's `start` event, else when it was handed over). */
	startedAt?: number;
	/** When the voice finished it, or it was cut or dropped. */
	endedAt?: number;
	/**
	 * What became of it: spoken in full; cut (a skip or pause stopped it mid-sentence, or a more
	 * urgent phrase took over at a sentence break); dropped before a word was said; failed (the
	 * voice reported an error).
	 */
	outcome?: 'spoken' | 'cut' | 'dropped' | 'failed';
	/** Why it was cut or dropped. */
	reason?: 'skip' | 'outranked' | 'stale' | 'no-room' | 'error';
}

/** True when `a` matters more than `b`. */
export function outranks(a: SpeechPriority, b: SpeechPriority): boolean {
	return RANK[a] > RANK[b];
}

/**
 * Queue `item`: queued phrases that matter less are dropped (they would only delay it), and
 * it goes after those that matter as much or more. Returns the new queue and the dropped ones.
 */
export function enqueue(
	queue: readonly SpeechItem[],
	item: SpeechItem
): { queue: SpeechItem[]; dropped: SpeechItem[] } {
	const dropped = queue.filter((q) => outranks(item.priority, q.priority));
	const kept = queue.filter((q) => !outranks(item.priority, q.priority));
	return { queue: [...kept, item], dropped };
}

/** What to do with the phrase at the head of the queue when the voice is free at `now`. */
export type Decision = { say: 'full' | 'short'; text: string } | { drop: 'stale' | 'no-room' };

/**
 * Decide at the moment it can start: too late → dropped; the full text would run past its
 * room (wait so far + estimated length > roomMs) → the short text; no short text and still no
 * room → an `info` phrase is dropped, anything else is said anyway (a step name is worth it).
 */
export function decide(item: SpeechItem, now: number, rate = 1): Decision {
	const late = now - item.due;
	if (late > Math.min(MAX_LATE_MS[item.priority], item.roomMs ?? Infinity))
		return { drop: 'stale' };
	const room = item.roomMs;
	const fits = (text: string) => room === undefined || late + speechMs(text, rate) <= room;
	if (fits(item.text)) return { say: 'full', text: item.text };
	if (item.short) return { say: 'short', text: item.short };
	return item.priority === 'info' ? { drop: 'no-room' } : { say: 'full', text: item.text };
}
