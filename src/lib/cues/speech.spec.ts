import { describe, expect, it } from 'vitest';
import { createSpeaker } from './speech';
import { FakeSpeechSynthesis, FakeUtterance, voice } from './test-fakes/speech';
import { chooseVoice, splitForSpeech } from './voices';

const remoteGB = voice({ name: 'Google UK English', lang: 'en-GB', localService: false });
const localUS = voice({ name: 'Samantha', lang: 'en-US' });
const localGB = voice({ name: 'Daniel', lang: 'en_GB' });
const localDE = voice({ name: 'Anna', lang: 'de-DE', default: true });

function setup(voices = [remoteGB, localUS, localGB, localDE], lang = 'en-GB') {
	const synth = new FakeSpeechSynthesis(voices);
	const speaker = createSpeaker({ synth, Utterance: FakeUtterance, lang });
	return { synth, speaker };
}

describe('voice choice', () => {
	it('prefers a local voice in the page language over a remote exact match', () => {
		expect(setup().speaker.voice).toBe(localGB);
	});

	it('falls back to a local English voice, never one for another language', () => {
		expect(setup([remoteGB, localUS, localDE], 'fr-FR').speaker.voice).toBe(localUS);
		expect(chooseVoice([localDE], { voiceId: null, lang: 'fr' })).toBeNull();
	});

	it('uses a remote voice only when no local one fits', () => {
		expect(chooseVoice([remoteGB, localDE], { voiceId: null, lang: 'en-GB' })).toBe(remoteGB);
	});

	it('honours the picked voiceURI while it exists', () => {
		const { speaker } = setup();
		speaker.setVoice(remoteGB.voiceURI);
		expect(speaker.voice).toBe(remoteGB);
		speaker.setVoice('gone');
		expect(speaker.voice).toBe(localGB);
	});

	it('lists local voices first and the page language first', () => {
		const names = setup()
			.speaker.listVoices()
			.map((v) => v.name);
		expect(names).toEqual(['Daniel', 'Samantha', 'Anna', 'Google UK English']);
	});
});

describe('speaking', () => {
	it('speaks with the chosen voice, its language and the rate', () => {
		const { synth, speaker } = setup();
		speaker.setRate(1.25);
		expect(speaker.speak('Knee hugs')).toMatchObject({ text: 'Knee hugs', said: 'full' });
		expect(synth.spoken.map((u) => [u.text, u.voice, u.lang, u.rate])).toEqual([
			['Knee hugs', localGB, 'en_GB', 1.25]
		]);
	});

	it('clamps the rate', () => {
		const { synth, speaker } = setup();
		speaker.setRate(9);
		speaker.speak('a');
		synth.finishNext();
		speaker.setRate(0.1);
		speaker.speak('b');
		expect(synth.spoken.map((u) => u.rate)).toEqual([2, 0.5]);
	});

	it('hands the browser one sentence at a time and keeps it referenced until it ends', () => {
		const { synth, speaker } = setup();
		speaker.speak('One.');
		speaker.speak('Two.');
		expect(synth.queue.map((u) => u.text)).toEqual(['One.']);
		expect(speaker.inFlight).toBe(1);
		synth.finishNext('end');
		expect(synth.queue.map((u) => u.text)).toEqual(['Two.']);
		synth.finishNext('error');
		expect(speaker.inFlight).toBe(0);
	});

	it('interrupt cuts the sentence in progress and drops the queue', () => {
		const { synth, speaker } = setup();
		const cat = speaker.speak('Cat and cow.');
		const next = speaker.speak('Next up: bridge', { priority: 'info' });
		speaker.speak('Rest.', { interrupt: true });
		expect(synth.cancelCalls).toBe(1);
		expect(synth.queue.map((u) => u.text)).toEqual(['Rest.']);
		expect(cat).toMatchObject({ outcome: 'cut', reason: 'skip' });
		expect(next).toMatchObject({ outcome: 'dropped', reason: 'skip' });
		expect(speaker.inFlight).toBe(1);
	});

	it('splits long text into sentences, said one after the other', () => {
		const { synth, speaker } = setup();
		speaker.speak('Lie on your back. Bend both knees, feet flat on the floor.');
		synth.finishNext();
		expect(synth.spoken.map((u) => u.text)).toEqual([
			'Lie on your back.',
			'Bend both knees, feet flat on the floor.'
		]);
	});

	it('resumes a synthesizer left paused', () => {
		const { synth, speaker } = setup();
		synth.paused = true;
		speaker.speak('Go');
		expect(synth.resumeCalls).toBe(1);
	});

	it('primes with a silent utterance that says nothing (a lone full stop, never empty)', () => {
		const { synth, speaker } = setup([]);
		speaker.prime();
		expect(synth.spoken.map((u) => [u.text, u.volume])).toEqual([['.', 0]]);
		expect(speaker.inFlight).toBe(1);
	});
});

