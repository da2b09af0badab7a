import { countdownBeeps } from './kinds';
import { SPOKEN } from '../text/spoken';
import type { CueTemplate, Segment } from './types';

/** Breathing cues closer than this would talk over each other. */
const MIN_BREATH_GAP_MS = 2000;
/** Keep a breath cue this far clear of the first countdown beep. */
const COUNTDOWN_MARGIN_MS = 1000;

/**
 * Places inhale/exhale cues through each pass of a step that has a breathing pattern. The rhythm
 * runs from the pass start across hold/relax or up/down segments. Breath cues are dropped when
 * they would come less than 2 s after the last one, land on a segment change (which has its own
 * speech) or overlap the countdown beeps.
 */
export function breathingCues(options: {
	segments: readonly Segment[];
	countdownSeconds: number;
}): Map<number, CueTemplate[]> {
	const out = new Map<number, CueTemplate[]>();
	const { segments, countdownSeconds } = options;
	let i = 0;
	while (i < segments.length) {
		const first = segments[i];
		if (!first?.breathing) {
			i++;
			continue;
		}
		let end = i;
		while (segments[end + 1]?.breathing && segments[end + 1]?.passStartMs === first.passStartMs)
			end++;
		placePass({ pass: segments.slice(i, end + 1), countdownSeconds, out });
		i = end + 1;
	}
	return out;
}

function placePass(options: {
	pass: readonly Segment[];
	countdownSeconds: number;
	out: Map<number, CueTemplate[]>;
}) {
	const { pass, countdownSeconds, out } = options;
	const first = pass[0];
	const last = pass[pass.length - 1];
	if (!first?.breathing || !last) return;
	const inhaleMs = first.breathing.inhale * 1000;
	const cycleMs = inhaleMs + first.breathing.exhale * 1000;
	const passStart = first.passStartMs;
	const passEnd = last.startMs + last.durationMs;
	let lastAt = -Infinity;
	let s = 0;
	for (let k = 0; passStart + k * cycleMs < passEnd; k++) {
		for (const [type, offset] of [
			['inhale', 0],
			['exhale', inhaleMs]
		] as const) {
			const at = passStart + k * cycleMs + offset;
			if (at >= passEnd) break;
			while (s < pass.length - 1 && (pass[s]?.startMs ?? 0) + (pass[s]?.durationMs ?? 0) <= at) s++;
			const segment = pass[s];
			if (!segment || at - lastAt < MIN_BREATH_GAP_MS) continue;
			if (at === segment.startMs && at !== passStart) continue;
			const beeps = countdownBeeps({
				kind: segment.kind,
				durationMs: segment.durationMs,
				countdownSeconds
			});
			const segEnd = segment.startMs + segment.durationMs;
			if (beeps > 0 && at > segEnd - beeps * 1000 - COUNTDOWN_MARGIN_MS) continue;
			const list = out.get(segment.index) ?? [];
			list.push({ type, offsetMs: at - segment.startMs, text: SPOKEN[type], n: k });
			out.set(segment.index, list);
			lastAt = at;
		}
	}
}
