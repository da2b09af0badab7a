import { describe, expect, it, vi } from 'vitest';
import { createBeeper } from './audio';
import {
	fakeAudioContextClass,
	type FakeAudioContext,
	type FakeAudioOptions
} from './test-fakes/audio-context';
import { SOUNDS } from './sounds';
import { SOUND_KINDS, type SoundKind } from './types';

function setup(opts: FakeAudioOptions = {}) {
	const { Ctor, instances } = fakeAudioContextClass(opts);
	const clock = { page: 5000 };
	const beeper = createBeeper({ AudioContextCtor: Ctor, now: () => clock.page });
	const ctx = (i = 0): FakeAudioContext => {
		const c = instances[i];
		if (!c) throw new Error(`no context #${i}`);
		return c;
	};
	return { beeper, instances, clock, ctx };
}

describe('scheduling', () => {
	it('converts a future page time to the audio clock', () => {
		const { beeper, clock, ctx } = setup();
		beeper.beep('tick');
		ctx().currentTime = 10;
		clock.page = 5000;
		const r = beeper.beep('countdown', { at: 5250 });
		expect(r).toEqual({ kind: 'countdown', at: 5250, audioTime: 10.25, dueAudioTime: 10.25 });
		expect(ctx().audible.at(-1)?.startAt).toBeCloseTo(10.25, 9);
	});

	it('starts early by the output latency the context reports, so the beep is heard on time', () => {
		const { beeper, clock, ctx } = setup();
		beeper.beep('tick');
		Object.assign(ctx(), { currentTime: 10, outputLatency: 0.032, baseLatency: 0.01 });
		clock.page = 5000;
		const r = beeper.beep('countdown', { at: 5250 });
		expect(r?.dueAudioTime).toBeCloseTo(10.208, 9);
		expect(ctx().audible.at(-1)?.startAt).toBeCloseTo(10.208, 9);
		// Nonsense values (some browsers report 0 or huge numbers) are ignored.
		Object.assign(ctx(), { outputLatency: Infinity, baseLatency: -1 });
		expect(beeper.beep('countdown', { at: 5250 })?.dueAudioTime).toBeCloseTo(10.25, 9);
	});

	it('clamps a past time to now but reports when it was due', () => {
		const { beeper, ctx } = setup();
		beeper.beep('tick');
		ctx().currentTime = 10;
		const r = beeper.beep('go', { at: 4000 });
		expect(r?.audioTime).toBe(10);
		expect(r?.dueAudioTime).toBeCloseTo(9, 9);
		expect(ctx().audible.at(-1)?.startAt).toBe(10);
	});

	it('plays immediately without `at`, and reports every beep', () => {
		const { beeper, ctx } = setup();
		const seen: string[] = [];
		beeper.onScheduled = (b) => seen.push(`${b.kind}@${b.at}`);
		beeper.beep('tick');
		ctx().currentTime = 3;
		beeper.beep('rest');
		expect(beeper.lastScheduled).toMatchObject({ kind: 'rest', at: 5000, audioTime: 3 });
		expect(seen).toEqual(['tick@5000', 'rest@5000']);
	});

	it('lays out multi-note sounds relative to the scheduled time', () => {
		const { beeper, ctx } = setup();
		beeper.beep('finish', { at: 6000 });
		const starts = ctx().audible.map((o) => o.startAt);
		expect(starts).toEqual(SOUNDS.finish.map((n) => 1 + n.offset));
	});
});

describe('cancelScheduled', () => {
	it('stops only the beeps that have not started yet', () => {
		const { beeper, ctx } = setup();
		const now = beeper.beep('countdown');
		const later = beeper.beep('go', { at: 5500 });
		const [first, second] = ctx().audible;
		const cancelled = beeper.cancelScheduled();
		expect(cancelled).toEqual([later]);
		expect(cancelled).not.toContain(now);
		expect(second?.stopCalls.at(-1)).toBe(0);
		expect(second?.disconnected).toBe(true);
		expect(first?.disconnected).toBe(false);
		expect(first?.stopCalls).toHaveLength(1);
	});

	it('does not cancel the same beep twice', () => {
		const { beeper } = setup();
		beeper.beep('switch', { at: 7000 });
		expect(beeper.cancelScheduled()).toHaveLength(1);
		expect(beeper.cancelScheduled()).toHaveLength(0);
	});
});

