import { createContextKeeper } from './audio-context-keeper';
import {
	defaultAudioContextCtor,
	type AudioContextCtorLike,
	type AudioContextLike
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
	/**
	 * Called by `resync` and `checkClock` for each beep they moved (`to` its new record) or
	 * dropped (`to` null).
	 */
	onResync: ((from: ScheduledBeep, to: ScheduledBeep | null) => void) | null;
	/** Call inside a user gesture: creates and resumes the context. */
	unlock(): Promise<void>;
	/** Schedule `kind` at page time `opts.at` (default now); null when audio is unavailable. */
	beep(kind: SoundKind, opts?: BeepOptions): ScheduledBeep | null;
	/** Silence beeps that have not started yet; returns them. */
	cancelScheduled(): ScheduledBeep[];
	/** Master volume 0..1. */
	setVolume(volume: number): void;
	/**
	 * Resume after an interruption (visibilitychange, pointerdown), restart the stall watch and
	 * re-sync: beeps scheduled before the audio clock stood still move to their page time.
	 */
	resume(): Promise<void>;
	/** Moves beeps whose audio time no longer matches their page time (see `resume`); returns how many. */
	resync(): number;
	/** Recreate the context if its clock stalled while 'running'; true when it did. */
	checkClock(): boolean;
	/** Close the context; the beeper is unusable afterwards. */
	dispose(): void;
}

/** Audio and page clocks more than this far apart (s) mean the audio clock stood still. */
const RESYNC_S = 0.1;

interface Pending {
	record: ScheduledBeep;
	played: PlayedSound;
}

/** Create a beeper; no AudioContext exists until `unlock()` or the first `beep()`. */
export function createBeeper({
	AudioContextCtor = defaultAudioContextCtor(),
	now = () => performance.now(),
	stallMs = 1000
}: BeeperDeps = {}): Beeper {
	// The context's lifecycle lives in the keeper; this function only schedules beeps on it.
	const keeper = createContextKeeper({
		AudioContextCtor,
		now,
		stallMs,
		volume: DEFAULT_CUE_OPTIONS.volume
	});
	let pending: Pending[] = [];
	let lastScheduled: ScheduledBeep | null = null;

	function schedule(c: AudioContextLike, kind: SoundKind, at: number): ScheduledBeep {
		// Convert page time to audio time once, here; from then on the audio thread keeps
		// time, so a stalled main thread cannot delay the beep.
		// Start early by the output's own delay, so the beep is heard when it is due.
		const latency = finite(c.outputLatency) + finite(c.baseLatency);
		const dueAudioTime = c.currentTime + (at - now()) / 1000 - latency;
		const audioTime = Math.max(dueAudioTime, c.currentTime);
		const played = playSound(c, keeper.master ?? c.destination, kind, audioTime);
		const record: ScheduledBeep = { kind, at, audioTime, dueAudioTime };
		pending.push({ record, played });
		return record;
	}

	function checkClock(): boolean {
		if (!keeper.stalled()) return false;
		const t = now();
		const old = pending.map((p) => p.record);
		pending = [];
		const c = keeper.replace();
		// Beeps still ahead on the page clock move to the new context; the rest went with the old
		// one, never heard. Either way `onResync` says so, as `resync` does (the cue log follows).
		for (const r of old) beeper.onResync?.(r, c && r.at > t ? schedule(c, r.kind, r.at) : null);
		return true;
	}

	// A context interrupted while the page slept (iOS locks it) resumes its clock where it stopped,
	// so beeps scheduled earlier, a minute ahead while hidden, would all sound late.
	function resync(): number {
		const c = keeper.context;
		if (!c) return 0;
		const t = now();
		const latency = finite(c.outputLatency) + finite(c.baseLatency);
		let moved = 0;
		const keep: Pending[] = [];
		const off: ScheduledBeep[] = [];
		for (const p of pending) {
			const due = c.currentTime + (p.record.at - t) / 1000 - latency;
			if (p.played.start <= c.currentTime || Math.abs(due - p.record.dueAudioTime) < RESYNC_S) {
				keep.push(p);
				continue;
			}
			silence(p.played);
			moved++;
			off.push(p.record);
		}
		pending = keep;
		for (const r of off) {
			// Still ahead on the page clock: at its time again; already past: dropped, never late.
			const to = r.at >= t ? schedule(c, r.kind, r.at) : null;
			beeper.onResync?.(r, to);
		}
		return moved;
	}

	const beeper: Beeper = {
		supported: keeper.supported,
		get context() {
			return keeper.context;
		},
		get lastScheduled() {
			return lastScheduled;
		},
		get recreations() {
			return keeper.recreations;
		},
		onScheduled: null,
		onResync: null,
		unlock: () => keeper.unlock(),

		beep(kind, opts = {}) {
			if (!keeper.open()) return null;
			checkClock();
			const c = keeper.context;
			if (!c) return null;
			keeper.wake(c);
			pending = pending.filter((p) => p.played.end > c.currentTime);
			const record = schedule(c, kind, opts.at ?? now());
			lastScheduled = record;
			beeper.onScheduled?.(record);
			return record;
		},

		cancelScheduled() {
			const c = keeper.context;
			if (!c) return [];
			const t = c.currentTime;
			const cancelled: ScheduledBeep[] = [];
			pending = pending.filter((p) => {
				if (p.played.start <= t) return true; // already sounding: let it finish
				silence(p.played);
				cancelled.push(p.record);
				return false;
			});
			return cancelled;
		},

		setVolume: (v) => keeper.setVolume(v),
		resume: async () => {
			await keeper.resume();
			resync();
		},
		resync,
		checkClock,

		dispose() {
			keeper.dispose();
			pending = [];
		}
	};
	return beeper;
}

/** Stops a sound that has not started yet. */
function silence(played: PlayedSound): void {
	for (const osc of played.oscillators) {
		try {
			osc.stop(0);
		} catch {
			// never started or already stopped
		}
	}
	for (const node of played.nodes) node.disconnect();
}

/** A reported latency in seconds, or 0 when the browser does not report a sane one. */
function finite(seconds: number | undefined): number {
	return typeof seconds === 'number' && Number.isFinite(seconds) && seconds > 0 && seconds < 1
		? seconds
		: 0;
}
