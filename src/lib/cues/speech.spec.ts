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
		expect(chooseVoice([localDE], { voiceURI: null, lang: 'fr' })).toBeNull();
	});

	it('uses a remote voice only when no local one fits', () => {
		expect(chooseVoice([remoteGB, localDE], { voiceURI: null, lang: 'en-GB' })).toBe(remoteGB);
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
		expect(speaker.speak('Knee hugs')).toBe(true);
		expect(synth.spoken.map((u) => [u.text, u.voice, u.lang, u.rate])).toEqual([
			['Knee hugs', localGB, 'en_GB', 1.25]
		]);
	});

	it('clamps the rate', () => {
		const { synth, speaker } = setup();
		speaker.setRate(9);
		speaker.speak('a');
		speaker.setRate(0.1);
		speaker.speak('b');
		expect(synth.spoken.map((u) => u.rate)).toEqual([2, 0.5]);
	});

	it('keeps utterances referenced until they end or fail', () => {
		const { synth, speaker } = setup();
		speaker.speak('One.');
		speaker.speak('Two.');
		expect(speaker.inFlight).toBe(2);
		synth.finishNext('end');
		expect(speaker.inFlight).toBe(1);
		synth.finishNext('error');
		expect(speaker.inFlight).toBe(0);
	});

	it('cancels the queue first when interrupting', () => {
		const { synth, speaker } = setup();
		speaker.speak('Cat and cow.');
		speaker.speak('Rest.', { interrupt: true });
		expect(synth.cancelCalls).toBe(1);
		expect(synth.queue.map((u) => u.text)).toEqual(['Rest.']);
		expect(speaker.inFlight).toBe(1);
	});

	it('queues without cancelling by default', () => {
		const { synth, speaker } = setup();
		speaker.speak('One.');
		speaker.speak('Two.');
		expect(synth.cancelCalls).toBe(0);
		expect(synth.queue).toHaveLength(2);
	});

	it('splits long text into short utterances', () => {
		const { synth, speaker } = setup();
		speaker.speak('Lie on your back. Bend both knees, feet flat on the floor.');
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

	it('primes with a silent, empty utterance', () => {
		const { synth, speaker } = setup([]);
		speaker.prime();
		expect(synth.spoken.map((u) => [u.text, u.volume])).toEqual([['', 0]]);
		expect(speaker.inFlight).toBe(1);
	});
});

describe('no voice', () => {
	it('reports hasVoice false and does not speak', () => {
		const { synth, speaker } = setup([]);
		expect(speaker.supported).toBe(true);
		expect(speaker.hasVoice).toBe(false);
		expect(speaker.speak('Go')).toBe(false);
		expect(synth.spoken).toHaveLength(0);
	});

	it('notices voices that load late', () => {
		const { synth, speaker } = setup([]);
		const seen: string[][] = [];
		speaker.onVoicesChanged((vs) => seen.push(vs.map((v) => v.name)));
		synth.loadVoices([localUS]);
		expect(seen).toEqual([['Samantha']]);
		expect(speaker.hasVoice).toBe(true);
		expect(speaker.speak('Go')).toBe(true);
	});

	it('is a no-op without speech synthesis', () => {
		const speaker = createSpeaker({ synth: undefined, Utterance: undefined, lang: 'en' });
		expect(speaker.supported).toBe(false);
		expect(speaker.hasVoice).toBe(false);
		expect(speaker.speak('Go')).toBe(false);
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
