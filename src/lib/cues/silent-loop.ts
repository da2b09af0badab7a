// Chrome shows a media session (lock screen, notification shade) only while an <audio> or
// <video> element plays something at least 5 s long; Web Audio alone never activates it
// (w3c/mediasession#213, Chromium bug 944538). So the player loops a few seconds of silence
// in an <audio> element while a routine plays. The WAV is generated here, so it costs no
// download and makes no request (the CSP allows `blob:` media for it).

/** The slice of `HTMLAudioElement` the loop uses. */
export interface AudioElementLike {
	src: string;
	loop: boolean;
	play(): Promise<void>;
	pause(): void;
	removeAttribute(name: 'src'): void;
	load(): void;
}

/** A silent loop that keeps the page's media session alive. */
export interface SilentLoop {
	/** Call inside a tap (media may only start after a gesture). Resolves false when refused. */
	start(): Promise<boolean>;
	stop(): void;
}

/** Seconds of silence: Chrome ignores media shorter than 5 s for its notification. */
const SECONDS = 6;
/** The lowest rate browsers decode everywhere; silence needs no more. */
const RATE = 8000;

/** A mono 8-bit PCM WAV of `seconds` of silence (8-bit PCM is unsigned: silence is 128). */
export function silentWav(seconds = SECONDS, rate = RATE): Uint8Array<ArrayBuffer> {
	const samples = Math.round(seconds * rate);
	const bytes = new Uint8Array(44 + samples);
	const view = new DataView(bytes.buffer);
	const text = (at: number, s: string) => {
		for (let i = 0; i < s.length; i++) bytes[at + i] = s.charCodeAt(i);
	};
	text(0, 'RIFF');
	view.setUint32(4, 36 + samples, true);
	text(8, 'WAVE');
	text(12, 'fmt ');
	view.setUint32(16, 16, true); // fmt chunk size
	view.setUint16(20, 1, true); // PCM
	view.setUint16(22, 1, true); // mono
	view.setUint32(24, rate, true);
	view.setUint32(28, rate, true); // bytes per second
	view.setUint16(32, 1, true); // block align
	view.setUint16(34, 8, true); // bits per sample
	text(36, 'data');
	view.setUint32(40, samples, true);
	bytes.fill(128, 44);
	return bytes;
}

/** Create the loop; `makeAudio` and `makeUrl` default to the browser's. */
export function createSilentLoop({
	makeAudio = () => new Audio(),
	makeUrl = (bytes) => URL.createObjectURL(new Blob([bytes], { type: 'audio/wav' })),
	revokeUrl = (url) => URL.revokeObjectURL(url)
}: {
	makeAudio?: () => AudioElementLike;
	makeUrl?: (bytes: Uint8Array<ArrayBuffer>) => string;
	revokeUrl?: (url: string) => void;
} = {}): SilentLoop {
	let audio: AudioElementLike | null = null;
	let url: string | null = null;
	return {
		async start() {
			try {
				url ??= makeUrl(silentWav());
				audio ??= makeAudio();
				if (audio.src !== url) audio.src = url;
				audio.loop = true;
				await audio.play();
				return true;
			} catch {
				// Refused (no gesture, no media support): the player works without a media session.
				return false;
			}
		},
		stop() {
			if (audio) {
				audio.pause();
				audio.removeAttribute('src');
				audio.load();
			}
			audio = null;
			if (url) revokeUrl(url);
			url = null;
		}
	};
}
