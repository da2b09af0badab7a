import {
	defaultSpeech,
	type SpeechSynthesisLike,
	type UtteranceCtorLike,
	type UtteranceLike,
	type VoiceLike
} from './speech-like';
import { decide, enqueue, outranks, type SpeechItem } from './speech-queue';
import { chooseVoice, safeVoices, sortVoices, splitForSpeech } from './voices';
import type { SpeakOptions } from './types';
import { speechMs } from '../text/speech-time';

/** Browser objects the speaker uses; the defaults are the real globals. */
export interface SpeakerDeps {
	/** Default: `speechSynthesis`; undefined → speaking is a no-op. */
	synth?: SpeechSynthesisLike | undefined;
	/** Default: `SpeechSynthesisUtterance`. */
	Utterance?: UtteranceCtorLike | undefined;
	/** Language to prefer when no voice is picked. Default: `navigator.language`. */
	lang?: string;
	/** Page clock in ms (the cue log's times). Default: `performance.now()`. */
	now?: () => number;
	/** For the watchdog that frees the queue when a browser never says a sentence ended. */
	setTimer?: (fn: () => void, ms: number) => unknown;
	clearTimer?: (id: unknown) => void;
}

/** Short spoken phrases through the Web Speech API. */
export interface Speaker {
	/** False when the browser has no speech synthesis. */
	readonly supported: boolean;
	/** False when no voice exists (yet): Settings says "no voice: beeps carry the workout". */
	readonly hasVoice: boolean;
	/** The voice `speak` would use now. */
	readonly voice: VoiceLike | null;
	/** Utterances referenced until they end; kept so their `onend` can fire at all. */
	readonly inFlight: number;
	/** Call inside a user gesture (iOS speaks only after one): an empty, silent utterance. */
	prime(): void;
	/**
	 * Queue `text` by its priority (see speech-queue.ts): it waits for the sentence being said,
	 * and may be dropped or shortened if it would come too late. Returns its live record, or
	 * null when nothing can be spoken (no synthesis, no voice, no words).
	 */
	speak(text: string, opts?: SpeakOptions): SpeechItem | null;
	/** Drop the queue and cut what is being said (a skip, a pause, the end). */
	cancel(): void;
	/** Told each time a record changes (started, ended, cut, dropped): the cue log. */
	onUpdate(cb: (item: SpeechItem) => void): () => void;
	/** Voices for a picker: on-device first, the user's language first. */
	listVoices(): VoiceLike[];
	/** Called when the browser (re)loads its voices, which Chrome does after a delay. */
	onVoicesChanged(cb: (voices: VoiceLike[]) => void): () => void;
	/**
	 * The user's pick by its id (voices.ts `voiceIds`; a bare voiceURI stored before ids still
	 * works), or null for the automatic choice.
	 */
	setVoice(voiceId: string | null): void;
	/** Rate, 1 = normal; clamped to 0.5..2 so step names stay intelligible. */
	setRate(rate: number): void;
	/** Stop speaking and stop listening for voices. */
	dispose(): void;
}

// If a browser never fires end/error, the set must not grow for a whole workout.
const MAX_IN_FLIGHT = 50;
/** A sentence not ended this long after its estimate is taken as ended (a lost `end` event). */
const WATCHDOG_SLACK_MS = 4000;

/** What the voice is saying now: one queued item, one part (≈ sentence) at a time. */
interface Current {
	item: SpeechItem;
	parts: string[];
	index: number;
	utterance: UtteranceLike;
	watchdog: unknown;
}

/**
 * Create a speaker over `speechSynthesis`. It keeps its own queue and hands the browser one
 * sentence at a time, so a more urgent phrase can take over at a sentence break without
 * cutting a word, and a skip can still cut at once (`cancel`).
 */
