import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createRecordingCuePlayer, type RecordingCuePlayer } from '$lib/cues/fake';
import type { SoundKind } from '$lib/cues/types';
import type { WakeLockController } from '$lib/cues/wake-lock';
import {
	ADD_TIME_MS,
	STALE_MS,
	compile,
	createPlayback,
	cuesBetween,
	stateAt,
	type Cue,
	type EngineSettings,
	type PlaybackView,
	type Snapshot,
	type Timeline
} from '$lib/engine';
import { makeRoutine } from '$lib/engine/fixtures';
import type { Routine } from '$lib/routine/schema';
import { soundsFor } from './cue-sounds';
import { manualClock } from './manual-clock';
import { Runner, TICK_MS, announce, type RunnerOptions } from './runner.svelte';

/*
 * The routine most tests play (prepare 2 s):
 *   0–2 prepare · 2–7 hold 1 · 7–10 relax 1 · 10–15 hold 2 · 15–18 relax 2 · 18–23 hold 3 ·
 *   23–26 relax 3 · 26–46 rest · 46–56 timed · 56 finish
 * Routine steps: 0 hold, 1 rest, 2 timed.
 */
const STEPS = [
	{
		type: 'hold',
		name: 'Pelvic tilt',
		instructions: 'Tilt your pelvis.',
		cue: 'Press your back down',
		hold: 5,
		relax: 3,
		reps: 3
	},
	{ type: 'rest', duration: 20 },
	{ type: 'timed', name: 'Knee hug', instructions: 'Hug both knees.', duration: 10 }
];
const SETTINGS: Partial<EngineSettings> = { prepareSeconds: 2 };
const routine = makeRoutine(STEPS);
const END_MS = 56_000;
/** Clock reading at Start: not 0, so a position mistaken for a clock time shows. */
const T0 = 10_000;

/** What the cue player was asked to do, with the fake clock's reading at the call. */
type Logged =
	| { type: 'beep'; kind: SoundKind; at: number | undefined; t: number }
	| {
			type: 'speak';
			text: string;
			priority: string | undefined;
			due: number | undefined;
			t: number;
	  }
	| { type: 'vibrate'; pattern: number[]; t: number }
	| { type: 'cancel'; t: number };

let clock = manualClock(T0);

/** Moves time; the runner's timers fire at their due times on the way. */
function advance(ms: number): void {
	clock.advance(ms);
}

interface WakeLockFake extends WakeLockController {
	acquire: ReturnType<typeof vi.fn<() => Promise<boolean>>>;
	release: ReturnType<typeof vi.fn<() => Promise<void>>>;
}

function fakeWakeLock(): WakeLockFake {
	return {
		supported: true,
		held: false,
		wanted: false,
		refused: false,
		acquire: vi.fn(() => Promise.resolve(true)),
		release: vi.fn(() => Promise.resolve()),
		onChange: () => () => {},
		dispose: () => {}
	};
}

const runners: Runner[] = [];

/** A Runner over the recording fake, whose calls are also logged with the clock reading. */
function setup(o: Partial<Omit<RunnerOptions, 'cues' | 'clock'>> & { routine?: Routine } = {}): {
	runner: Runner;
	cues: RecordingCuePlayer;
	log: Logged[];
} {
	const cues = createRecordingCuePlayer();
	const log: Logged[] = [];
	const beep = cues.beep.bind(cues);
	const speak = cues.speak.bind(cues);
	const vibrate = cues.vibrate.bind(cues);
	const cancel = cues.cancelScheduled.bind(cues);
	cues.beep = (kind, opts) => {
		log.push({ type: 'beep', kind, at: opts?.at, t: clock.now() });
		beep(kind, opts);
	};
	cues.speak = (text, opts) => {
		log.push({
			type: 'speak',
			text,
			priority: opts?.priority,
			due: opts?.due,
			t: clock.now()
		});
		speak(text, opts);
	};
	cues.vibrate = (pattern, opts) => {
		log.push({ type: 'vibrate', pattern: [...pattern], t: clock.now() });
		return vibrate(pattern, opts);
	};
	cues.cancelScheduled = () => {
		log.push({ type: 'cancel', t: clock.now() });
		cancel();
	};
	const runner = new Runner({ routine, settings: SETTINGS, ...o, cues, clock });
	runners.push(runner);
	return { runner, cues, log };
}

