import { describe, expect, it } from 'vitest';
import type { VoiceLike } from './speech-like';
import { createSpeaker } from './speech';
import { FakeSpeechSynthesis, FakeUtterance, voice } from './test-fakes/speech';
import { findVoice, pickedId, safeVoices, voiceChoices, voiceIds } from './voices';

// What WebKitGTK reports: every voiceURI empty, names repeated across languages (issue 22).
const webkit = [
	voice({ voiceURI: '', name: 'English (Great Britain)', lang: 'en-GB' }),
	voice({ voiceURI: '', name: 'English (America)', lang: 'en-US' }),
	voice({ voiceURI: '', name: 'Tessa', lang: 'en-GB' }),
	voice({ voiceURI: '', name: 'Tessa', lang: 'en-US' }),
	voice({ voiceURI: '', name: 'Tessa', lang: 'en-US' })
];
const alex = voice({ voiceURI: 'urn:alex', name: 'Alex', lang: 'en-US' });
const twinA = voice({ voiceURI: 'urn:shared', name: 'Shared A', lang: 'de-DE' });
const twinB = voice({ voiceURI: 'urn:shared', name: 'Shared B', lang: 'de-DE' });

const ids = (voices: VoiceLike[]) => voiceIds(voices).map((v) => v.id);

describe('voice ids', () => {
	it('are the voiceURI when it is non-empty and unique, so ids stored before still match', () => {
		expect(ids([alex, voice({ voiceURI: 'urn:b', name: 'B' })])).toEqual(['urn:alex', 'urn:b']);
	});

	it('are unique when voiceURIs are empty or repeated, and name the voice', () => {
		const list = [...webkit, alex, twinA, twinB];
		const got = ids(list);
		expect(new Set(got).size).toBe(list.length);
		expect(got).toEqual([
			'English (Great Britain)|en-GB',
			'English (America)|en-US',
			'Tessa|en-GB',
			'Tessa|en-US',
			'Tessa|en-US|2',
			'urn:alex',
			'Shared A|de-DE',
			'Shared B|de-DE'
		]);
	});

	it('stay the same for the same list (a reload), whatever order the picker sorts it in', () => {
		const again = webkit.map((v) => ({ ...v }));
		expect(ids(again)).toEqual(ids(webkit));
		const sorted = voiceChoices(webkit, 'en-US');
		for (const c of sorted) expect(findVoice(webkit, c.id)).toBe(c.voice);
	});

	it('never repeat, even when a made-up id equals another voice’s real voiceURI', () => {
		const list = [
			voice({ voiceURI: '', name: 'Tessa', lang: 'en-US' }),
			voice({ voiceURI: 'Tessa|en-US', name: 'Impostor', lang: 'en-US' }),
			voice({ voiceURI: '', name: 'Tessa', lang: 'en-US' })
		];
		expect(new Set(ids(list)).size).toBe(3);
	});

	it('survive voices with missing fields', () => {
		const odd = [{ localService: true } as unknown as VoiceLike, { name: 'X' } as VoiceLike];
		expect(new Set(ids(odd)).size).toBe(2);
		expect(() => voiceChoices(odd, 'en')).not.toThrow();
	});
});

describe('the picker and the speaker agree on ids', () => {
	it('numbers twins for the picker', () => {
		const twins = voiceChoices(webkit, 'en-US').filter((c) => c.voice.name === 'Tessa');
		expect(twins.map((c) => [c.voice.lang, c.twin])).toEqual([
			['en-US', 1],
			['en-US', 2],
			['en-GB', 1]
		]);
	});

	it('the speaker speaks with the voice picked by id, also among empty voiceURIs', () => {
		const synth = new FakeSpeechSynthesis([...webkit, alex]);
		const speaker = createSpeaker({ synth, Utterance: FakeUtterance, lang: 'en-US' });
		const picked = voiceChoices(synth.voices, 'en-US').find((c) => c.id === 'Tessa|en-US|2')!;
		speaker.setVoice(picked.id);
		speaker.speak('Knee hugs');
		expect(synth.spoken[0]?.voice).toBe(webkit[4]);
		expect(synth.spoken[0]?.lang).toBe('en-US');
	});

	it('keeps a stored bare voiceURI working, even one that is no longer unique', () => {
		expect(findVoice([alex, twinA, twinB], 'urn:alex')).toBe(alex);
		expect(findVoice([alex, twinA, twinB], 'urn:shared')).toBe(twinA);
		const choices = voiceChoices([twinA, alex, twinB], 'en-US');
		// twinA comes first in the browser's order here: it is what the speaker uses.
		expect(pickedId(choices, 'urn:shared')).toBe('Shared A|de-DE');
		expect(pickedId(choices, 'urn:alex')).toBe('urn:alex');
		expect(pickedId(choices, 'gone')).toBe('');
		expect(pickedId(choices, null)).toBe('');
	});

	it('an empty id is no pick at all', () => {
		expect(findVoice(webkit, '')).toBeUndefined();
	});
});

describe('safeVoices', () => {
	it('turns a throwing or odd getVoices into a list', () => {
		expect(
			safeVoices({
				getVoices: () => {
					throw new Error('engine gone');
				}
			})
		).toEqual([]);
		expect(safeVoices({ getVoices: () => null as unknown as VoiceLike[] })).toEqual([]);
		expect(safeVoices({ getVoices: () => [alex, null as unknown as VoiceLike] })).toEqual([alex]);
		expect(safeVoices(undefined)).toEqual([]);
	});
});