export function createSpeaker({
	synth = defaultSpeech().synth,
	Utterance = defaultSpeech().Utterance,
	lang = globalThis.navigator?.language ?? 'en',
	now = () => performance.now(),
	setTimer = (fn, ms) => setTimeout(fn, ms),
	clearTimer = (id) => clearTimeout(id as ReturnType<typeof setTimeout>)
}: SpeakerDeps = {}): Speaker {
	let voiceId: string | null = null;
	let rate = 1;
	let queue: SpeechItem[] = [];
	let current: Current | null = null;
	const inFlight = new Set<UtteranceLike>();
	const listeners = new Set<(voices: VoiceLike[]) => void>();
	const watchers = new Set<(item: SpeechItem) => void>();
	const voices = (): VoiceLike[] => safeVoices(synth);
	const onVoices = () => {
		const list = speaker.listVoices();
		for (const cb of listeners) cb(list);
	};
	// Asking once makes Chrome start loading its voices; they arrive with `voiceschanged`.
	voices();
	synth?.addEventListener('voiceschanged', onVoices);

	const update = (item: SpeechItem, patch: Partial<SpeechItem>) => {
		Object.assign(item, patch);
		for (const cb of watchers) cb(item);
	};
	const close = (item: SpeechItem, patch: Pick<SpeechItem, 'outcome'> & Partial<SpeechItem>) =>
		update(item, { endedAt: now(), ...patch });

	// Without a live reference, Chrome and Safari may garbage-collect the utterance
	// mid-sentence and its `onend` never fires.
	function keep(u: UtteranceLike) {
		inFlight.add(u);
		if (inFlight.size > MAX_IN_FLIGHT) {
			const oldest = inFlight.values().next().value;
			if (oldest) inFlight.delete(oldest);
		}
	}

	/** Hand the current item's next part to the browser. */
	function sayPart(c: Current) {
		if (!synth || !Utterance) return;
		const voice = speaker.voice;
		const text = c.parts[c.index] ?? '';
		const u = new Utterance(text);
		if (voice) {
			u.voice = voice;
			u.lang = voice.lang;
		}
		u.rate = rate;
		// Events of an utterance that is no longer current (cancelled, replaced) change nothing.
		u.onstart = () => {
			if (current?.utterance === u && c.index === 0 && c.item.startedAt === undefined)
				update(c.item, { startedAt: now() });
		};
		u.onend = () => partDone(u, 'end');
		u.onerror = () => partDone(u, 'error');
		c.utterance = u;
		clearTimer(c.watchdog);
		c.watchdog = setTimer(() => partDone(u, 'end'), speechMs(text, rate) + WATCHDOG_SLACK_MS);
		keep(u);
		// Chrome on Android can be left paused after the page was hidden.
		if (synth.paused) synth.resume();
		synth.speak(u);
	}

	function partDone(u: UtteranceLike, how: 'end' | 'error') {
		inFlight.delete(u);
		const c = current;
		if (!c || c.utterance !== u) return;
		clearTimer(c.watchdog);
		const { item } = c;
		const more = c.index + 1 < c.parts.length;
		dropStale();
		const waiting = queue[0];
		if (how === 'error') close(item, { outcome: 'failed', reason: 'error' });
		else if (more && waiting && outranks(waiting.priority, item.priority)) {
			// A more urgent phrase waits: stop at this sentence break, never mid-word.
			close(item, { outcome: 'cut', reason: 'outranked' });
		} else if (more) {
			c.index++;
			sayPart(c);
			return;
		} else close(item, { outcome: 'spoken' });
		if (item.startedAt === undefined) update(item, { startedAt: item.endedAt ?? now() });
		current = null;
		pump();
	}

	/** Drop queued phrases that could now only start too late. */
	function dropStale() {
		const t = now();
		queue = queue.filter((item) => {
			const d = decide(item, t, rate);
			if ('drop' in d && d.drop === 'stale') close(item, { outcome: 'dropped', reason: 'stale' });
			return !('drop' in d && d.drop === 'stale');
		});
	}

	/** Start the next phrase that is still worth saying, when the voice is free. */
	function pump() {
		while (!current && queue.length > 0) {
			const item = queue.shift()!;
			const d = decide(item, now(), rate);
			if ('drop' in d) {
				close(item, { outcome: 'dropped', reason: d.drop });
				continue;
			}
			update(item, { said: d.say });
			const parts = splitForSpeech(d.text);
			current = { item, parts, index: 0, utterance: null as never, watchdog: undefined };
			sayPart(current);
		}
	}

	const speaker: Speaker = {
		supported: !!synth && !!Utterance,
		get hasVoice() {
			return voices().length > 0;
		},
		get voice() {
			return chooseVoice(voices(), { voiceId, lang });
		},
		get inFlight() {
			return inFlight.size;
		},

		prime() {
			if (!synth || !Utterance) return;
			// Not '': an empty utterance fails in Chrome with speech-dispatcher (Linux) and
			// leaves its queue stuck for good; a lone full stop says nothing and ends at once.
			const u = new Utterance('.');
			u.volume = 0;
			const release = () => void inFlight.delete(u);
			u.onend = release;
			u.onerror = release;
			keep(u);
			synth.speak(u);
		},

		speak(text, opts = {}) {
			if (!synth || !Utterance) return null;
			if (opts.interrupt) speaker.cancel();
			if (!speaker.voice || splitForSpeech(text).length === 0) return null;
			const t = now();
			const item: SpeechItem = {
				text,
				short: opts.short,
				roomMs: opts.roomMs,
				priority: opts.priority ?? 'step',
				due: opts.due ?? t,
				queuedAt: t
			};
			const next = enqueue(queue, item);
			queue = next.queue;
			for (const d of next.dropped) close(d, { outcome: 'dropped', reason: 'outranked' });
			pump();
			return item;
		},

		cancel() {
			const c = current;
			const dropped = queue;
			current = null;
			queue = [];
			if (c) {
				clearTimer(c.watchdog);
				close(c.item, { outcome: 'cut', reason: 'skip' });
			}
			for (const d of dropped) close(d, { outcome: 'dropped', reason: 'skip' });
			synth?.cancel();
			inFlight.clear();
		},

		onUpdate(cb) {
			watchers.add(cb);
			return () => void watchers.delete(cb);
		},

		listVoices() {
			return sortVoices(voices(), lang);
		},

		onVoicesChanged(cb) {
			listeners.add(cb);
			return () => void listeners.delete(cb);
		},

		setVoice(id) {
			voiceId = id;
		},

		setRate(r) {
			rate = Math.min(2, Math.max(0.5, Number.isFinite(r) ? r : 1));
		},

		dispose() {
			speaker.cancel();
			listeners.clear();
			watchers.clear();
			synth?.removeEventListener('voiceschanged', onVoices);
		}
	};
	return speaker;
}