/** Every cue of the timeline from a fresh playback, straight from the engine. */
function schedule(timeline: Timeline): Omit<Cue, 'atMs'>[] {
	return cuesBetween({
		timeline,
		playback: createPlayback(timeline),
		from: { pos: 0, seg: 0 },
		to: { pos: Infinity, seg: timeline.segments.length + 1 }
	});
}

const beeps = (log: Logged[]) =>
	log.filter((c): c is Extract<Logged, { type: 'beep' }> => c.type === 'beep');
const speeches = (log: Logged[]) =>
	log.filter((c): c is Extract<Logged, { type: 'speak' }> => c.type === 'speak');
const cancels = (log: Logged[]) => log.filter((c) => c.type === 'cancel');

/** The beeps that would really sound: a cancel drops every beep scheduled after it. */
function effectiveBeeps(log: Logged[]): { kind: SoundKind; at: number | undefined }[] {
	let out: { kind: SoundKind; at: number | undefined }[] = [];
	for (const c of log) {
		if (c.type === 'beep') out.push({ kind: c.kind, at: c.at });
		if (c.type === 'cancel') out = out.filter((b) => b.at === undefined || b.at <= c.t);
	}
	return out;
}

/** Expected beeps and speech for cues at positions, mapped to clock times by `at(pos)`. */
function expected(cues: Omit<Cue, 'atMs'>[], at: (pos: number) => number) {
	return {
		beeps: cues.flatMap((c) => {
			const kind = soundsFor({ ...c, atMs: 0 }).beep;
			return kind ? [{ kind, at: at(c.positionMs) }] : [];
		}),
		speech: cues.flatMap((c) => (c.text ? [{ text: c.text, at: at(c.positionMs) }] : [])),
		vibrations: cues.filter((c) => soundsFor({ ...c, atMs: 0 }).vibrate).length
	};
}

/** Speech as [text, due], checking each was said at its due time (within one tick, never early). */
function spokenOnTime(log: Logged[]): { text: string; at: number | undefined }[] {
	return speeches(log).map((s) => {
		expect(s.due, s.text).toBeDefined();
		expect(s.t, `"${s.text}" spoken early`).toBeGreaterThanOrEqual(s.due ?? Infinity);
		expect(s.t - (s.due ?? 0), `"${s.text}" spoken late`).toBeLessThan(TICK_MS);
		return { text: s.text, at: s.due };
	});
}

beforeEach(() => {
	clock = manualClock(T0);
});

afterEach(() => {
	for (const r of runners.splice(0)) r.dispose();
});

