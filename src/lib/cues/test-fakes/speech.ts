// A hand-made Web Speech fake: voices the test chooses, a queue the test drains.
import type { SpeechSynthesisLike, UtteranceLike, VoiceLike } from '../speech-like';

/** A voice with sensible defaults. */
export function voice(v: Partial<VoiceLike> & { name: string }): VoiceLike {
	return { voiceURI: v.name, lang: 'en-US', localService: true, default: false, ...v };
}

export class FakeUtterance implements UtteranceLike {
	lang = '';
	voice: VoiceLike | null = null;
	rate = 1;
	volume = 1;
	onend: ((ev: never) => unknown) | null = null;
	onerror: ((ev: never) => unknown) | null = null;
	onstart: ((ev: never) => unknown) | null = null;
	constructor(public text = '') {}
}

export class FakeSpeechSynthesis implements SpeechSynthesisLike {
	paused = false;
	queue: FakeUtterance[] = [];
	spoken: FakeUtterance[] = [];
	cancelCalls = 0;
	resumeCalls = 0;
	listeners = new Set<() => void>();
	constructor(public voices: VoiceLike[] = []) {}
	speak(u: UtteranceLike) {
		if (!(u instanceof FakeUtterance)) throw new Error('not a FakeUtterance');
		this.queue.push(u);
		this.spoken.push(u);
	}
	cancel() {
		this.cancelCalls++;
		this.queue = [];
	}
	resume() {
		this.resumeCalls++;
		this.paused = false;
	}
	getVoices() {
		return this.voices;
	}
	addEventListener(_t: 'voiceschanged', l: () => void) {
		this.listeners.add(l);
	}
	removeEventListener(_t: 'voiceschanged', l: () => void) {
		this.listeners.delete(l);
	}
	/** Voices arrive late, as in Chrome. */
	loadVoices(voices: VoiceLike[]) {
		this.voices = voices;
		for (const l of this.listeners) l();
	}
	/** The voice starts the first queued utterance. */
	startNext() {
		const u = this.queue[0];
		u?.onstart?.(undefined as never);
		return u;
	}
	/** Finish the first queued utterance (or fail it). */
	finishNext(how: 'end' | 'error' = 'end') {
		const u = this.queue.shift();
		const handler = how === 'end' ? u?.onend : u?.onerror;
		handler?.(undefined as never);
		return u;
	}
}
