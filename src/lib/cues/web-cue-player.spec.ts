import { describe, expect, it } from 'vitest';
import { createBeeper } from './audio';
import { CUE_LOG_KEY, type CueLogHost } from './log';
import { resumeOnReturn } from './resume-on-return';
import { createSpeaker } from './speech';
import { fakeAudioContextClass } from './test-fakes/audio-context';
import { FakeDocument, flush } from './test-fakes/dom';
import { FakeSpeechSynthesis, FakeUtterance, voice } from './test-fakes/speech';
import { createVibrator } from './vibration';
import { createWebCuePlayer } from './web-cue-player';

const samantha = voice({ name: 'Samantha', lang: 'en-US' });
const daniel = voice({ name: 'Daniel', lang: 'en-GB' });

function setup({ logOn = true, vibrate = true } = {}) {
	const clock = { page: 1000 };
	const now = () => clock.page;
	const { Ctor, instances } = fakeAudioContextClass();
	const synth = new FakeSpeechSynthesis([samantha, daniel]);
	const vibrations: (number | number[])[] = [];
	const nav = vibrate
		? {
				vibrate: (p: number | number[]) => {
					vibrations.push(p);
					return true;
				}
			}
		: {};
	const doc = new FakeDocument();
	const logHost: CueLogHost = {
		localStorage: { getItem: (k) => (logOn && k === CUE_LOG_KEY ? '1' : null) }
	};
	const player = createWebCuePlayer({
		now,
		beeper: createBeeper({ AudioContextCtor: Ctor, now }),
		speaker: createSpeaker({ synth, Utterance: FakeUtterance, lang: 'en-US', now }),
		vibrator: createVibrator({ nav }),
		doc,
		logHost
	});
	const ctx = () => {
		const c = instances[0];
		if (!c) throw new Error('no AudioContext yet');
		return c;
	};
	return { player, clock, instances, ctx, synth, vibrations, doc, logHost };
}

describe('createWebCuePlayer', () => {
	it('primes speech synchronously in unlock, then resumes audio', async () => {
		const { player, synth, ctx } = setup();
		const p = player.unlock();
		expect(synth.spoken.map((u) => u.text)).toEqual(['.']);
		await p;
		expect(ctx().resumeCalls).toBeGreaterThan(0);
	});

	it('plays beeps, speech and vibration with everything on', () => {
		const { player, ctx, synth, vibrations } = setup();
		player.beep('go', { at: 1500 });
		player.speak('Bridge');
		expect(player.vibrate([200])).toBe(true);
		expect(ctx().audible.map((o) => o.startAt)).toEqual([0.5]);
		expect(synth.spoken.map((u) => u.text)).toEqual(['Bridge']);
		expect(vibrations).toEqual([[200]]);
	});

	it('respects soundOn, voiceOn and vibration off', () => {
		const { player, instances, synth, vibrations } = setup();
		player.setOptions({ soundOn: false, voiceOn: false, vibration: false });
		player.beep('go');
		player.speak('Bridge');
		expect(player.vibrate([200])).toBe(false);
		expect(instances).toHaveLength(0);
		expect(synth.spoken).toHaveLength(0);
		expect(vibrations).toEqual([0]); // only the stop sent when vibration was switched off
	});

	it('returns false from vibrate where the device cannot, so the caller flashes', () => {
		expect(setup({ vibrate: false }).player.vibrate([200])).toBe(false);
	});

	it('passes volume, voice and rate on', () => {
		const { player, ctx, synth } = setup();
		player.setOptions({ volume: 0.25, voiceURI: daniel.voiceURI, voiceRate: 0.8 });
		player.beep('tick');
		player.speak('Rest');
		expect(ctx().gains[0]?.gain.value).toBe(0.25);
		expect(synth.spoken[0]?.voice).toBe(daniel);
		expect(synth.spoken[0]?.rate).toBe(0.8);
	});

	it('silences queued beeps when sound is switched off mid-workout', () => {
		const { player, ctx } = setup();
		player.beep('countdown', { at: 3000 });
		player.setOptions({ soundOn: false });
		expect(ctx().audible[0]?.disconnected).toBe(true);
	});

	it('cancels future beeps and queued speech', () => {
		const { player, ctx, synth } = setup();
		player.beep('tick');
		player.beep('go', { at: 4000 });
		player.speak('Next: cat and cow');
		player.cancelScheduled();
		const [now, later] = ctx().audible;
		expect(now?.disconnected).toBe(false);
		expect(later?.disconnected).toBe(true);
		expect(synth.cancelCalls).toBe(1);
		expect(synth.queue).toHaveLength(0);
	});

	it('resumes audio when the page becomes visible again', () => {
		const { player, ctx, doc } = setup();
		player.beep('tick');
		const before = ctx().resumeCalls;
		doc.setVisibility('hidden');
		expect(ctx().resumeCalls).toBe(before);
		doc.setVisibility('visible');
		expect(ctx().resumeCalls).toBe(before + 1);
	});

	it('removes its listeners and closes audio on dispose', () => {
		const { player, ctx, doc } = setup();
		player.beep('tick');
		player.dispose();
		expect(doc.count('visibilitychange')).toBe(0);
		expect(doc.count('pointerdown')).toBe(0);
		expect(ctx().state).toBe('closed');
	});
});