describe('Runner: playing straight through', () => {
	it('plays every cue of the engine schedule once, beeps at their due time, speech when due', () => {
		const onEnd = vi.fn<(view: PlaybackView) => void>();
		const { runner, log } = setup({ onEnd });
		const all = schedule(runner.timeline);
		const want = expected(all, (pos) => T0 + pos);
		// The schedule is not trivially empty: the test would prove nothing otherwise.
		expect(want.beeps.length).toBeGreaterThan(15);
		expect(want.speech.length).toBeGreaterThan(8);

		runner.start();
		advance(END_MS + 3000);

		expect(runner.view.status).toBe('finished');
		expect(cancels(log)).toEqual([]);
		expect(beeps(log).map((b) => ({ kind: b.kind, at: b.at }))).toEqual(want.beeps);
		// Beeps go to the audio clock ahead of time, never after they were due.
		for (const b of beeps(log)) expect(b.t).toBeLessThanOrEqual(b.at ?? -1);
		expect(spokenOnTime(log)).toEqual(want.speech);
		expect(log.filter((c) => c.type === 'vibrate')).toHaveLength(want.vibrations);
		expect(beeps(log).filter((b) => b.kind === 'finish')).toEqual([
			{ type: 'beep', kind: 'finish', at: T0 + END_MS, t: expect.any(Number) as number }
		]);
		expect(onEnd).toHaveBeenCalledTimes(1);
		expect(onEnd.mock.calls[0]?.[0].status).toBe('finished');
		expect(runner.announcement).toBe('Routine finished. Well done.');
	});

	it('stops ticking once finished and does not call onEnd again', () => {
		const onEnd = vi.fn();
		const { runner, log } = setup({ onEnd });
		runner.start();
		advance(END_MS + 500);
		const calls = log.length;
		const view = runner.view;
		advance(10_000);
		runner.tick();
		expect(log).toHaveLength(calls);
		expect(runner.view).toEqual(view);
		expect(clock.pending).toBe(0);
		expect(onEnd).toHaveBeenCalledTimes(1);
	});

	it('shows the step, rep and remaining time as the clock moves', () => {
		const { runner } = setup();
		expect(runner.view.status).toBe('ready');
		runner.start();
		expect(runner.view.status).toBe('playing');
		advance(12_500);
		expect(runner.view).toMatchObject({
			status: 'playing',
			positionMs: 12_500,
			stepIndex: 0,
			rep: { n: 2, of: 3 },
			segmentRemainingMs: 2500,
			segment: { kind: 'hold', name: 'Pelvic tilt' }
		});
		// The live region speaks at step and status changes, not at every rep.
		expect(runner.announcement).toBe('Step 1 of 3: Pelvic tilt. Rep 1 of 3.');
	});

	it('end() stops early: onEnd once with status ended, nothing plays afterwards', () => {
		const onEnd = vi.fn<(view: PlaybackView) => void>();
		const { runner, log } = setup({ onEnd });
		runner.start();
		advance(5000);
		runner.end();
		expect(runner.view.status).toBe('ended');
		expect(onEnd).toHaveBeenCalledTimes(1);
		expect(onEnd.mock.calls[0]?.[0].status).toBe('ended');
		const calls = log.length;
		advance(60_000);
		expect(log).toHaveLength(calls);
		expect(onEnd).toHaveBeenCalledTimes(1);
	});
});

describe('Runner: pause and resume', () => {
	it('pause freezes the view and the cues; resume plays the rest, each cue once', () => {
		const { runner, log } = setup();
		runner.start();
		// At 4.7 s the countdown beep at 5 s was scheduled ahead; pausing at 4.8 s must drop it.
		advance(4800);
		expect(beeps(log).some((b) => b.at === T0 + 5000)).toBe(true);
		expect(cancels(log)).toEqual([]);

		runner.pause();
		expect(cancels(log)).toHaveLength(1);
		expect(runner.view.status).toBe('paused');
		expect(runner.announcement).toBe('Paused.');
		const frozen = runner.view;
		const calls = log.length;
		advance(20_000);
		runner.tick();
		expect(runner.view).toEqual(frozen);
		expect(runner.view.positionMs).toBe(4800);
		expect(log).toHaveLength(calls);

		runner.resume();
		expect(runner.view.status).toBe('playing');
		advance(END_MS);
		expect(runner.view.status).toBe('finished');

		const paused = 20_000;
		const want = expected(schedule(runner.timeline), (pos) =>
			pos <= 4800 ? T0 + pos : T0 + pos + paused
		);
		expect(effectiveBeeps(log)).toEqual(want.beeps);
		expect(spokenOnTime(log)).toEqual(want.speech);
	});

	it('pause drops speech waiting for its due time', () => {
		const { runner, log } = setup();
		runner.start();
		// "Relax" is due at 7 s; nothing is spoken from the old schedule while paused.
		advance(6900);
		runner.pause();
		advance(5000);
		expect(speeches(log).map((s) => s.text)).not.toContain('Relax');
	});
});

