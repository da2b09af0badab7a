import type { CuePlayer } from '$lib/cues/types';
import type { WakeLockController } from '$lib/cues/wake-lock';
import {
	advance,
	apply,
	compile,
	COUNT_IN_SECONDS,
	createPlayback,
	restore,
	snapshot,
	stateAt,
	type Action,
	type Cue,
	type EngineSettings,
	type Playback,
	type PlaybackView,
	type Snapshot,
	type Timeline
} from '$lib/engine';
import type { Routine } from '$lib/routine/schema';
import { ANNOUNCE } from '$lib/text/screen';
import { SPOKEN } from '$lib/text/spoken';
import { pageClock, type Clock, type TimerId } from './clock';
import { soundsFor } from './cue-sounds';
import {
	createTapGuard,
	offersReady,
	type GuardedTap,
	type Move,
	type TapGuard
} from './tap-guard';

/** How often the screen and the cue schedule are brought up to date while playing. */
export const TICK_MS = 100;
/** Beeps are handed to the audio clock this far ahead, so a stalled main thread cannot delay them. */
export const LOOKAHEAD_MS = 300;
/** Hidden tabs run timers about once a second: look further ahead so beeps still land on time. */
export const HIDDEN_LOOKAHEAD_MS = 1500;
/**
 * Hidden or locked, Chrome runs timers once a second, and after 5 minutes once a minute unless
 * the page made a sound in the last 30 s; the audio clock keeps running. So a hidden page also
 * hands the audio clock the beeps of the next minute and more, which then land on time whatever
 * the timers do. Only beeps: speech cannot be scheduled ahead, and cues keep their own
 * look-ahead, so a frozen page still says one catch-up sentence on return.
 */
export const HIDDEN_BEEPS_AHEAD_MS = 65_000;

export interface RunnerOptions {
	routine: Routine;
	settings?: Partial<EngineSettings>;
	cues: CuePlayer;
	wakeLock?: WakeLockController;
	clock?: Clock;
	/** A snapshot read back from storage, checked by the engine's `restore` (paused there). */
	resumeFrom?: unknown;
	/**
	 * Called whenever the view is brought up to date (every tick and every control), with the
	 * view before: the session's checkpoint policy decides from it what to save.
	 */
	onUpdate?: (view: PlaybackView, previous: PlaybackView) => void;
	/** Called once when the routine finishes or is ended early. */
	onEnd?: (view: PlaybackView) => void;
	/** Whether the page is hidden (longer look-ahead). */
	isHidden?: () => boolean;
}

/**
 * Plays a compiled routine: owns the playback state, asks the engine what is due on every
 * tick, and hands cues to the cue player (beeps scheduled ahead on the audio clock; speech and
 * vibration fired at their due time). Elapsed time is derived from the clock, never counted,
 * so a hidden tab or a locked phone cannot make it drift.
 */
export class Runner {
	readonly timeline: Timeline;
	/** What the screen shows; replaced, never mutated. */
	view: PlaybackView = $state.raw() as PlaybackView;
	/** Bumped when a cue wanted a vibration the device could not give: the screen flashes. */
	flashes = $state(0);
	/** Text for the aria-live region: step changes and status changes. */
	announcement = $state('');
	/** Seconds left of a resume count-in (3, 2, 1); 0 when none is running. */
	countIn = $state(0);

	#playback: Playback;
	#o: RunnerOptions;
	#clock: Clock;
	#interval: TimerId | null = null;
	#countInTimer: TimerId | null = null;
	// Timer ids, not state: nothing renders from this set.
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	#pending = new Set<TimerId>();
	/** Cues whose beep is already on the audio clock (handed over early while hidden). */
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	#beepsAhead = new Set<string>();
	#lastItem = -1;
	#ended = false;
	/** Holds back the second half of a double tap (see tap-guard.ts). */
	#taps: TapGuard;

