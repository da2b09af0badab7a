import { createBeeper, type Beeper } from './audio';
import { enableCueLogFromStorage, logCue, type CueLogEntry, type CueLogHost } from './log';
import { resumeOnReturn } from './resume-on-return';
import { createSpeaker, type Speaker } from './speech';
import type { SpeechItem } from './speech-queue';
import { DEFAULT_CUE_OPTIONS, type CueOptions, type CuePlayer, type ScheduledBeep } from './types';
import { createVibrator, type Vibrator } from './vibration';
import type { VisibilityDocument } from './wake-lock';

/** Parts and browser objects; every one defaults to the real thing. */
export interface WebCuePlayerDeps {
	/** Page clock in ms, shared with the beeper. Default: `performance.now()`. */
	now?: () => number;
	beeper?: Beeper;
	speaker?: Speaker;
	vibrator?: Vibrator;
	/** For resuming audio on return; undefined → no listeners. Default: `document`. */
	doc?: VisibilityDocument | undefined;
	/** Where the cue log lives. Default: `globalThis` (window). */
	logHost?: CueLogHost;
	/** Initial settings; the rest come from `DEFAULT_CUE_OPTIONS`. */
	options?: Partial<CueOptions>;
}

/** The browser CuePlayer, with its parts exposed for Settings (voices, hasVoice). */
export interface WebCuePlayer extends CuePlayer {
	readonly beeper: Beeper;
	readonly speaker: Speaker;
	readonly vibrator: Vibrator;
	readonly options: Readonly<CueOptions>;
}

/** Compose beeper, speaker and vibrator into a CuePlayer that honours the user's settings. */
export function createWebCuePlayer({
	now = () => performance.now(),
	beeper = createBeeper({ now }),
	speaker = createSpeaker({ now }),
	vibrator = createVibrator(),
	doc = globalThis.document,
	logHost = globalThis,
	options: initial = {}
}: WebCuePlayerDeps = {}): WebCuePlayer {
	let options: CueOptions = { ...DEFAULT_CUE_OPTIONS };
	enableCueLogFromStorage(logHost);
	const log = (entry: CueLogEntry) => logCue(entry, logHost);
	// Log entries of scheduled beeps, so a later cancel can mark them.
	const beepEntries = new WeakMap<ScheduledBeep, CueLogEntry>();
	const stopWatching = resumeOnReturn({ beeper, doc });
	// Back from a sleep that stopped the audio clock: the log follows the moved and dropped beeps.
	beeper.onResync = (from, to) => {
		const entry = beepEntries.get(from);
		if (!entry) return;
		if (!to) entry.cancelled = true;
		else {
			entry.audioTime = to.audioTime;
			entry.dueAudioTime = to.dueAudioTime;
			beepEntries.set(to, entry);
		}
	};
	// Speech records change after the call (started, ended, cut, dropped): mirror them.
	const speechEntries = new WeakMap<SpeechItem, CueLogEntry>();
	const stopListening = speaker.onUpdate((item) => {
		const entry = speechEntries.get(item);
		if (entry) Object.assign(entry, speechFields(item));
	});

	const player: WebCuePlayer = {
		beeper,
		speaker,
		vibrator,
		get options() {
			return options;
		},

		unlock() {
			// Prime speech before anything awaits: iOS only counts it inside the tap.
			speaker.prime();
			return beeper.unlock();
		},

		beep(kind, opts = {}) {
			if (!options.soundOn) return;
			const t = now();
			const r = beeper.beep(kind, opts);
			const entry = log({
				kind: 'beep',
				what: kind,
				at: t,
				due: opts.at ?? t,
				...(r ? { audioTime: r.audioTime, dueAudioTime: r.dueAudioTime } : {}),
				ok: !!r
			});
			if (r && entry) beepEntries.set(r, entry);
		},

		speak(text, opts = {}) {
			if (!options.voiceOn) return;
			const item = speaker.speak(text, opts);
			// Logged even when no voice exists: e2e browsers often have none.
			const entry = log({
				kind: 'speech',
				what: text,
				at: now(),
				...(opts.due !== undefined && { due: opts.due }),
				...(opts.short !== undefined && { short: opts.short }),
				priority: opts.priority ?? 'step',
				ok: !!item,
				...(item && speechFields(item))
			});
			if (item && entry) speechEntries.set(item, entry);
		},

		vibrate(pattern, opts = {}) {
			if (!options.vibration) return false;
			const ok = vibrator.vibrate(pattern);
			log({
				kind: 'vibrate',
				what: pattern.join(','),
				at: now(),
				...(opts.due !== undefined && { due: opts.due }),
				ok
			});
			return ok;
		},

		cancelScheduled() {
			const cancelled = beeper.cancelScheduled();
			speaker.cancel();
			for (const r of cancelled) {
				const entry = beepEntries.get(r);
				if (entry) entry.cancelled = true;
			}
			log({ kind: 'cancel', what: String(cancelled.length), at: now() });
		},

		setOptions(o) {
			options = { ...options, ...o };
			beeper.setVolume(options.volume);
			speaker.setVoice(options.voiceURI);
			speaker.setRate(options.voiceRate);
			// Switching a cue off mid-workout silences what is already queued, too.
			if (o.soundOn === false) beeper.cancelScheduled();
			if (o.voiceOn === false) speaker.cancel();
			if (o.vibration === false) vibrator.stop();
		},

		dispose() {
			stopWatching();
			stopListening();
			beeper.dispose();
			speaker.dispose();
			vibrator.stop();
		}
	};
	player.setOptions(initial);
	return player;
}

/** The parts of a speech record the cue log shows (only those already known). */
function speechFields(item: SpeechItem): Partial<CueLogEntry> {
	const { said, startedAt, endedAt, outcome, reason } = item;
	return {
		...(said && { said }),
		...(startedAt !== undefined && { startedAt }),
		...(endedAt !== undefined && { endedAt }),
		...(outcome && { outcome }),
		...(reason && { reason })
	};
}