describe('Runner: next and previous', () => {
	it('next lands on the next step, cancels what was scheduled and announces it once', () => {
		const { runner, log } = setup();
		runner.start();
		advance(3000);
		log.splice(0);
		runner.next();
		expect(cancels(log)).toHaveLength(1);
		expect(runner.view).toMatchObject({ stepIndex: 1, positionMs: 26_000 });
		expect(runner.view.segment?.kind).toBe('rest');
		advance(3000);
		expect(speeches(log).filter((s) => s.text === 'Rest')).toHaveLength(1);
		expect(speeches(log).filter((s) => s.text === 'Next up: Knee hug')).toHaveLength(1);
		// Nothing of the skipped hold is heard after the skip.
		expect(speeches(log).map((s) => s.text)).not.toContain('Relax');
		expect(beeps(log).every((b) => (b.at ?? 0) >= T0 + 3000)).toBe(true);

		log.splice(0);
		runner.next();
		expect(runner.view).toMatchObject({ stepIndex: 2, segment: { kind: 'timed' } });
		advance(1000);
		expect(speeches(log).filter((s) => s.text === 'Knee hug')).toHaveLength(1);
		expect(beeps(log).filter((b) => b.kind === 'go')).toEqual([
			{ type: 'beep', kind: 'go', at: T0 + 6000, t: T0 + 6000 }
		]);
	});

	it('previous at the start of a step goes back to the previous step and announces it once', () => {
		const { runner, log } = setup();
		runner.start();
		advance(3000);
		runner.next();
		advance(500);
		log.splice(0);
		runner.previous();
		expect(cancels(log)).toHaveLength(1);
		expect(runner.view).toMatchObject({
			stepIndex: 0,
			positionMs: 2000,
			rep: { n: 1, of: 3 },
			segment: { kind: 'hold' }
		});
		advance(2000);
		expect(speeches(log).filter((s) => s.text === 'Press your back down')).toHaveLength(1);
		expect(beeps(log).filter((b) => b.kind === 'go')).toHaveLength(1);
	});

	it('previous later in a segment restarts that segment', () => {
		const { runner } = setup();
		runner.start();
		advance(13_000); // 3 s into hold 2
		runner.previous();
		expect(runner.view).toMatchObject({ positionMs: 10_000, rep: { n: 2, of: 3 } });
	});
});

describe('Runner: a hidden tab catching up', () => {
	it('after a long gap shows the right step at once and says one catch-up sentence', () => {
		let hidden = false;
		const { runner, log } = setup({ isHidden: () => hidden });
		runner.start();
		advance(1000);
		hidden = true;
		log.splice(0);
		// 39.5 s pass without a single timer firing: the tab was frozen.
		clock.jump(39_500);
		runner.tick();
		expect(runner.view).toMatchObject({
			status: 'playing',
			positionMs: 40_500,
			stepIndex: 1,
			segment: { kind: 'rest' },
			segmentRemainingMs: 5500
		});
		expect(log.filter((e) => e.type !== 'beep')).toEqual([
			{
				type: 'speak',
				text: 'Rest. 6 seconds left',
				priority: 'step',
				due: clock.now(),
				t: clock.now()
			}
		]);

		// Hidden timers are slow, but the countdown still lands once each, on time.
		advance(5000);
		const countdown = beeps(log).filter((b) => b.kind === 'countdown' && b.at! <= T0 + 45_000);
		expect(countdown.map((b) => b.at)).toEqual([T0 + 43_000, T0 + 44_000, T0 + 45_000]);
		expect(speeches(log).filter((s) => s.text.endsWith('seconds left'))).toHaveLength(1);
	});

	it('landing in a hold plays only the current cues, no stale countdown', () => {
		let hidden = false;
		const { runner, log } = setup({ isHidden: () => hidden });
		runner.start();
		advance(1000);
		hidden = true;
		log.splice(0);
		clock.jump(11_500); // position 12.5 s: hold 2 of 3, countdown at 12, 13, 14 s
		runner.tick();
		expect(runner.view).toMatchObject({
			stepIndex: 0,
			rep: { n: 2, of: 3 },
			segment: { kind: 'hold' }
		});
		const said = speeches(log);
		expect(said).toHaveLength(1);
		expect(said[0]).toMatchObject({
			priority: 'step',
			text: 'Pelvic tilt, rep 2 of 3. 3 seconds left'
		});
		for (const b of beeps(log)) expect(b.at ?? 0).toBeGreaterThanOrEqual(clock.now() - STALE_MS);
		expect(
			beeps(log)
				.filter((b) => b.at! <= T0 + 14_000)
				.map((b) => [b.kind, b.at])
		).toEqual([
			['countdown', T0 + 12_000],
			['countdown', T0 + 13_000],
			['countdown', T0 + 14_000]
		]);
	});

	it('hidden, hands the audio clock a minute of beeps at once, each once, and speech only when due', () => {
		let hidden = false;
		const { runner, log } = setup({ isHidden: () => hidden });
		runner.start();
		advance(1000);
		log.splice(0);
		hidden = true;
		runner.tick();
		const ahead = beeps(log);
		// Every beep of the next minute, at its own time, before any timer has to fire.
		expect(ahead.length).toBeGreaterThan(10);
		expect(Math.max(...ahead.map((b) => b.at!))).toBeGreaterThan(T0 + 40_000);
		expect(speeches(log)).toEqual([]);
		// Timers once a second: the same beeps are never handed over twice.
		for (let i = 0; i < 40; i++) advance(1000);
		const keys = beeps(log).map((b) => `${b.kind}@${b.at}`);
		expect(new Set(keys).size).toBe(keys.length);
		expect(speeches(log).map((s) => s.text)).toContain('Hold. 2 of 3');
	});

	it('a control while hidden drops the beeps handed over ahead', () => {
		let hidden = true;
		const { runner, log } = setup({ isHidden: () => hidden });
		runner.start();
		advance(1000);
		runner.pause();
		expect(cancels(log)).toHaveLength(1);
		hidden = false;
		log.splice(0);
		runner.resume();
		advance(3000);
		// Resumed: the beeps come again from the engine, not skipped as "already handed over".
		expect(beeps(log).length).toBeGreaterThan(0);
	});
});