	constructor(o: RunnerOptions) {
		this.#o = o;
		this.#clock = o.clock ?? pageClock;
		this.#taps = createTapGuard({ now: () => this.#clock.now() });
		this.timeline = compile(o.routine, o.settings);
		const now = this.#clock.now();
		this.#playback = o.resumeFrom
			? restore({ timeline: this.timeline, snapshot: o.resumeFrom, nowMs: now })
			: createPlayback(this.timeline);
		this.view = stateAt({ timeline: this.timeline, playback: this.#playback, nowMs: now });
	}

	/** The Start tap: unlock audio and speech, keep the screen on, then play. */
	start(): void {
		// Both must be asked for inside the tap: browsers only allow them after a gesture.
		void this.#o.cues.unlock();
		void this.#o.wakeLock?.acquire();
		this.#control(this.#playback.status === 'paused' ? { type: 'resume' } : { type: 'start' });
	}

	pause = () => {
		if (this.#stopCountIn()) return;
		this.#control({ type: 'pause' });
	};
	resume = () => this.#resume();
	#resume(o: { byCountIn?: boolean } = {}): void {
		this.#stopCountIn();
		// Resuming is a tap too: after a reload this is the first gesture that can unlock audio.
		void this.#o.cues.unlock();
		void this.#o.wakeLock?.acquire();
		// The end of a count-in is no tap: a tap then (to stop it) must still pause.
		this.#control({ type: 'resume' }, { move: !o.byCountIn });
	}
	/**
	 * Resumes a paused session after a spoken and beeped 3-2-1, so a person who tapped
	 * "Resume" on the floor is in position before time runs. Call inside the tap (audio unlock).
	 */
	resumeAfterCountIn = (seconds = COUNT_IN_SECONDS) => {
		if (this.#playback.status !== 'paused' || this.#countInTimer !== null) return;
		void this.#o.cues.unlock();
		void this.#o.wakeLock?.acquire();
		// Never two counts in a row: paused inside the engine's own 3-2-1 (a prepare segment), it
		// starts that count again; paused in a get-ready, nothing is counted yet, so go on at once.
		const kind = this.view.segment?.kind;
		if (kind === 'prepare' || kind === 'get-ready') {
			if (kind === 'prepare') this.#control({ type: 'restartStep' });
			return this.resume();
		}
		const count = (n: number) => {
			this.#countInTimer = null;
			this.countIn = n;
			if (n === 0) return this.#resume({ byCountIn: true });
			this.#o.cues.beep('countdown');
			this.#o.cues.speak(SPOKEN.countIn(n), { interrupt: n === seconds, priority: 'count' });
			this.announcement = ANNOUNCE.resumingIn(n);
			this.#countInTimer = this.#clock.setTimeout(() => count(n - 1), 1000);
		};
		// The tap that started the count may come twice: the second must not stop it.
		this.#taps.moved('resume');
		count(seconds);
	};
	/** Space bar and the big button: pause when playing, resume when paused. */
	toggle = () => {
		// During a count-in the button says Pause: stop the count-in, stay paused.
		if (this.#stopCountIn()) return;
		const s = this.view.status;
		if (s === 'playing') this.pause();
		else if (s === 'paused') this.resume();
		else if (s === 'ready') this.start();
	};
	next = () => this.#control({ type: 'next' });
	previous = () => this.#control({ type: 'previous' });
	restartStep = () => this.#control({ type: 'restartStep' });
	addTime = () => this.#control({ type: 'addTime' });
	done = () => this.#control({ type: 'done' });
	jumpTo = (stepIndex: number) => this.#control({ type: 'jumpTo', stepIndex });
	end = () => this.#control({ type: 'end' });

	/**
	 * A tap or click on the countdown area, the Pause button or Skip (or "I'm ready" in its
	 * place). `pointer`: made by a finger or a mouse (see byPointer). A pointer tap that would
	 * pause or skip just after a move is taken for the second half of a double tap and does
	 * nothing (tap-guard.ts). Keys are never held back: Space, the arrows and Enter on a focused
	 * button cannot land on something that just appeared under a finger. False when it did
	 * nothing (held back, or nothing to do there).
	 */
	tap = (target: GuardedTap, { pointer = true } = {}): boolean => {
		const view = this.view;
		// Paused, a tap on the countdown resumes (after a 3-2-1); resuming is never held back.
		const resumes = view.status === 'paused' && this.countIn === 0;
		if (target === 'countdown' && (view.isUntimed || view.status === 'ready')) return false;
		if (target !== 'forward' && resumes) {
			if (target === 'countdown') this.resumeAfterCountIn();
			else this.toggle();
			return true;
		}
		if (pointer && !this.#taps.allows(target)) return false;
		if (target === 'forward') {
			if (offersReady(view)) this.done();
			else this.next();
		} else this.toggle();
		return true;
	};

	/** The current checkpoint, e.g. to save when the page is being hidden. */
	snapshot(): Snapshot {
		return snapshot({
			timeline: this.timeline,
			playback: this.#playback,
			nowMs: this.#clock.now()
		});
	}

	/**
	 * Brings everything up to date with the clock: call on every tick and when the page
	 * becomes visible again (the state is recomputed; stale cues become one announcement).
	 */
	tick = (): void => {
		const nowMs = this.#clock.now();
		const hidden = this.#o.isHidden?.() ?? false;
		const { playback, cues } = advance({
			timeline: this.timeline,
			playback: this.#playback,
			nowMs,
			lookaheadMs: hidden ? HIDDEN_LOOKAHEAD_MS : LOOKAHEAD_MS
		});
		this.#playback = playback;
		for (const cue of cues) this.#play(cue, nowMs);
		if (hidden) this.#beepAhead(nowMs);
		this.#refresh(nowMs);
	};

	/** Hands the audio clock the beeps of the next minute (a preview: the cursor stays). */
	#beepAhead(nowMs: number): void {
		const { cues } = advance({
			timeline: this.timeline,
			playback: this.#playback,
			nowMs,
			lookaheadMs: HIDDEN_BEEPS_AHEAD_MS
		});
		for (const cue of cues) {
			const beep = soundsFor(cue).beep;
			if (!beep || this.#beepsAhead.has(cue.id)) continue;
			this.#beepsAhead.add(cue.id);
			this.#o.cues.beep(beep, { at: cue.atMs });
		}
	}

	/** Stops timers and releases the screen; the cue player is the caller's to dispose. */
	dispose(): void {
		this.#stopCountIn();
		this.#stopLoop();
		this.#cancelPending();
		void this.#o.wakeLock?.release();
	}

	/** Cancels a running count-in; true when there was one. */
	#stopCountIn(): boolean {
		if (this.#countInTimer === null) return false;
		this.#clock.clearTimeout(this.#countInTimer);
		this.#countInTimer = null;
		this.countIn = 0;
		this.#o.cues.cancelScheduled();
		this.announcement = ANNOUNCE.paused;
		return true;
	}

	#control(action: Action, o: { move?: boolean } = {}): void {
		// Any control but the count-in's own resume ends the count-in.
		if (action.type !== 'resume') this.#stopCountIn();
		const nowMs = this.#clock.now();
		const before = this.#playback;
		const after = apply({ timeline: this.timeline, playback: before, nowMs, action });
		if (after === before) return;
		const move = o.move === false ? null : moveOf(action, this.view);
		if (move) this.#taps.moved(move);
		// Anything scheduled ahead belongs to the old position: drop it, the engine re-emits
		// what is still due from the new one.
		if (action.type !== 'resume' && action.type !== 'start') this.#cancel();
		this.#playback = after;
		this.tick();
		if (action.type === 'pause') void this.#o.wakeLock?.release();
	}

	#play(cue: Cue, nowMs: number): void {
		const sounds = soundsFor(cue);
		const { cues } = this.#o;
		if (sounds.beep && !this.#beepsAhead.delete(cue.id)) cues.beep(sounds.beep, { at: cue.atMs });
		if (!sounds.speak && !sounds.vibrate) return;
		const fire = () => {
			const due = cue.atMs;
			// Never `interrupt` here: a new step's words wait for the sentence in progress (the
			// speaker drops or shortens what would come too late); only a tap cuts speech.
			if (sounds.speak) {
				const { priority = 'step', short, roomMs } = sounds;
				cues.speak(sounds.speak, { due, priority, short, roomMs });
			}
			if (sounds.vibrate && !cues.vibrate([...sounds.vibrate], { due })) this.flashes++;
			// A reminder is about safety: screen readers hear it even with the voice off.
			if (cue.type === 'remind' && cue.text) this.announcement = this.#remindText(cue);
		};
		const wait = cue.atMs - nowMs;
		if (wait <= 1) return fire();
		const id = this.#clock.setTimeout(() => {
			this.#pending.delete(id);
			fire();
		}, wait);
		this.#pending.add(id);
	}

	/** "3 min in: Check your skin…": the time makes each one new text, so each is announced. */
	#remindText(cue: Cue): string {
		const every = this.timeline.segments[cue.segmentIndex]?.remind?.every ?? 0;
		return ANNOUNCE.remind({ seconds: every * (cue.n ?? 1), say: cue.text ?? '' });
	}

	#cancel(): void {
		this.#cancelPending();
		this.#beepsAhead.clear();
		this.#o.cues.cancelScheduled();
	}

