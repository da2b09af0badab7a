import type { CueOptions, CuePlayer } from '$lib/cues/types';
import type { WakeLockController } from '$lib/cues/wake-lock';
import type { EngineSettings, PlaybackView } from '$lib/engine';
import type { Routine } from '$lib/routine/schema';
import type { NewCheckin } from '$lib/storage/checkins';
import type { NewSession, SessionRecord } from '$lib/storage/history';
import type { Checkpoint } from '$lib/storage/session';
import type { Settings } from '$lib/storage/settings-defaults';
import { checkpointDue } from './checkpoint-policy';
import type { MediaSessionHandlers, PlayerMediaSession } from './media-session';
import { pageClock, type Clock } from './clock';
import type { SessionOwnership } from './ownership';
import { checkpointOf, checkpointProblem, sessionOf, type SessionInfo } from './records';
import { Runner } from './runner.svelte';

/** The storage a session uses; the app passes the IndexedDB functions, tests an in-memory fake. */
export interface SessionStorage {
	loadCheckpoint(): Promise<Checkpoint | null>;
	saveCheckpoint(checkpoint: Checkpoint): Promise<void>;
	clearCheckpoint(): Promise<void>;
	addSession(session: NewSession): Promise<{ id: string }>;
	getSession(id: string): Promise<SessionRecord | undefined>;
	restoreSession(record: SessionRecord): Promise<void>;
	addCheckin(checkin: NewCheckin): Promise<unknown>;
}

/** The settings a session reads and the one it writes (the red-flag confirmation). */
export interface SessionSettings {
	readonly current: Settings;
	load(): Promise<unknown>;
	update(patch: Partial<Settings>): Promise<void>;
}

/** Everything from outside: storage, settings, the browser's cues and wake lock, time. */
export interface SessionOptions {
	routine: Routine;
	settings: SessionSettings;
	storage: SessionStorage;
	/** Made at the first Start tap (browsers unlock audio only inside a gesture). */
	createCues: (options: CueOptions) => CuePlayer;
	createWakeLock: () => WakeLockController;
	/** The lock screen's media controls; made at the first Start tap. Absent: none. */
	createMediaSession?: (handlers: MediaSessionHandlers) => PlayerMediaSession;
	/** Monotonic time and timers for the Runner. Default: the page clock. */
	clock?: Clock;
	/** Wall-clock ms for the records. Default: Date.now. */
	wallNow?: () => number;
	/** Whether the page is hidden. Default: never. */
	isHidden?: () => boolean;
	/** A new unique session id. Default: crypto.randomUUID. */
	newId?: () => string;
	/** Told whether a session is running (the update notice waits while one is). */
	onActiveChange?: (active: boolean) => void;
	/** One playing tab at a time; null or absent: this tab does not coordinate. */
	ownership?: SessionOwnership | null;
}

/** What the player page shows. */
export type SessionPhase =
	| 'loading'
	| 'safety'
	/** Another tab is playing: offer to take it over. */
	| 'elsewhere'
	| 'resume'
	| 'ready'
	| 'session'
	/** Another tab took this session over: this one stopped. */
	| 'taken'
	| 'finished';

/** What to do after "It hurts". */
export type AfterHurt = 'skip' | 'end' | 'resume';

const cueOptionsOf = (s: Settings): CueOptions => ({
	soundOn: s.soundOn,
	volume: s.volume,
	// The cue player only knows speech on or off; Full or Short shapes the timeline (engine).
	voiceOn: s.voiceGuidance !== 'off',
	voiceURI: s.voiceURI,
	voiceRate: s.voiceRate,
	vibration: s.vibration
});

/** The settings that shape the timeline: one mapping, so a checkpoint is checked against the timeline it resumes in. */
const engineSettingsOf = (s: Settings): Partial<EngineSettings> => ({
	prepareSeconds: s.prepareSeconds,
	countdownSeconds: s.countdownSeconds,
	announceNext: s.announceNext,
	spokenCounts: s.spokenCounts,
	// Speech off compiles as Short: no lead-ins to wait through in silence.
	guidance: s.voiceGuidance === 'full' ? 'full' : 'short'
});

/**
 * One play of a routine, from the safety gate to the history record: its phases, the Runner,
 * the checkpoint policy (one place: see checkpoint-policy.ts), the "It hurts" flow and the
 * finish. Player.svelte only shows it.
 */
