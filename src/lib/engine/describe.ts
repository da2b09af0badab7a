import { durationOf, startOf } from './locate';
import type { Location } from './playback';
import { secondsLeftText, TEXT } from './text';
import type { Playback, Timeline } from './types';

/**
 * One sentence saying where the routine is now, for the catch-up announcement after a gap:
 * "Bridge, left side, rep 3 of 8. Relax. 4 seconds left".
 */
export function describeNow(o: { timeline: Timeline; playback: Playback; loc: Location }): string {
	const { timeline, playback: pb, loc } = o;
	const seg = timeline.segments[loc.seg];
	if (!seg) return TEXT.finish;
	if (seg.kind === 'untimed') return seg.cues[0]?.text ?? `${seg.name}. ${TEXT.tapDone}`;
	const left =
		startOf(timeline, pb.extras, loc.seg) + durationOf(timeline, pb.extras, loc.seg) - loc.pos;
	if (seg.kind === 'prepare')
		return `${seg.cues[0]?.text ?? TEXT.getReady}. ${secondsLeftText(left)}`;
	const parts = [
		seg.name,
		seg.side && `${seg.side} side`,
		seg.rep && `rep ${seg.rep.n} of ${seg.rep.of}`,
		seg.set && `set ${seg.set.n} of ${seg.set.of}`
	].filter(Boolean);
	const phase = seg.kind === 'relax' ? `${TEXT.relax}. ` : '';
	return `${parts.join(', ')}. ${phase}${secondsLeftText(left)}`;
}
