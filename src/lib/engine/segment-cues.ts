import { HALFWAY_KINDS, HALFWAY_MIN_MS, countdownBeeps } from './kinds';
import { howLongOf, SENTENCE_GAP_MS, speechMs } from './guidance';
import type { Intro } from './guidance-lead-in';
import { prepareCues } from './prepare';
import { breathsClearOf, reminderCues } from './reminders';
import type { EngineSettings } from './settings';
import { SPOKEN } from '../text/spoken';

import type { CueTemplate, Segment, TimelineItem } from './types';

/**
 * The cues of one segment that are anchored to its start and fixed at compile time.
 * End-anchored cues (countdown, the late "next up") follow extensions and are added in cues.ts.
 */
export function staticCues(options: {
	segments: readonly Segment[];
	items: readonly TimelineItem[];
	settings: EngineSettings;
	index: number;
	breaths?: CueTemplate[] | undefined;
	/** Full guidance said in this segment: the next step's name, instructions and stop line. */
	intro?: Intro | undefined;
}): CueTemplate[] {
	const { segments, items, settings, index, intro } = options;
	const seg = segments[index];
	if (!seg) return [];
	const out: CueTemplate[] = [];
	const cue = (
		type: CueTemplate['type'],
		text?: string,
		n?: number,
		offsetMs = 0,
		more: { short?: string | undefined; roomMs?: number } = {}
	) =>
		out.push({
			type,
			offsetMs,
			...(text !== undefined && { text }),
			...(n !== undefined && { n }),
			...(more.short !== undefined && more.short !== text && { short: more.short }),
			...(more.roomMs !== undefined && { roomMs: more.roomMs })
		});
	const nextItem = items[seg.itemIndex + 1];
	const rep = seg.rep?.n ?? 1;
	const passStart = seg.startMs === seg.passStartMs;
	const full = settings.guidance === 'full';
	const countText = (said: string | undefined) =>
		full && isLastRep(seg) ? SPOKEN.lastOne(said) : said;

	switch (seg.kind) {
		case 'prepare':
			// The opening "Get ready" is an item of its own and says what comes; a 3-2-1 after a
			// get-ready or a tap opens its step's item and only counts (prepare.ts).
			out.push(
				...prepareCues({
					durationMs: seg.durationMs,
					announce:
						items[seg.itemIndex]?.kind !== 'prepare'
							? undefined
							: nextItem
								? SPOKEN.getReadyFor(nextItem.name)
								: SPOKEN.getReady
				})
			);
			break;
		case 'get-ready':
			cue('announce', seg.cue);
			break;
		case 'untimed':
			// A routine's own cue for an untimed step already says what to do; a bare name needs the hint.
			cue('announce', seg.cue === seg.name ? SPOKEN.untimed(seg.name) : seg.cue);
			break;
		case 'rest':
		case 'set-rest':
			cue(
				'rest',
				seg.kind === 'set-rest' && seg.set
					? SPOKEN.restThenSet({ n: seg.set.n + 1, of: seg.set.of })
					: seg.cue
			);
			// With Full guidance the intro (below) says what comes next, and more.
			if (settings.announceNext && nextItem && !intro) {
				const short = SPOKEN.nextUp(nextItem.name);
				const howLong = full ? howLongOf(segments[nextItem.firstSegment]) : undefined;
				const text = howLong ? SPOKEN.nextStep({ name: nextItem.name, howLong }) : short;
				// Said after the rest's own word, when there is time for it.
				const at = speechMs(seg.cue) + SENTENCE_GAP_MS;
				const fits = at + speechMs(text) <= seg.durationMs;
				cue('next-up', fits ? text : short, 1, 0, full ? { short, roomMs: seg.durationMs } : {});
			}
			break;
		case 'switch-sides':
			cue('switch-sides', SPOKEN.switchSides);
			break;
		case 'relax':
			cue('relax', SPOKEN.relax, rep);
			break;
		case 'down':
			cue('down', settings.spokenCounts ? SPOKEN.down(seg.phase) : undefined, rep);
			break;
		case 'timed':
		case 'hold':
		case 'up':
			if (passStart) {
				cue('announce', announceText({ seg, items, index }));
				cue('go', undefined, rep);
			} else if (seg.kind === 'hold') cue('go', undefined, rep);
			if (seg.kind === 'hold' && rep > 1) {
				const said = settings.spokenCounts
					? SPOKEN.holdRep({ n: rep, of: seg.rep?.of ?? rep })
					: undefined;
				cue('rep', countText(said), rep, 0, { short: said });
			}
			if (seg.kind === 'up') {
				const said = settings.spokenCounts ? SPOKEN.upRep(rep, seg.phase) : undefined;
				cue('rep', countText(said), rep, 0, { short: said });
			}
			break;
	}

	const half = seg.durationMs / 2;
	const beeps = countdownBeeps({
		kind: seg.kind,
		durationMs: seg.durationMs,
		countdownSeconds: settings.countdownSeconds
	});
	const reminders = reminderCues({ seg, countdownSeconds: settings.countdownSeconds });
	// The halfway call must not land inside the countdown. A step that says reminders has
	// none: they mark the time already, and "Halfway" would often fall on one (12 min, every 3).
	if (
		reminders.length === 0 &&
		HALFWAY_KINDS.has(seg.kind) &&
		seg.durationMs >= HALFWAY_MIN_MS &&
		half < seg.durationMs - beeps * 1000
	) {
		cue('halfway', SPOKEN.halfway, undefined, half);
	}
	if (intro) {
		// One cue per sentence (short utterances: Chrome cuts long ones), each after the last.
		let at = intro.offsetMs;
		intro.lines.forEach((line, k) => {
			const roomMs = seg.durationMs - at;
			cue('intro', line.text, k + 1, at, { short: line.short, roomMs });
			at += speechMs(line.text) + SENTENCE_GAP_MS;
		});
	}
	out.push(...reminders);
	// Breathing steps aside while a reminder is said.
	out.push(...breathsClearOf(options.breaths ?? [], reminders));
	// Stable sort keeps the order above for cues at the same instant (announce before go).
	return out.sort((a, b) => a.offsetMs - b.offsetMs);
}

/** The last rep of a step: of its last side, in its last set ("last one" with Full guidance). */
function isLastRep(seg: Segment): boolean {
	const { rep, set } = seg;
	return (
		!!rep && rep.of > 1 && rep.n === rep.of && seg.side !== 'left' && (!set || set.n === set.of)
	);
}

/** "Set 2 of 3. Left side. Cat-camel", "Right side": what the first segment of a pass says. */
function announceText(options: {
	seg: Segment;
	items: readonly TimelineItem[];
	index: number;
}): string {
	const { seg, items } = options;
	if (seg.side === 'right') return SPOKEN.rightSide;
	const item = items[seg.itemIndex];
	const prev = items[seg.itemIndex - 1];
	const firstOfSet =
		seg.set &&
		seg.set.of > 1 &&
		(prev?.stepIndex !== item?.stepIndex || prev?.set?.n !== seg.set.n);
	return SPOKEN.passStart({
		cue: seg.cue,
		set: firstOfSet ? seg.set : undefined,
		left: seg.side === 'left'
	});
}