describe('the queue', () => {
	function timed() {
		const t = { now: 0 };
		const timers: { fn: () => void; at: number }[] = [];
		const synth = new FakeSpeechSynthesis([localGB]);
		const speaker = createSpeaker({
			synth,
			Utterance: FakeUtterance,
			lang: 'en-GB',
			now: () => t.now,
			setTimer: (fn, ms) => timers.push({ fn, at: t.now + ms }),
			clearTimer: () => {}
		});
		const texts = () => synth.spoken.map((u) => u.text);
		return { t, timers, synth, speaker, texts };
	}

	it('a new step waits for the sentence in progress: nothing is cut mid-word', () => {
		const { synth, speaker, texts } = timed();
		const half = speaker.speak('Halfway', { priority: 'info' });
		const bridge = speaker.speak('Bridge', { priority: 'step' });
		expect(synth.cancelCalls).toBe(0);
		expect(texts()).toEqual(['Halfway']);
		synth.finishNext();
		expect(texts()).toEqual(['Halfway', 'Bridge']);
		expect(half).toMatchObject({ outcome: 'spoken' });
		expect(bridge).toMatchObject({ said: 'full' });
	});

	it('drops queued phrases that matter less than a new one', () => {
		const { synth, speaker, texts } = timed();
		speaker.speak('Rest');
		const next = speaker.speak('Next up: bridge', { priority: 'info' });
		speaker.speak('Switch sides', { priority: 'count' });
		expect(next).toMatchObject({ outcome: 'dropped', reason: 'outranked' });
		synth.finishNext();
		expect(texts()).toEqual(['Rest', 'Switch sides']);
	});

	it('a more urgent phrase takes over at the next sentence break, not mid-sentence', () => {
		const { synth, speaker, texts } = timed();
		const long = speaker.speak('Lie on your back. Bend both knees.', { priority: 'info' });
		speaker.speak('Lift, 1', { priority: 'count' });
		expect(texts()).toEqual(['Lie on your back.']);
		synth.finishNext();
		expect(texts()).toEqual(['Lie on your back.', 'Lift, 1']);
		expect(long).toMatchObject({ outcome: 'cut', reason: 'outranked' });
	});

	it('drops a phrase that could only start too late (a count after 1 s)', () => {
		const { t, synth, speaker, texts } = timed();
		speaker.speak('Bridge. Lift your hips.', { priority: 'step' });
		const count = speaker.speak('2', { priority: 'count', due: 0 });
		t.now = 1500;
		synth.finishNext();
		synth.finishNext();
		// Too late to say, so not worth cutting the step's second sentence for.
		expect(count).toMatchObject({ outcome: 'dropped', reason: 'stale', endedAt: 1500 });
		expect(texts()).toEqual(['Bridge.', 'Lift your hips.']);
	});

	it('says the short text when the full one would run into the next step', () => {
		const { t, synth, speaker, texts } = timed();
		speaker.speak('Rest');
		// 8 words ≈ 3.2 s, but only 3 s of room, of which 1 s is spent waiting.
		const full = 'Lie on your back, knees bent, feet flat.';
		const item = speaker.speak(full, { due: 0, roomMs: 3000, short: 'Pelvic tilt' });
		t.now = 1000;
		synth.finishNext();
		expect(texts()).toEqual(['Rest', 'Pelvic tilt']);
		expect(item).toMatchObject({ said: 'short' });
	});

	it('says the full text when it fits its room', () => {
		const { synth, speaker, texts } = timed();
		const item = speaker.speak('Pelvic tilt. Flatten your back.', {
			due: 0,
			roomMs: 5000,
			short: 'Pelvic tilt'
		});
		synth.finishNext();
		expect(texts()).toEqual(['Pelvic tilt.', 'Flatten your back.']);
		expect(item?.said).toBe('full');
	});

	it('drops an extra with no short text and no room', () => {
		const { speaker, texts } = timed();
		const item = speaker.speak('Next up: dead bug on your back', { roomMs: 500, priority: 'info' });
		expect(item).toMatchObject({ outcome: 'dropped', reason: 'no-room' });
		expect(texts()).toEqual([]);
	});

	it('records when each phrase was queued, started and ended', () => {
		const { t, synth, speaker } = timed();
		const seen: string[] = [];
		speaker.onUpdate((i) => seen.push(`${i.text}:${i.outcome ?? 'started'}`));
		t.now = 100;
		const item = speaker.speak('Bridge');
		t.now = 150;
		synth.startNext();
		t.now = 900;
		synth.finishNext();
		expect(item).toMatchObject({ queuedAt: 100, startedAt: 150, endedAt: 900, outcome: 'spoken' });
		expect(seen).toEqual(['Bridge:started', 'Bridge:started', 'Bridge:spoken']);
	});

	it('frees the queue when a browser never says a sentence ended', () => {
		const { t, timers, speaker, texts } = timed();
		speaker.speak('Bridge');
		speaker.speak('Rest');
		const watchdog = timers.at(-1)!;
		t.now = watchdog.at;
		watchdog.fn();
		expect(texts()).toEqual(['Bridge', 'Rest']);
	});

	it('ignores the events of a sentence that was cut', () => {
		const { synth, speaker, texts } = timed();
		speaker.speak('Bridge');
		const old = synth.queue[0]!;
		speaker.cancel();
		speaker.speak('Rest');
		old.onend?.(undefined as never);
		expect(texts()).toEqual(['Bridge', 'Rest']);
		expect(synth.queue.map((u) => u.text)).toEqual(['Rest']);
	});
});

