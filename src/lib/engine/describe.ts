import { durationOf, startOf } from './locate';
import type { Location } from './playback';
import { SPOKEN } from '../text/spoken';
import type { Playback, Timeline } from './types';

/**
 * One sentence saying where the routine is now, for the catch-up announcement after a gap:
 * "Bridge, left side, rep 3 of 8. Relax. 4 seconds left".
 */
export function describeNow(o: { timeline: Timeline; playback: Playback; loc: Location }): string {
	const { timeline, playback: pb, loc } = o;
	const seg = timeline.segments[loc.seg];
	if (!seg) return SPOKEN.finish;
	if (seg.kind === 'untimed') return seg.cues[0]?.text ?? SPOKEN.untimed(seg.name);
	const left =
		startOf(timeline, pb.extras, loc.seg) + durationOf(timeline, pb.extras, loc.seg) - loc.pos;
	if (seg.kind === 'prepare') {
		// A 3-2-1 after a get-ready says no "Get ready" of its own: name what it counts into.
		const said = seg.cues.find((c) => c.type === 'announce')?.text;
		return SPOKEN.preparingNow(said ?? SPOKEN.getReadyFor(seg.name), left);
	}
	if (seg.kind === 'lead-in') return SPOKEN.preparingNow(SPOKEN.nextUp(seg.name), left);
	return SPOKEN.whereNow({
		name: seg.name,
		side: seg.side,
		rep: seg.rep,
		set: seg.set,
		relaxing: seg.kind === 'relax',
		leftMs: left
	});
}