	#cancelPending(): void {
		for (const id of this.#pending) this.#clock.clearTimeout(id);
		this.#pending.clear();
	}

	#refresh(nowMs: number): void {
		const view = stateAt({ timeline: this.timeline, playback: this.#playback, nowMs });
		const previous = this.view;
		this.view = view;
		if (view.status === 'playing') this.#startLoop();
		else this.#stopLoop();

		const segment = view.segmentIndex;
		const item = this.timeline.segments[segment]?.itemIndex ?? -1;
		if (item !== this.#lastItem || view.status !== previous.status) {
			this.announcement = announce(view);
		}
		// What is under the finger changed, whatever changed it: a tap meant for before is held back.
		if (item !== this.#lastItem) this.#taps.moved('step');
		if (offersReady(previous) && !offersReady(view)) this.#taps.moved('ready-gone');
		this.#lastItem = item;
		this.#o.onUpdate?.(view, previous);

		if ((view.status === 'finished' || view.status === 'ended') && !this.#ended) {
			this.#ended = true;
			void this.#o.wakeLock?.release();
			this.#o.onEnd?.(view);
		}
	}

	#startLoop(): void {
		this.#interval ??= this.#clock.setInterval(this.tick, TICK_MS);
	}

	#stopLoop(): void {
		if (this.#interval !== null) this.#clock.clearInterval(this.#interval);
		this.#interval = null;
	}
}

/** The move a control makes, for the tap guard; null for those that move nothing under a finger. */
function moveOf(action: Action, before: PlaybackView): Move | null {
	switch (action.type) {
		case 'start':
			return 'start';
		case 'resume':
			return 'resume';
		case 'next':
		case 'jumpTo':
			return 'skip';
		case 'previous':
		case 'restartStep':
			return 'back';
		case 'done':
			return offersReady(before) ? 'ready' : 'done';
		default:
			return null;
	}
}

/** One sentence for screen readers: what changed. */
export function announce(view: PlaybackView): string {
	if (view.status === 'paused') return ANNOUNCE.paused;
	if (view.status === 'finished') return ANNOUNCE.finished;
	if (view.status === 'ended') return ANNOUNCE.ended;
	const seg = view.segment;
	if (!seg) return '';
	return ANNOUNCE.step({
		step: { n: view.stepIndex + 1, of: view.stepCount },
		name: seg.name,
		side: view.side,
		set: view.set,
		rep: view.rep,
		untimed: view.isUntimed
	});
}
