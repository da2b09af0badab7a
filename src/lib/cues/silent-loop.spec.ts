import { describe, expect, it } from 'vitest';
import { createSilentLoop, silentWav, type AudioElementLike } from './silent-loop';

describe('silentWav', () => {
	it('is a valid mono 8-bit PCM WAV of silence, long enough for a media notification', () => {
		const bytes = silentWav(6, 8000);
		const view = new DataView(bytes.buffer);
		const text = (at: number) => String.fromCharCode(...bytes.slice(at, at + 4));
		expect([text(0), text(8), text(12), text(36)]).toEqual(['RIFF', 'WAVE', 'fmt ', 'data']);
		expect(view.getUint32(4, true)).toBe(bytes.length - 8);
		expect(view.getUint16(22, true)).toBe(1);
		expect(view.getUint32(24, true)).toBe(8000);
		const samples = view.getUint32(40, true);
		expect(samples / 8000).toBeGreaterThanOrEqual(5);
		expect(bytes.slice(44).every((b) => b === 128)).toBe(true);
	});
});

describe('createSilentLoop', () => {
	function fakeAudio(refuse = false) {
		const a = {
			src: '',
			loop: false,
			playing: false,
			play: () =>
				refuse
					? Promise.reject(new Error('NotAllowedError'))
					: ((a.playing = true), Promise.resolve()),
			pause: () => void (a.playing = false),
			removeAttribute: () => void (a.src = ''),
			load: () => {}
		};
		return a satisfies AudioElementLike;
	}

	it('loops a generated blob, never a network file, and releases it on stop', async () => {
		const audio = fakeAudio();
		const revoked: string[] = [];
		const loop = createSilentLoop({
			makeAudio: () => audio,
			makeUrl: (b) => `blob:local/${b.length}`,
			revokeUrl: (u) => void revoked.push(u)
		});
		expect(await loop.start()).toBe(true);
		expect(audio).toMatchObject({ src: 'blob:local/48044', loop: true, playing: true });
		loop.stop();
		expect(audio).toMatchObject({ src: '', playing: false });
		expect(revoked).toEqual(['blob:local/48044']);
	});

	it('reports a refused start instead of throwing', async () => {
		const loop = createSilentLoop({ makeAudio: () => fakeAudio(true), makeUrl: () => 'blob:x' });
		expect(await loop.start()).toBe(false);
	});
});