export class Session {
	phase: SessionPhase = $state('loading');
	runner: Runner | null = $state.raw(null);
	/** The checkpoint this routine can resume from, once loaded. */
	saved: Checkpoint | null = $state.raw(null);
	/** A saved checkpoint failed its checks and was dropped (the start screen says so once). */
	dropped = $state(false);
	wakeHeld = $state(false);
	/** The screen could not be kept on: it will lock, and the cues may then stop (one line says so). */
	screenMayLock = $state(false);
	painBefore: number | null = $state(null);
	painBeforeAsked = $state(false);
	/** The last view, shown by the finish screen. */
	finalView: PlaybackView | null = $state.raw(null);
	/** The history record's id once saved (the finish screen attaches the pain-after to it). */
	recordedId: string | null = $state(null);
	/** The pain score given before the recorded session, for the finish screen's rising-pain check. */
	recordedPainBefore: number | null = $state(null);

	readonly #o: SessionOptions;
	readonly #clock: Clock;
	readonly #wallNow: () => number;
	#cues: CuePlayer | null = null;
	#wakeLock: WakeLockController | null = null;
	#media: PlayerMediaSession | null = null;
	#info: SessionInfo | null = null;
	#lastSavedAt = -Infinity;
	#active = false;
	#disposed = false;
	#takingOver = false;