describe('sounds', () => {
	function signature(kind: SoundKind) {
		const { beeper, ctx } = setup();
		beeper.beep(kind);
		return ctx().audible.map((o) => ({
			freq: o.frequency.events[0]?.value ?? NaN,
			start: o.startAt ?? NaN,
			end: o.stopCalls[0] ?? NaN,
			peak: o.envelope?.gain.peak ?? NaN
		}));
	}
	const sig = Object.fromEntries(SOUND_KINDS.map((k) => [k, signature(k)])) as Record<
		SoundKind,
		ReturnType<typeof signature>
	>;
	const length = (k: SoundKind) => Math.max(...sig[k].map((n) => n.end)) - sig[k][0]!.start;

	it('gives every kind a different sound', () => {
		const keys = SOUND_KINDS.map((k) =>
			JSON.stringify(sig[k].map((n) => [n.freq, n.end - n.start]))
		);
		expect(new Set(keys).size).toBe(SOUND_KINDS.length);
	});

	it('makes go higher and longer than countdown', () => {
		expect(sig.go[0]!.freq).toBeGreaterThan(sig.countdown[0]!.freq);
		expect(length('go')).toBeGreaterThan(length('countdown'));
	});

	it('makes rest a soft falling pair, switch two quick equal beeps, finish a rising triad', () => {
		expect(sig.rest.map((n) => n.freq)).toEqual([660, 440]);
		expect(Math.max(...sig.rest.map((n) => n.peak))).toBeLessThan(sig.go[0]!.peak);
		expect(sig.switch).toHaveLength(2);
		expect(sig.switch[0]!.freq).toBe(sig.switch[1]!.freq);
		const f = sig.finish.map((n) => n.freq);
		expect(f).toHaveLength(3);
		expect(f[0]!).toBeLessThan(f[1]!);
		expect(f[1]!).toBeLessThan(f[2]!);
	});

	it('makes tick the shortest and quietest', () => {
		for (const k of SOUND_KINDS.filter((k) => k !== 'tick')) {
			expect(length('tick')).toBeLessThan(length(k));
			expect(sig.tick[0]!.peak).toBeLessThan(Math.min(...sig[k].map((n) => n.peak)));
		}
	});

	it('shapes each note with an attack and a decay to near silence', () => {
		const { beeper, ctx } = setup();
		beeper.beep('countdown');
		const events = ctx().audible[0]?.envelope?.gain.events ?? [];
		expect(events.map((e) => e.method)).toEqual(['set', 'linear', 'exponential']);
		expect(events[2]!.value).toBeLessThan(0.001);
	});
});

describe('volume', () => {
	it('sets the master gain and clamps to 0..1', () => {
		const { beeper, ctx } = setup();
		beeper.setVolume(0.3);
		beeper.beep('tick');
		const master = ctx().gains[0];
		expect(master?.gain.value).toBe(0.3);
		beeper.setVolume(4);
		expect(master?.gain.value).toBe(1);
		beeper.setVolume(-1);
		expect(master?.gain.value).toBe(0);
	});

	it('routes every sound through the master gain', () => {
		const { beeper, ctx } = setup();
		beeper.beep('finish');
		const master = ctx().gains[0];
		for (const o of ctx().audible) expect(o.envelope?.connections).toEqual([master]);
		expect(master?.connections).toEqual([ctx().destination]);
	});
});

