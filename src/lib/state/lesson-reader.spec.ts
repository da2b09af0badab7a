import { describe, expect, it } from 'vitest';
import { createSpeaker } from '$lib/cues/speech';
import { FakeSpeechSynthesis, FakeUtterance, voice } from '$lib/cues/test-fakes/speech';
import { LessonReader } from './lesson-reader.svelte';

const TEXTS = ['Hurt is not harm', 'Why moving helps.', 'Keep moving gently.'];

function reader(voices = [voice({ name: 'Alex' })]) {
	const synth = new FakeSpeechSynthesis(voices);
	const r = new LessonReader(() =>
		createSpeaker({ synth, Utterance: FakeUtterance, lang: 'en-US' })
	);
	// The silent '.' is the prime that unlocks speech inside the tap (iOS); it is not read.
	const said = () => synth.spoken.map((u) => u.text).filter((t) => t !== '.');
	const start = (texts: string[]) => {
		r.start(texts);
		if (synth.queue[0]?.text === '.') synth.finishNext();
	};
	return { synth, r, said, start };
}

describe('LessonReader', () => {
	it('reads each text only once the one before has ended, to the end', () => {
		const { synth, r, said, start } = reader();
		start(TEXTS);
		expect(r.reading).toBe(true);
		expect(said()).toEqual(['Hurt is not harm']);
		expect(r.at).toBe(0);
		synth.startNext();
		synth.finishNext();
		expect(said()).toEqual(['Hurt is not harm', 'Why moving helps.']);
		expect(r.at).toBe(1);
		synth.startNext();
		synth.finishNext();
		synth.startNext();
		synth.finishNext();
		expect(said()).toEqual(TEXTS);
		expect(r.reading).toBe(false);
		expect(r.at).toBe(-1);
	});

	it('stops at once when asked, and says nothing more', () => {
		const { synth, r, said, start } = reader();
		start(TEXTS);
		synth.startNext();
		const cancels = synth.cancelCalls;
		r.stop();
		expect(synth.cancelCalls).toBeGreaterThan(cancels);
		expect(r.reading).toBe(false);
		synth.finishNext();
		expect(said()).toEqual(['Hurt is not harm']);
	});

	it('says there is no voice instead of seeming to read', () => {
		const { r } = reader([]);
		r.start(TEXTS);
		expect(r.reading).toBe(false);
		expect(r.noVoice).toBe(true);
	});
});