describe('Runner: untimed steps', () => {
	const untimedRoutine = makeRoutine([
		{ type: 'untimed', name: 'Lie down', instructions: 'Lie on your back.' },
		{ type: 'timed', name: 'Breathe', instructions: 'Breathe slowly.', duration: 4 }
	]);

	it('waits for Done without the clock moving, then goes on', () => {
		const { runner, log } = setup({ routine: untimedRoutine, settings: { prepareSeconds: 0 } });
		runner.start();
		expect(runner.view).toMatchObject({ status: 'waiting', isUntimed: true, stepIndex: 0 });
		expect(runner.announcement).toBe('Step 1 of 2: Lie down. Press Done when you are ready.');
		expect(speeches(log).map((s) => s.text)).toEqual(['Lie down. Tap Done when ready.']);
		advance(10_000);
		expect(runner.view).toMatchObject({ status: 'waiting', positionMs: 0, stepIndex: 0 });
		expect(speeches(log)).toHaveLength(1);
		expect(beeps(log)).toEqual([]);

		runner.done();
		// A spoken and beeped 3-2-1 after the tap, then the step starts.
		expect(runner.view).toMatchObject({
			status: 'playing',
			stepIndex: 1,
			segment: { kind: 'prepare', name: 'Breathe' }
		});
		const tapped = clock.now();
		advance(3000);
		expect(speeches(log).map((s) => s.text)).toEqual([
			'Lie down. Tap Done when ready.',
			'3',
			'2',
			'1',
			'Breathe'
		]);
		expect(beeps(log).map((b) => [b.kind, (b.at ?? 0) - tapped])).toEqual([
			['countdown', 0],
			['countdown', 1000],
			['countdown', 2000],
			['go', 3000]
		]);
		expect(runner.view.segment?.kind).toBe('timed');
		advance(5000);
		expect(runner.view.status).toBe('finished');
	});
});

describe('Runner: checkpoints', () => {
	it('reports every update with the view before, so a policy can see each segment change', () => {
		const changes: [number, number][] = [];
		const { runner } = setup({
			onUpdate: (view, previous) => {
				if (view.segmentIndex !== previous.segmentIndex)
					changes.push([previous.segmentIndex, view.segmentIndex]);
			}
		});
		runner.start();
		advance(END_MS + 500);
		const n = runner.timeline.segments.length;
		expect(changes).toEqual(Array.from({ length: n }, (_, k) => [k, k + 1]));
	});

	it('a pause checkpoint restores to the same place, and the rest plays the same', () => {
		const a = setup();
		a.runner.start();
		advance(12_300);
		a.runner.pause();
		const snap: Snapshot = a.runner.snapshot();
		expect(snap).toMatchObject({ status: 'paused', positionMs: 12_300 });
		const pausedView = a.runner.view;

		// The original plays on…
		a.log.splice(0);
		const resumedA = clock.now();
		a.runner.resume();
		advance(END_MS);
		expect(a.runner.view.status).toBe('finished');

		// …and a new runner (after a reload) continues from the checkpoint.
		advance(5000);
		const b = setup({ resumeFrom: snap });
		expect(b.runner.view).toMatchObject({
			status: 'paused',
			positionMs: 12_300,
			stepIndex: pausedView.stepIndex,
			segmentIndex: pausedView.segmentIndex,
			rep: { n: 2, of: 3 }
		});
		const resumedB = clock.now();
		b.runner.resume();
		expect(b.cues.unlocks).toBe(1);
		advance(END_MS);
		expect(b.runner.view.status).toBe('finished');

		const relative = (log: Logged[], t0: number) => ({
			beeps: beeps(log).map((x) => [x.kind, (x.at ?? 0) - t0]),
			speech: speeches(log).map((x) => [x.text, (x.due ?? 0) - t0])
		});
		const fromA = relative(a.log, resumedA);
		expect(fromA.speech.length).toBeGreaterThan(5);
		expect(relative(b.log, resumedB)).toEqual(fromA);
		// And it is what the engine says is left after 12.3 s.
		const left = schedule(a.runner.timeline).filter((c) => c.positionMs >= 12_300);
		expect(fromA).toEqual({
			beeps: expected(left, (pos) => pos - 12_300).beeps.map((x) => [x.kind, x.at]),
			speech: expected(left, (pos) => pos - 12_300).speech.map((x) => [x.text, x.at])
		});
	});
});

