import type { AudioContextCtorLike, AudioContextLike, GainLike } from './audio-like';

// resume() stays pending forever in Chrome when no gesture allows it; unlock() must not
// hang the Start tap waiting for it.
const UNLOCK_WAIT_MS = 500;

/**
 * One AudioContext kept alive through the browser's moods: created on first use, resumed when
 * the browser suspends or interrupts it, watched for a clock frozen in 'running' (iOS), and
 * replaced when it is. Knows nothing about beeps.
 */
export interface ContextKeeper {
	readonly supported: boolean;
	/** The current context, or null before the first `open`. */
	readonly context: AudioContextLike | null;
	/** The master volume node of the current context. */
	readonly master: GainLike | null;
	/** How many times a stalled context was replaced. */
	readonly recreations: number;
	/** The context, created if needed; null when Web Audio is missing or disposed. */
	open(): AudioContextLike | null;
	/** Creates and resumes the context inside a user gesture (plays silence for old iOS). */
	unlock(): Promise<void>;
	/** Resumes an existing context (never creates one) and restarts the stall watch. */
	resume(): Promise<void>;
	/** Asks a non-running context to run; never throws. */
	wake(c: AudioContextLike): void;
	/** Whether a once-running clock has stood still for longer than `stallMs`. */
	stalled(): boolean;
	/** Closes the current context and opens a fresh, resumed one. */
	replace(): AudioContextLike | null;
	setVolume(volume: number): void;
	dispose(): void;
}

/** Keeps one AudioContext; `now` is the page clock in ms. */
export function createContextKeeper(o: {
	AudioContextCtor: AudioContextCtorLike | undefined;
	now: () => number;
	stallMs: number;
	volume: number;
}): ContextKeeper {
	const { AudioContextCtor, now, stallMs } = o;
	let ctx: AudioContextLike | null = null;
	let master: GainLike | null = null;
	let volume = o.volume;
	// Last time the audio clock was seen to move, to spot iOS contexts frozen in 'running'.
	let seen = { audio: 0, page: 0, advanced: false };
	let disposed = false;
	let recreations = 0;

	const watchFromNow = (c: AudioContextLike, advanced = false) => {
		seen = { audio: c.currentTime, page: now(), advanced };
	};
	const tryResume = (c: AudioContextLike): Promise<void> => {
		try {
			return c.resume().catch(() => undefined);
		} catch {
			return Promise.resolve();
		}
	};
	// iOS moves the context to 'interrupted' after a call or a lock, other browsers to
	// 'suspended' when audio focus is lost; resume as soon as we are told.
	const onStateChange = () => {
		if (!ctx) return;
		watchFromNow(ctx, seen.advanced);
		if (ctx.state === 'suspended' || ctx.state === 'interrupted') void tryResume(ctx);
	};

	function open(): AudioContextLike | null {
		if (disposed || !AudioContextCtor) return null;
		if (ctx && ctx.state !== 'closed') return ctx;
		try {
			ctx = new AudioContextCtor();
		} catch {
			return null; // e.g. the browser's limit on contexts
		}
		master = ctx.createGain();
		master.gain.value = volume;
		master.connect(ctx.destination);
		ctx.addEventListener('statechange', onStateChange);
		watchFromNow(ctx);
		return ctx;
	}

	function close(c: AudioContextLike) {
		c.removeEventListener('statechange', onStateChange);
		try {
			void c.close().catch(() => undefined);
		} catch {
			// already closed
		}
	}

	return {
		supported: !!AudioContextCtor,
		get context() {
			return ctx;
		},
		get master() {
			return master;
		},
		get recreations() {
			return recreations;
		},
		open,
		async unlock() {
			const c = open();
			if (!c) return;
			// Playing something silent inside the tap is what unlocks output on older iOS.
			const silent = c.createGain();
			silent.gain.value = 0;
			silent.connect(c.destination);
			const osc = c.createOscillator();
			osc.connect(silent);
			osc.start(c.currentTime);
			osc.stop(c.currentTime + 0.01);
			await Promise.race([tryResume(c), new Promise<void>((r) => setTimeout(r, UNLOCK_WAIT_MS))]);
			watchFromNow(c, seen.advanced);
		},
		async resume() {
			// Nothing to resume before the first unlock/beep; don't create a context here.
			const c = ctx && open();
			if (!c) return;
			watchFromNow(c, seen.advanced);
			await tryResume(c);
		},
		wake(c) {
			if (c.state !== 'running') void tryResume(c);
		},
		stalled() {
			if (!ctx) return false;
			if (ctx.state !== 'running' || ctx.currentTime !== seen.audio) {
				watchFromNow(ctx, seen.advanced || ctx.currentTime !== seen.audio);
				return false;
			}
			// Only a clock that once ran can be said to have stalled; this also stops a fresh
			// context from being replaced again and again when page time is faked in tests.
			return seen.advanced && now() - seen.page > stallMs;
		},
		replace() {
			if (ctx) close(ctx);
			ctx = null;
			recreations++;
			const c = open();
			if (c) void tryResume(c);
			return c;
		},
		setVolume(v) {
			volume = Math.min(1, Math.max(0, Number.isFinite(v) ? v : 0));
			if (master) master.gain.value = volume;
		},
		dispose() {
			disposed = true;
			if (ctx) close(ctx);
			ctx = null;
			master = null;
		}
	};
}