	constructor(o: SessionOptions) {
		this.#o = o;
		this.#clock = o.clock ?? pageClock;
		this.#wallNow = o.wallNow ?? Date.now;
		o.ownership?.onTakeOver(() => this.#handOver());
		o.ownership?.onFree(() => {
			if (this.phase === 'elsewhere' && !this.#takingOver) void this.#pickScreen();
		});
	}

	get routine(): Routine {
		return this.#o.routine;
	}

	/** Reads settings and the checkpoint and picks the first screen; `resume` continues at once. */
	async load(o: { resume?: boolean } = {}): Promise<void> {
		await this.#o.settings.load();
		if (this.#disposed) return;
		if (this.#o.settings.current.safetyAcknowledgedAt === null) this.phase = 'safety';
		else await this.#pickScreen(o.resume);
	}

	/** The red-flag screen was confirmed: remember it everywhere. */
	async acknowledge(): Promise<void> {
		await this.#o.settings.update({ safetyAcknowledgedAt: this.#wallNow() });
		await this.#pickScreen();
	}

	/** The red-flag screen was confirmed in another tab: move on without saving it again. */
	async confirmedElsewhere(): Promise<void> {
		if (this.phase === 'safety') await this.#pickScreen();
	}

	/**
	 * "Play here instead": the tab that plays saves and stops, and this one continues from its
	 * checkpoint (a 3-2-1 first), or offers a fresh start when it was another routine.
	 */
	async takeOver(): Promise<void> {
		if (this.#takingOver) return;
		this.#takingOver = true;
		try {
			await this.#o.ownership?.takeOver();
			await this.#pickScreen(true);
		} finally {
			this.#takingOver = false;
		}
	}

	/** Playing elsewhere, the saved checkpoint, or a fresh start; `resume` continues at once. */
	async #pickScreen(resume = false): Promise<void> {
		const elsewhere = (await this.#o.ownership?.heldElsewhere()) ?? false;
		const checkpoint = elsewhere ? null : await this.#o.storage.loadCheckpoint();
		if (this.#disposed) return;
		if (elsewhere) {
			this.phase = 'elsewhere';
			return;
		}
		this.saved = checkpoint?.routineId === this.routine.id ? checkpoint : null;
		// One that does not fit this routine and these settings is dropped, never played.
		if (
			this.saved &&
			checkpointProblem({
				routine: this.routine,
				settings: engineSettingsOf(this.#o.settings.current),
				checkpoint: this.saved
			})
		) {
			this.#dropSaved();
			this.phase = 'ready';
			return;
		}
		if (this.saved && resume) this.continueSaved();
		else this.phase = this.saved ? 'resume' : 'ready';
	}

	/** Another tab takes over: save where this one is, stop, and say so. */
	async #handOver(): Promise<void> {
		const runner = this.runner;
		if (!runner || this.phase !== 'session') return;
		runner.pause();
		const view = runner.view;
		if (this.#info && view.status !== 'finished' && view.status !== 'ended') {
			await this.#o.storage.saveCheckpoint(
				checkpointOf({
					info: this.#info,
					snapshot: runner.snapshot(),
					view,
					savedAt: this.#wallNow()
				})
			);
		}
		runner.dispose();
		this.#media?.clear();
		this.runner = null;
		this.#info = null;
		this.#setActive(false);
		this.phase = 'taken';
	}

	/** The pain-before question was answered (a score) or skipped (null). */
	answerPainBefore(score: number | null): void {
		if (score !== null) this.painBefore = score;
		this.painBeforeAsked = true;
	}

	/** The Start tap: a fresh session. */
	begin(): void {
		this.#begin(null);
	}

	/**
	 * One tap back into the saved session: it continues where it stopped after a spoken and
	 * beeped 3-2-1 (time while the app was closed does not count).
	 */
	continueSaved(): void {
		if (!this.saved) return;
		this.#begin(this.saved);
		this.runner?.resumeAfterCountIn();
	}

	/** Forgets the saved checkpoint and offers a fresh start. */
	async discardSaved(): Promise<void> {
		this.saved = null;
		await this.#o.storage.clearCheckpoint();
		this.phase = 'ready';
	}

	/** Pauses for a dialog (end, "It hurts"). */
	pause(): void {
		this.runner?.pause();
	}

	/** Records an optional "it hurts" score, then skips the step, ends or goes on. */
	recordHurt(score: number | null, then: AfterHurt): void {
		const runner = this.runner;
		if (!runner) return;
		if (score !== null && score >= 0) {
			void this.#o.storage.addCheckin({
				time: this.#wallNow(),
				score,
				moment: 'hurts',
				stepIndex: runner.view.stepIndex,
				routineId: this.routine.id
			});
		}
		if (then === 'skip') {
			runner.next();
			runner.resume();
		} else if (then === 'end') runner.end();
		else runner.resume();
	}

	/** The pain-after score from the finish screen: on the record and as a check-in. */
	async ratePainAfter(score: number): Promise<void> {
		const id = this.recordedId;
		if (!id) return;
		const { storage } = this.#o;
		const record = await storage.getSession(id);
		if (record) await storage.restoreSession({ ...record, painAfter: score });
		await storage.addCheckin({
			id: `${id}:after`,
			time: this.#wallNow(),
			score,
			moment: 'after',
			sessionId: id,
			routineId: this.routine.id
		});
	}

	/** The finish screen's "Again": back to the start screen. */
	again(): void {
		this.#media?.clear();
		this.runner?.dispose();
		this.runner = null;
		this.finalView = null;
		this.recordedId = null;
		this.recordedPainBefore = null;
		this.painBefore = null;
		this.painBeforeAsked = false;
		this.#info = null;
		this.phase = 'ready';
	}

	/** Settings changed: a running session hears the new sound, voice and vibration at once. */
	applyCueOptions(s: Settings): void {
		this.#cues?.setOptions(cueOptionsOf(s));
	}

	/** The page was hidden or shown. */
	visibilityChanged(hidden: boolean): void {
		const runner = this.runner;
		if (!runner) return;
		// Shown: re-derive at once (the right step, stale cues as one announcement).
		// Hidden: hand the audio clock the beeps of the coming minute at once (timers slow to
		// once a second, later once a minute), and save now: the page may not come back.
		runner.tick();
		if (hidden) this.#save();
	}

	/** Stops everything (leaving the page). */
	dispose(): void {
		this.#disposed = true;
		this.runner?.dispose();
		this.#media?.clear();
		this.#cues?.dispose();
		this.#wakeLock?.dispose();
		this.#o.ownership?.dispose();
		this.#setActive(false);
	}

	#begin(from: Checkpoint | null): void {
		const s = this.#o.settings.current;
		this.#cues ??= this.#o.createCues(cueOptionsOf(s));
		if (!this.#wakeLock) {
			this.#wakeLock = this.#o.createWakeLock();
			const wakeLock = this.#wakeLock;
			wakeLock.onChange((held) => {
				this.wakeHeld = held;
				this.screenMayLock = wakeLock.refused;
			});
		}
		this.#media ??= this.#o.createMediaSession?.(this.#mediaHandlers()) ?? null;
		// Inside the tap: the silent loop that makes Chrome show the session may only start here.
		this.#media?.start();
		this.#info = {
			id: from?.sessionId ?? (this.#o.newId ?? (() => crypto.randomUUID()))(),
			routine: this.routine,
			startedAt: from?.startedAt ?? this.#wallNow(),
			painBefore: from ? (from.painBefore ?? null) : this.painBefore
		};
		this.#lastSavedAt = -Infinity;
		let runner: Runner;
		try {
			runner = this.#makeRunner(from?.snapshot);
		} catch {
			// A checkpoint that no longer fits the routine: dropped with a notice, never played.
			this.#dropSaved();
			this.#info = null;
			this.phase = 'ready';
			return;
		}
		this.runner = runner;
		this.phase = 'session';
		if (!from) runner.start();
		// Started inside the tap (audio unlocks only there); a tab that lost the race to
		// another one stops again at once.
		void this.#o.ownership?.claim().then((mine) => {
			if (mine || this.runner !== runner) return;
			runner.dispose();
			this.runner = null;
			this.#info = null;
			this.#setActive(false);
			this.phase = 'elsewhere';
		});
	}