describe('Runner: +15 s, flashes, wake lock, unlock', () => {
	it('addTime on a rest adds 15 s and moves its countdown', () => {
		const { runner, log } = setup();
		runner.start();
		advance(30_000); // 4 s into the 20 s rest
		expect(runner.view).toMatchObject({ canAddTime: true, segmentRemainingMs: 16_000 });
		const total = runner.view.totalMs;
		runner.addTime();
		expect(ADD_TIME_MS).toBe(15_000);
		expect(cancels(log)).toHaveLength(1);
		expect(runner.view).toMatchObject({
			segmentRemainingMs: 31_000,
			totalMs: total + 15_000,
			segmentDurationMs: 35_000
		});
		advance(32_000);
		const countdown = beeps(log).filter((b) => b.kind === 'countdown' && (b.at ?? 0) > T0 + 30_000);
		expect(countdown.map((b) => b.at)).toEqual([T0 + 58_000, T0 + 59_000, T0 + 60_000]);
		expect(runner.view.stepIndex).toBe(2);
	});

	it('addTime outside a rest changes nothing: no time added, no cue lost or doubled', () => {
		const { runner, log } = setup();
		runner.start();
		advance(3900); // the countdown beep at 4 s is already scheduled
		const total = runner.view.totalMs;
		runner.addTime();
		expect(runner.view.totalMs).toBe(total);
		expect(runner.view.canAddTime).toBe(false);
		advance(END_MS);
		const want = expected(schedule(runner.timeline), (pos) => T0 + pos);
		expect(effectiveBeeps(log)).toEqual(want.beeps);
		expect(spokenOnTime(log)).toEqual(want.speech);
	});

	it('flashes the screen for each felt cue when vibration is unsupported', () => {
		const { runner, cues } = setup();
		cues.vibrationSupported = false;
		runner.start();
		advance(2000);
		// The hold starts at 2 s: its go cue wanted a vibration.
		expect(runner.flashes).toBe(1);
		advance(END_MS);
		const felt = schedule(runner.timeline).filter((c) => soundsFor({ ...c, atMs: 0 }).vibrate);
		expect(runner.flashes).toBe(felt.length);
		expect(cues.ofType('vibrate')).toHaveLength(felt.length);
	});

	it('does not flash when the device vibrates', () => {
		const { runner, cues } = setup();
		runner.start();
		advance(END_MS);
		expect(cues.ofType('vibrate').length).toBeGreaterThan(3);
		expect(runner.flashes).toBe(0);
	});

	it('holds the wake lock while playing and unlocks audio on start', () => {
		const wakeLock = fakeWakeLock();
		const { runner, cues } = setup({ wakeLock });
		expect(wakeLock.acquire).not.toHaveBeenCalled();
		runner.start();
		expect(cues.unlocks).toBe(1);
		expect(wakeLock.acquire).toHaveBeenCalledTimes(1);
		expect(wakeLock.release).not.toHaveBeenCalled();
		advance(3000);
		runner.pause();
		expect(wakeLock.release).toHaveBeenCalledTimes(1);
		runner.resume();
		expect(wakeLock.acquire).toHaveBeenCalledTimes(2);
		expect(cues.unlocks).toBe(2);
		advance(END_MS);
		expect(runner.view.status).toBe('finished');
		expect(wakeLock.release).toHaveBeenCalledTimes(2);
		runner.dispose();
		expect(wakeLock.release).toHaveBeenCalledTimes(3);
	});

	it('toggle starts, pauses and resumes', () => {
		const { runner } = setup();
		runner.toggle();
		expect(runner.view.status).toBe('playing');
		advance(1000);
		runner.toggle();
		expect(runner.view.status).toBe('paused');
		runner.toggle();
		expect(runner.view.status).toBe('playing');
	});

	it('dispose stops the tick and any speech waiting for its time', () => {
		const { runner, log } = setup();
		runner.start();
		advance(1900); // the hold's announcement (due at 2 s) is waiting on a timer
		runner.dispose();
		const calls = log.length;
		advance(5000);
		expect(log).toHaveLength(calls);
		expect(clock.pending).toBe(0);
	});
});