describe('cue log through the player', () => {
	it('records beeps with times, speech, vibration and cancels', () => {
		const { player, clock, ctx, logHost } = setup();
		player.beep('countdown', { at: 1200 });
		player.beep('go', { at: 5000 });
		clock.page = 1250;
		ctx().currentTime = 0.25; // the countdown has started, the go has not
		player.speak('Bridge');
		player.vibrate([80, 80, 80]);
		player.cancelScheduled();
		expect(logHost.__backbeatCues).toEqual([
			{
				kind: 'beep',
				what: 'countdown',
				at: 1000,
				due: 1200,
				audioTime: 0.2,
				dueAudioTime: 0.2,
				ok: true
			},
			{
				kind: 'beep',
				what: 'go',
				at: 1000,
				due: 5000,
				audioTime: 4,
				dueAudioTime: 4,
				ok: true,
				cancelled: true
			},
			{
				kind: 'speech',
				what: 'Bridge',
				at: 1250,
				priority: 'step',
				ok: true,
				said: 'full',
				// Cut by the cancel (a skip or pause), at once.
				endedAt: 1250,
				outcome: 'cut',
				reason: 'skip'
			},
			{ kind: 'vibrate', what: '80,80,80', at: 1250, ok: true },
			{ kind: 'cancel', what: '1', at: 1250 }
		]);
	});

	it('logs speech that found no voice as not ok', () => {
		const { player, synth, logHost } = setup();
		synth.voices = [];
		player.speak('Bridge');
		expect(logHost.__backbeatCues).toEqual([
			{ kind: 'speech', what: 'Bridge', at: 1000, priority: 'step', ok: false }
		]);
	});

	it('follows each phrase: which text, queued, started, ended, dropped', () => {
		const { player, clock, synth, logHost } = setup();
		player.speak('Halfway', { priority: 'info', due: 1000 });
		const full = 'Bridge. Lift your hips, squeeze your buttocks.';
		player.speak(full, { priority: 'step', due: 1000, short: 'Bridge', roomMs: 2500 });
		// Already 3 s late when queued; by the time the voice is free, over the 4 s an extra may wait.
		player.speak('Next up: cat', { priority: 'info', due: -2000 });
		clock.page = 1100;
		synth.startNext();
		clock.page = 1600;
		synth.finishNext();
		clock.page = 1700;
		synth.startNext();
		clock.page = 2300;
		synth.finishNext();
		expect(synth.spoken.map((u) => u.text)).toEqual(['Halfway', 'Bridge']);
		expect(logHost.__backbeatCues).toEqual([
			{
				kind: 'speech',
				what: 'Halfway',
				at: 1000,
				due: 1000,
				priority: 'info',
				ok: true,
				said: 'full',
				startedAt: 1100,
				endedAt: 1600,
				outcome: 'spoken'
			},
			{
				kind: 'speech',
				what: full,
				at: 1000,
				due: 1000,
				short: 'Bridge',
				priority: 'step',
				ok: true,
				said: 'short',
				startedAt: 1700,
				endedAt: 2300,
				outcome: 'spoken'
			},
			{
				kind: 'speech',
				what: 'Next up: cat',
				at: 1000,
				due: -2000,
				priority: 'info',
				ok: true,
				endedAt: 2300,
				outcome: 'dropped',
				reason: 'stale'
			}
		]);
	});

	it('after a sleep that stopped the audio clock, logs the beeps it moved or dropped', async () => {
		const { player, clock, ctx, doc, logHost } = setup();
		player.beep('countdown', { at: 21_000 });
		player.beep('go', { at: 91_000 });
		// Locked for 60 s: the page clock moved, the interrupted audio clock did not.
		clock.page += 60_000;
		ctx().setState('interrupted');
		doc.setVisibility('visible');
		await flush();
		const beeps = (logHost.__backbeatCues ?? []).filter((e) => e.kind === 'beep');
		expect(beeps.map((e) => [e.what, e.cancelled ?? false, e.audioTime])).toEqual([
			['countdown', true, 20],
			['go', false, 30]
		]);
	});

	it('stays off unless enabled', () => {
		const { player, logHost } = setup({ logOn: false });
		player.beep('go');
		expect(logHost.__backbeatCues).toBeUndefined();
	});
});

describe('resumeOnReturn', () => {
	it('resumes on a tap only while the context is not running', () => {
		const doc = new FakeDocument();
		let resumes = 0;
		const beeper = {
			context: { state: 'running' } as { state: string } | null,
			resume: () => {
				resumes++;
				return Promise.resolve();
			}
		};
		const stop = resumeOnReturn({ beeper: beeper as never, doc });
		doc.dispatch('pointerdown');
		expect(resumes).toBe(0);
		beeper.context = { state: 'interrupted' };
		doc.dispatch('pointerdown');
		expect(resumes).toBe(1);
		stop();
		doc.dispatch('pointerdown');
		expect(resumes).toBe(1);
	});
});

describe('without a browser (SSR, node)', () => {
	it('builds from the real defaults and does nothing, without throwing', async () => {
		const player = createWebCuePlayer();
		await player.unlock();
		player.beep('go');
		player.speak('Bridge');
		expect(player.vibrate([200])).toBe(false);
		expect(player.beeper.supported).toBe(false);
		expect(player.speaker.hasVoice).toBe(false);
		player.cancelScheduled();
		player.dispose();
	});
});