describe('recovery', () => {
	it('resumes when iOS interrupts or the context is suspended', () => {
		const { beeper, ctx } = setup();
		beeper.beep('tick');
		const before = ctx().resumeCalls;
		ctx().setState('interrupted');
		expect(ctx().resumeCalls).toBe(before + 1);
		ctx().setState('suspended');
		expect(ctx().resumeCalls).toBe(before + 2);
	});

	it('recreates a context whose clock stalls while running and moves future beeps', () => {
		const { beeper, clock, ctx, instances } = setup();
		const resynced: [string, string | null][] = [];
		beeper.onResync = (from, to) => resynced.push([from.kind, to && to.kind]);
		beeper.beep('tick');
		ctx().currentTime = 0.1;
		clock.page += 100;
		beeper.beep('countdown', { at: clock.page + 1000 });
		const ahead = beeper.beep('go', { at: clock.page + 5000 });
		clock.page += 1500; // audio clock still at 0.1
		expect(beeper.checkClock()).toBe(true);
		// The cue log hears of both: the beep now past went with the old context, the other moved.
		expect(resynced).toEqual([
			['countdown', null],
			['go', 'go']
		]);
		expect(instances).toHaveLength(2);
		expect(ctx(0).closeCalls).toBe(1);
		expect(beeper.recreations).toBe(1);
		const moved = ctx(1).audible.map((o) => o.startAt);
		expect(moved).toEqual([(ahead!.at - clock.page) / 1000]);
		beeper.beep('countdown');
		expect(ctx(1).audible).toHaveLength(2);
	});

	it('leaves a clock that advances, or is suspended, or never ran', () => {
		const { beeper, clock, ctx, instances } = setup();
		beeper.beep('tick');
		clock.page += 5000; // never advanced: nothing to compare with
		expect(beeper.checkClock()).toBe(false);
		ctx().currentTime = 1;
		clock.page += 5000;
		expect(beeper.checkClock()).toBe(false);
		ctx().currentTime = 2;
		clock.page += 5000;
		expect(beeper.checkClock()).toBe(false);
		ctx().state = 'suspended';
		clock.page += 5000;
		expect(beeper.checkClock()).toBe(false);
		expect(instances).toHaveLength(1);
	});

	it('on resume, moves beeps scheduled before the audio clock stood still to their page time', async () => {
		const { beeper, clock, ctx } = setup();
		beeper.beep('tick');
		ctx().currentTime = 1;
		// Scheduled a minute ahead while hidden: at page 5000 + 20 s and + 90 s.
		const soon = beeper.beep('countdown', { at: clock.page + 20_000 })!;
		const later = beeper.beep('go', { at: clock.page + 90_000 })!;
		expect([soon.audioTime, later.audioTime]).toEqual([21, 91]);
		// The phone was locked for 60 s and the context interrupted: its clock moved 0 s.
		clock.page += 60_000;
		ctx().setState('interrupted');
		await beeper.resume();
		const starts = ctx()
			.audible.filter((o) => !o.stopCalls.includes(0))
			.map((o) => o.startAt);
		// The countdown's time has passed: dropped, not played late. The go moves to page time.
		expect(starts).toEqual([0, 31]);
		expect(beeper.resync()).toBe(0);
	});

	it('leaves beeps alone when the audio clock kept pace (Chrome on Android, screen off)', async () => {
		const { beeper, clock, ctx } = setup();
		beeper.beep('tick');
		const ahead = beeper.beep('go', { at: clock.page + 30_000 })!;
		clock.page += 20_000;
		ctx().currentTime = 20;
		await beeper.resume();
		expect(ctx().audible.map((o) => o.startAt)).toEqual([0, ahead.audioTime]);
		expect(ctx().audible.at(-1)?.stopCalls).not.toContain(0);
	});

	it('restarts the stall watch on resume (e.g. back from a locked screen)', async () => {
		const { beeper, clock, ctx, instances } = setup();
		beeper.beep('tick');
		ctx().currentTime = 1;
		beeper.checkClock();
		clock.page += 60_000;
		await beeper.resume();
		expect(beeper.checkClock()).toBe(false);
		clock.page += 1001;
		expect(beeper.checkClock()).toBe(true);
		expect(instances).toHaveLength(2);
	});
});

describe('lifecycle', () => {
	it('creates and resumes the context in unlock, with a silent note', async () => {
		const { beeper, ctx } = setup({ initialState: 'suspended' });
		await beeper.unlock();
		expect(ctx().resumeCalls).toBe(1);
		expect(ctx().state).toBe('running');
		expect(ctx().oscillators).toHaveLength(1);
		expect(ctx().audible).toHaveLength(0);
	});

	it('does not hang when resume never settles', async () => {
		vi.useFakeTimers();
		try {
			const { beeper } = setup({ resumeHangs: true });
			let done = false;
			void beeper.unlock().then(() => (done = true));
			await vi.advanceTimersByTimeAsync(600);
			expect(done).toBe(true);
		} finally {
			vi.useRealTimers();
		}
	});

	it('does not create a context just to resume it', async () => {
		const { beeper, instances } = setup();
		await beeper.resume();
		expect(instances).toHaveLength(0);
	});

	it('is a no-op without Web Audio', async () => {
		const beeper = createBeeper({ AudioContextCtor: undefined, now: () => 0 });
		await beeper.unlock();
		expect(beeper.supported).toBe(false);
		expect(beeper.beep('go')).toBeNull();
		expect(beeper.cancelScheduled()).toEqual([]);
	});

	it('closes the context on dispose and stays silent', () => {
		const { beeper, ctx, instances } = setup();
		beeper.beep('tick');
		beeper.dispose();
		expect(ctx().closeCalls).toBe(1);
		expect(beeper.beep('tick')).toBeNull();
		expect(instances).toHaveLength(1);
	});
});