	#dropSaved(): void {
		this.saved = null;
		this.dropped = true;
		void this.#o.storage.clearCheckpoint();
	}

	#makeRunner(resumeFrom: unknown): Runner {
		const s = this.#o.settings.current;
		return new Runner({
			routine: this.routine,
			settings: engineSettingsOf(s),
			cues: this.#cues!,
			wakeLock: this.#wakeLock!,
			clock: this.#clock,
			...(resumeFrom !== undefined ? { resumeFrom } : {}),
			...(this.#o.isHidden ? { isHidden: this.#o.isHidden } : {}),
			onUpdate: (view, previous) => this.#onUpdate(view, previous),
			onEnd: (view) => void this.#finish(view)
		});
	}

	/** The lock screen's buttons take the on-screen buttons' paths (toggle, skip, back). */
	#mediaHandlers(): MediaSessionHandlers {
		const runner = () => this.runner;
		return {
			play: () => {
				const r = runner();
				if (r && r.view.status !== 'playing' && r.countIn === 0) r.toggle();
			},
			pause: () => {
				const r = runner();
				if (r && (r.view.status === 'playing' || r.countIn > 0)) r.toggle();
			},
			next: () => runner()?.next(),
			previous: () => runner()?.previous()
		};
	}

	#onUpdate(view: PlaybackView, previous: PlaybackView): void {
		this.#media?.show({ routineTitle: this.routine.title, view });
		const s = view.status;
		this.#setActive(s === 'playing' || s === 'paused' || s === 'waiting');
		const sinceSaveMs = this.#clock.now() - this.#lastSavedAt;
		if (checkpointDue({ view, previous, sinceSaveMs })) this.#save(view);
	}

	/** Saves where the session is; never after it finished or ended. */
	#save(view = this.runner?.view): void {
		const runner = this.runner;
		if (!runner || !this.#info || !view) return;
		if (view.status === 'finished' || view.status === 'ended') return;
		this.#lastSavedAt = this.#clock.now();
		void this.#o.storage.saveCheckpoint(
			checkpointOf({
				info: this.#info,
				snapshot: runner.snapshot(),
				view,
				savedAt: this.#wallNow()
			})
		);
	}

	async #finish(view: PlaybackView): Promise<void> {
		this.finalView = view;
		this.phase = 'finished';
		this.#setActive(false);
		const info = this.#info;
		if (!info) return;
		const { storage } = this.#o;
		await storage.clearCheckpoint();
		this.#o.ownership?.release();
		// The session's own id is the record's key: however many times a finish is reported
		// (two tabs, a reload at the last second), history holds it once.
		const record = await storage.addSession(sessionOf({ info, view, endedAt: this.#wallNow() }));
		this.recordedId = record.id;
		this.recordedPainBefore = info.painBefore ?? null;
		if (info.painBefore !== null && info.painBefore !== undefined) {
			void storage.addCheckin({
				id: `${info.id}:before`,
				time: info.startedAt,
				score: info.painBefore,
				moment: 'before',
				sessionId: record.id,
				routineId: this.routine.id
			});
		}
	}

	#setActive(active: boolean): void {
		if (active === this.#active) return;
		this.#active = active;
		this.#o.onActiveChange?.(active);
	}
}