describe('no voice', () => {
	it('reports hasVoice false and does not speak', () => {
		const { synth, speaker } = setup([]);
		expect(speaker.supported).toBe(true);
		expect(speaker.hasVoice).toBe(false);
		expect(speaker.speak('Go')).toBeNull();
		expect(synth.spoken).toHaveLength(0);
	});

	it('notices voices that load late', () => {
		const { synth, speaker } = setup([]);
		const seen: string[][] = [];
		speaker.onVoicesChanged((vs) => seen.push(vs.map((v) => v.name)));
		synth.loadVoices([localUS]);
		expect(seen).toEqual([['Samantha']]);
		expect(speaker.hasVoice).toBe(true);
		expect(speaker.speak('Go')).not.toBeNull();
	});

	it('is a no-op without speech synthesis', () => {
		const speaker = createSpeaker({ synth: undefined, Utterance: undefined, lang: 'en' });
		expect(speaker.supported).toBe(false);
		expect(speaker.hasVoice).toBe(false);
		expect(speaker.speak('Go')).toBeNull();
		speaker.prime();
		speaker.cancel();
	});

	it('stops listening for voices on dispose', () => {
		const { synth, speaker } = setup();
		speaker.dispose();
		expect(synth.listeners.size).toBe(0);
	});
});

describe('splitForSpeech', () => {
	it('keeps short text whole and drops empty text', () => {
		expect(splitForSpeech('  Rest  ')).toEqual(['Rest']);
		expect(splitForSpeech('   ')).toEqual([]);
	});

	it('cuts a long sentence between words within the limit', () => {
		const parts = splitForSpeech('one two three four five six', 10);
		expect(parts).toEqual(['one two', 'three four', 'five six']);
		for (const p of parts) expect(p.length).toBeLessThanOrEqual(10);
	});
});