describe('Runner: resume count-in', () => {
	it('says and beeps 3, 2, 1 a second apart, then time runs from where it was paused', () => {
		const { runner, log, cues } = setup();
		runner.start();
		advance(12_300);
		runner.pause();
		log.splice(0);
		const resumeAt = clock.now();
		runner.resumeAfterCountIn();
		expect(cues.unlocks).toBe(2);
		expect(runner.countIn).toBe(3);
		expect(runner.announcement).toBe('Starting in 3.');
		advance(2900);
		expect(runner.view).toMatchObject({ status: 'paused', positionMs: 12_300 });
		advance(100);
		expect(runner.view).toMatchObject({ status: 'playing', positionMs: 12_300 });
		expect(runner.countIn).toBe(0);
		const counted = log.filter((c) => c.t < resumeAt + 3000);
		expect(counted.filter((c) => c.type === 'speak').map((c) => [c.text, c.t - resumeAt])).toEqual([
			['3', 0],
			['2', 1000],
			['1', 2000]
		]);
		expect(counted.filter((c) => c.type === 'beep').map((c) => [c.kind, c.t - resumeAt])).toEqual([
			['countdown', 0],
			['countdown', 1000],
			['countdown', 2000]
		]);
	});

	it('Pause during the count-in stops it and stays paused', () => {
		const { runner } = setup();
		runner.start();
		advance(3000);
		runner.pause();
		runner.resumeAfterCountIn();
		advance(1000);
		runner.toggle();
		expect(runner.countIn).toBe(0);
		advance(5000);
		expect(runner.view).toMatchObject({ status: 'paused', positionMs: 3000 });
		expect(clock.pending).toBe(0);
	});
});

describe('Runner: one count at a time', () => {
	const tilts = makeRoutine([
		{ type: 'get-ready', name: 'Get into position', instructions: 'Lie down.' },
		{ type: 'hold', name: 'Tilt', instructions: 'Tilt.', hold: 10, relax: 5, reps: 2 }
	]);

	it('resuming inside the 3-2-1 counts it again from 3, not a 3-2-1 before it', () => {
		const { runner, log } = setup({ routine: tilts });
		runner.start();
		advance(16_500);
		expect(runner.view.segment?.kind).toBe('prepare');
		runner.pause();
		const at = clock.now();
		runner.resumeAfterCountIn();
		expect(runner.countIn).toBe(0);
		expect(runner.view).toMatchObject({ status: 'playing', positionMs: 15_000 });
		advance(3000);
		const after = log.filter((c) => c.type === 'speak' && c.t >= at);
		expect(after.map((c) => (c.type === 'speak' ? c.text : ''))).toEqual(['3', '2', '1', 'Tilt']);
		expect(runner.view.segment?.kind).toBe('hold');
	});

	it('resuming a paused get-ready goes on at once: nothing is counted yet', () => {
		const { runner } = setup({ routine: tilts });
		runner.start();
		advance(4000);
		runner.pause();
		runner.resumeAfterCountIn();
		expect(runner.countIn).toBe(0);
		expect(runner.view).toMatchObject({ status: 'playing', positionMs: 4000 });
	});
});

