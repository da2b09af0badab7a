import {
	defaultAudioContextCtor,
	type AudioContextCtorLike,
	type AudioContextLike,
	type GainLike
} from './audio-like';
import { playSound, type PlayedSound } from './sounds';
import { DEFAULT_CUE_OPTIONS, type BeepOptions, type ScheduledBeep, type SoundKind } from './types';

/** Browser objects the beeper uses; the defaults are the real globals. */
export interface BeeperDeps {
	/** Default: `AudioContext` (or `webkitAudioContext`); undefined → beeps are no-ops. */
	AudioContextCtor?: AudioContextCtorLike | undefined;
	/** The page clock the player uses, in ms. Default: `performance.now()`. */
	now?: () => number;
	/** Page ms a 'running' context's clock may stand still before it is recreated. */
	stallMs?: number;
}

/** Synthesized beeps scheduled on the AudioContext clock. */
export interface Beeper {
	/** False when the browser has no Web Audio (then every call is a no-op). */
	readonly supported: boolean;
	/** The current context (replaced after a stall), or null before the first use. */
	readonly context: AudioContextLike | null;
	/** The latest beep scheduled, for tests and the benchmark. */
	readonly lastScheduled: ScheduledBeep | null;
	/** How many times a stalled context was replaced. */
	readonly recreations: number;
	/** Called for every beep scheduled (not for re-schedules after a recreation). */
	onScheduled: ((beep: ScheduledBeep) => void) | null;
	/** Call inside a user gesture: creates and resumes the context. */
	unlock(): Promise<void>;
	/** Schedule `kind` at page time `opts.at` (default now); null when audio is unavailable. */
	beep(kind: SoundKind, opts?: BeepOptions): ScheduledBeep | null;
	/** Silence beeps that have not started yet; returns them. */
	cancelScheduled(): ScheduledBeep[];
	/** Master volume 0..1. */
	setVolume(volume: number): void;
	/** Resume after an interruption (visibilitychange, pointerdown) and restart stall watch. */
	resume(): Promise<void>;
	/** Recreate the context if its clock stalled while 'running'; true when it did. */
	checkClock(): boolean;
	/** Close the context; the beeper is unusable afterwards. */
	dispose(): void;
}

interface Pending {
	record: ScheduledBeep;
	played: PlayedSound;
}

// resume() stays pending forever in Chrome when no gesture allows it; unlock() must not
// hang the Start tap waiting for it.
const UNLOCK_WAIT_MS = 500;

/** Create a beeper; no AudioContext exists until `unlock()` or the first `beep()`. */
export function createBeeper({
	AudioContextCtor = defaultAudioContextCtor(),
	now = () => performance.now(),
	stallMs = 1000
}: BeeperDeps = {}): Beeper {
	let ctx: AudioContextLike | null = null;
	let master: GainLike | null = null;
	let volume = DEFAULT_CUE_OPTIONS.volume;
	let pending: Pending[] = [];
	// Last time the audio clock was seen to move, to spot iOS contexts frozen in 'running'.
	let seen = { audio: 0, page: 0, advanced: false };
	let disposed = false;
	let recreations = 0;
	let lastScheduled: ScheduledBeep | null = null;

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

	function schedule(c: AudioContextLike, kind: SoundKind, at: number): ScheduledBeep {
		// Convert page time to audio time once, here; from then on the audio thread keeps
		// time, so a stalled main thread cannot delay the beep.
		// Start early by the output's own delay, so the beep is heard when it is due.
		const latency = finite(c.outputLatency) + finite(c.baseLatency);
		const dueAudioTime = c.currentTime + (at - now()) / 1000 - latency;
		const audioTime = Math.max(dueAudioTime, c.currentTime);
		const played = playSound(c, master ?? c.destination, kind, audioTime);
		const record: ScheduledBeep = { kind, at, audioTime, dueAudioTime };
		pending.push({ record, played });
		return record;
	}

	function recreate() {
		const t = now();
		const survivors = pending.filter((p) => p.record.at > t).map((p) => p.record);
		pending = [];
		if (ctx) close(ctx);
		ctx = null;
		recreations++;
		const c = open();
		if (!c) return;
		void tryResume(c);
		// Beeps still ahead on the page clock move to the new context.
		for (const r of survivors) schedule(c, r.kind, r.at);
	}

	function checkClock(): boolean {
		if (!ctx) return false;
		if (ctx.state !== 'running' || ctx.currentTime !== seen.audio) {
			watchFromNow(ctx, seen.advanced || ctx.currentTime !== seen.audio);
			return false;
		}
		// Only a clock that once ran can be said to have stalled; this also stops a fresh
		// context from being replaced again and again when page time is faked in tests.
		if (!seen.advanced || now() - seen.page <= stallMs) return false;
		recreate();
		return true;
	}

	const beeper: Beeper = {
		supported: !!AudioContextCtor,
		get context() {
			return ctx;
		},
		get lastScheduled() {
			return lastScheduled;
		},
		get recreations() {
			return recreations;
		},
		onScheduled: null,

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

		beep(kind, opts = {}) {
			if (!open()) return null;
			checkClock();
			const c = ctx;
			if (!c) return null;
			if (c.state !== 'running') void tryResume(c);
			pending = pending.filter((p) => p.played.end > c.currentTime);
			const record = schedule(c, kind, opts.at ?? now());
			lastScheduled = record;
			beeper.onScheduled?.(record);
			return record;
		},

		cancelScheduled() {
			if (!ctx) return [];
			const t = ctx.currentTime;
			const cancelled: ScheduledBeep[] = [];
			pending = pending.filter((p) => {
				if (p.played.start <= t) return true; // already sounding: let it finish
				for (const osc of p.played.oscillators) {
					try {
						osc.stop(0);
					} catch {
						// never started or already stopped
					}
				}
				for (const node of p.played.nodes) node.disconnect();
				cancelled.push(p.record);
				return false;
			});
			return cancelled;
		},

		setVolume(v) {
			volume = Math.min(1, Math.max(0, Number.isFinite(v) ? v : 0));
			if (master) master.gain.value = volume;
		},

		async resume() {
			// Nothing to resume before the first unlock/beep; don't create a context here.
			const c = ctx && open();
			if (!c) return;
			watchFromNow(c, seen.advanced);
			await tryResume(c);
		},

		checkClock,

		dispose() {
			disposed = true;
			if (ctx) close(ctx);
			ctx = null;
			master = null;
			pending = [];
		}
	};
	return beeper;
}

/** A reported latency in seconds, or 0 when the browser does not report a sane one. */
function finite(seconds: number | undefined): number {
	return typeof seconds === 'number' && Number.isFinite(seconds) && seconds > 0 && seconds < 1
		? seconds
		: 0;
}
