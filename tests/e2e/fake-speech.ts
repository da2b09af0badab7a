import type { Page } from './fixtures';

/** A voice as the page's speechSynthesis.getVoices() gives it. */
export interface FakeVoice {
	voiceURI: string;
	name: string;
	lang: string;
	localService: boolean;
	default?: boolean;
}

/** One utterance the fake voice was handed: its text, and the voice's place in the list. */
export interface Said {
	text: string;
	voice: number;
	lang: string;
}

/**
 * Replaces the Web Speech API (a real utterance cannot be heard or timed here, and refuses a
 * voice object it did not make). What was handed to the voice lands in `said(page)`. Each
 * sentence ends on its own after `endAfterMs`, or, with `endAfterMs: null`, only when the test
 * calls `endSentence(page)`. The silent '.' that unlocks speech inside a tap always ends at once
 * and is never in `said`.
 */
export async function fakeSpeech(
	page: Page,
	{ voices, endAfterMs = 50 }: { voices: FakeVoice[]; endAfterMs?: number | null }
): Promise<void> {
	await page.addInitScript(
		({ voices, endAfterMs }) => {
			type Utterance = {
				text: string;
				voice: unknown;
				lang: string;
				onstart?: () => void;
				onend?: () => void;
			};
			const list = voices.map((v) => Object.freeze({ default: false, ...v }));
			const said: { text: string; voice: number; lang: string }[] = [];
			let queue: Utterance[] = [];
			let cancels = 0;
			class FakeUtterance {
				lang = '';
				voice: unknown = null;
				rate = 1;
				volume = 1;
				onstart = null;
				onend = null;
				onerror = null;
				constructor(public text = '') {}
			}
			const synth = Object.assign(new EventTarget(), {
				paused: false,
				speaking: false,
				pending: false,
				getVoices: () => list,
				speak(u: Utterance) {
					if (u.text === '.') return void setTimeout(() => u.onend?.(), 0);
					said.push({ text: u.text, voice: list.indexOf(u.voice as never), lang: u.lang });
					queue.push(u);
					setTimeout(() => u.onstart?.(), 0);
					if (endAfterMs !== null) {
						setTimeout(() => {
							queue = queue.filter((q) => q !== u);
							u.onend?.();
						}, endAfterMs);
					}
				},
				cancel() {
					cancels++;
					queue = [];
				},
				resume() {},
				pause() {}
			});
			Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
			Object.defineProperty(window, 'SpeechSynthesisUtterance', {
				value: FakeUtterance,
				configurable: true
			});
			Object.assign(window, {
				__fakeSpeech: {
					said,
					cancels: () => cancels,
					end: () => queue.shift()?.onend?.()
				}
			});
		},
		{ voices, endAfterMs }
	);
}

interface FakeSpeechWindow {
	__fakeSpeech: { said: Said[]; cancels: () => number; end: () => void };
}

/** Every utterance handed to the fake voice so far. */
export const said = (page: Page): Promise<Said[]> =>
	page.evaluate(() => (window as unknown as FakeSpeechWindow).__fakeSpeech.said.slice());

/** How many times the page cancelled speech. */
export const speechCancels = (page: Page): Promise<number> =>
	page.evaluate(() => (window as unknown as FakeSpeechWindow).__fakeSpeech.cancels());

/** Ends the sentence the fake voice is saying (with `endAfterMs: null`). */
export const endSentence = (page: Page): Promise<void> =>
	page.evaluate(() => (window as unknown as FakeSpeechWindow).__fakeSpeech.end());