describe('announce()', () => {
	const setsRoutine = makeRoutine([
		{ type: 'timed', name: 'Walk', instructions: 'Walk.', duration: 5 },
		{
			type: 'sets',
			name: 'Block',
			sets: 2,
			restBetween: 5,
			steps: [
				{
					type: 'hold',
					name: 'Side bridge',
					instructions: 'Lift.',
					hold: 4,
					relax: 2,
					reps: 3,
					perSide: true
				}
			]
		},
		{ type: 'untimed', name: 'Stand up', instructions: 'Slowly.' }
	]);
	const timeline = compile(setsRoutine, { prepareSeconds: 0 });
	const viewAt = (segmentIndex: number, status: 'playing' | 'paused' = 'playing') => {
		const seg = timeline.segments[segmentIndex];
		if (!seg) throw new Error(`no segment ${segmentIndex}`);
		const playback = {
			...createPlayback(timeline),
			status,
			anchorPos: seg.startMs,
			anchorSeg: segmentIndex
		};
		return stateAt({ timeline, playback, nowMs: 0 });
	};
	const find = (pred: (s: Timeline['segments'][number]) => boolean) =>
		timeline.segments.findIndex(pred);

	it('names the step, side, set and rep while playing', () => {
		expect(announce(viewAt(0))).toBe('Step 1 of 3: Walk.');
		const rightRep2Set2 = find(
			(s) => s.kind === 'hold' && s.side === 'right' && s.set?.n === 2 && s.rep?.n === 2
		);
		expect(announce(viewAt(rightRep2Set2))).toBe(
			'Step 2 of 3: Side bridge. Right side. Set 2 of 2. Rep 2 of 3.'
		);
		const left = find((s) => s.kind === 'hold' && s.side === 'left' && s.set?.n === 1);
		expect(announce(viewAt(left))).toBe(
			'Step 2 of 3: Side bridge. Left side. Set 1 of 2. Rep 1 of 3.'
		);
		const untimed = find((s) => s.kind === 'untimed');
		expect(announce(viewAt(untimed))).toBe('Step 3 of 3: Stand up. Press Done when you are ready.');
	});

	it('says paused, finished and ended whatever the step', () => {
		expect(announce(viewAt(3, 'paused'))).toBe('Paused.');
		expect(announce({ ...viewAt(3), status: 'finished' })).toBe('Routine finished. Well done.');
		expect(announce({ ...viewAt(3), status: 'ended' })).toBe('Session ended.');
		expect(announce({ ...viewAt(0), segment: null })).toBe('');
	});
});

describe('Runner: a timed step’s reminder', () => {
	const SKIN = 'Check your skin: if it is very red, white, blotchy or numb, take the pack off.';
	const packRoutine = makeRoutine([
		{
			type: 'timed',
			name: 'Cold pack',
			instructions: 'Keep the pack on.',
			duration: 200,
			remind: { every: 60, say: SKIN }
		}
	]);

	it('is said as a step phrase when due, felt, and shown to screen readers with the time', () => {
		const { runner, log } = setup({ routine: packRoutine, settings: { prepareSeconds: 2 } });
		runner.start();
		advance(2000 + 60_000);
		const said = speeches(log).filter((s) => s.text === SKIN);
		expect(said.map((s) => [s.priority, s.due])).toEqual([['step', T0 + 62_000]]);
		expect(log.filter((c) => c.type === 'vibrate').at(-1)).toMatchObject({ t: T0 + 62_000 });
		expect(runner.announcement).toBe(`1 min in: ${SKIN}`);
		advance(60_000);
		// New words each time, so a live region reads the second one too.
		expect(runner.announcement).toBe(`2 min in: ${SKIN}`);
		expect(speeches(log).filter((s) => s.text === SKIN)).toHaveLength(2);
	});

	it('still reaches screen readers, and flashes, when the voice and vibration are off', () => {
		const { runner, cues } = setup({ routine: packRoutine, settings: { prepareSeconds: 2 } });
		cues.setOptions({ voiceOn: false, vibration: false });
		runner.start();
		advance(2000);
		const before = runner.flashes;
		advance(180_000);
		expect(runner.announcement).toBe(`3 min in: ${SKIN}`);
		// One flash for each of the three reminders, in place of the buzz.
		expect(runner.flashes - before).toBe(3);
	});
});
