// Compile-time only: the real DOM objects must satisfy the slices the adapters
// declare, so the real-global defaults type-check. Never called.
import type { AudioContextCtorLike } from '../audio-like';
import type { SpeechSynthesisLike, UtteranceCtorLike } from '../speech-like';
import type { VibrateNavigator } from '../vibration';
import type { VisibilityDocument, WakeLockNavigator } from '../wake-lock';

export function domSatisfiesSlices(
	ctx: typeof AudioContext,
	synth: SpeechSynthesis,
	utterance: typeof SpeechSynthesisUtterance,
	nav: Navigator,
	doc: Document
) {
	const a: AudioContextCtorLike = ctx;
	const s: SpeechSynthesisLike = synth;
	const u: UtteranceCtorLike = utterance;
	const v: VibrateNavigator = nav;
	const w: WakeLockNavigator = nav;
	const d: VisibilityDocument = doc;
	return [a, s, u, v, w, d];
}
