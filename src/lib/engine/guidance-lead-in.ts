import type { Draft } from './draft';
import {
	introChoices,
	LEAD_IN_MAX_MS,
	linesMs,
	SENTENCE_GAP_MS,
	speechMs,
	type Line
} from './guidance';
import type { EngineSettings } from './settings';
import type { Segment, SegmentKind } from './types';

/** Full guidance said in one segment: `lines` one after another from `offsetMs`. */
export interface Intro {
	lines: Line[];
	offsetMs: number;
}

/**
 * Segments nothing else can be said over: the moves themselves, a step waiting for a tap (Done
 * cuts it short) and the side switch. Any other kind before a step (prepare, rest, a get-ready)
 * is time to introduce it, whatever its kind.
 */
const NOT_A_LEAD_ZONE: ReadonlySet<SegmentKind> = new Set<SegmentKind>([
	'timed',
	'hold',
	'relax',
	'up',
	'down',
	'untimed',
	'switch-sides',
	'lead-in'
]);

/** What a step that moves starts with: only these are introduced (a get-ready or a rest is not). */
const MOVE_STARTS: ReadonlySet<SegmentKind> = new Set<SegmentKind>(['timed', 'hold', 'up']);

type Plan =
	| { where: 'zone'; lines: Line[]; offsetMs: number }
	| { where: 'lead-in'; lines: Line[]; ms: number };

/** A plan, keyed by where a lead-in would go, with the step it introduces. */
type Placed = Plan & { step: Segment };

/**
 * Full guidance: before each step (the first set of a block), its name, instructions and stop
 * line are said in the segment just before it when that is long enough, else in a `lead-in`
 * segment inserted before it (whole seconds, at most LEAD_IN_MAX_MS; lead-ins are outside the
 * routine's own time, like the prepare). Rewrites the draft in place and returns the lead-ins'
 * total and, by final segment index, what to say where. Short guidance changes nothing.
 */
export function addLeadIns(
	draft: Draft,
	settings: EngineSettings,
	/** The routine's stop rule (guidance.ts routineStopRule), said before the first exercise. */
	rule?: string
): { leadInMs: number; intros: Map<number, Intro> } {
	const intros = new Map<number, Intro>();
	if (settings.guidance !== 'full') return { leadInMs: 0, intros };
	// The speech should end before the countdown beeps into the step.
	const tailMs = settings.countdownSeconds * 1000 + SENTENCE_GAP_MS;
	const plans = new Map<number, Placed>();
	for (const item of draft.items) {
		if (item.kind !== 'exercise' || (item.set && item.set.n > 1)) continue;
		// A 3-2-1 count-in opens the item after a get-ready or a tap, and the opening "Get
		// ready" is an item of its own just before the first step (prepare.ts): either way the
		// step is introduced before the count, so the count leads straight into the move.
		const inItem = draft.segments[item.firstSegment]?.kind === 'prepare';
		const opening = !inItem && draft.segments[item.firstSegment - 1]?.kind === 'prepare';
		const counted = inItem || opening;
		const at = inItem ? item.firstSegment + 1 : item.firstSegment;
		const seg = draft.segments[at];
		if (!seg || !MOVE_STARTS.has(seg.kind)) continue;
		const before = opening ? item.firstSegment - 1 : item.firstSegment;
		const prev = draft.segments[before - 1];
		const zone = prev && prev.durationMs > 0 && !NOT_A_LEAD_ZONE.has(prev.kind) ? prev : undefined;
		// Before a count-in, the speech need only end before the 3-2-1 starts.
		const tail = counted ? SENTENCE_GAP_MS : tailMs;
		// The routine's stop rule goes with the first exercise only.
		const first = plans.size === 0 ? rule : undefined;
		plans.set(before, { ...planIntro({ seg, zone, tailMs: tail, rule: first }), step: seg });
	}
	if (plans.size === 0) return { leadInMs: 0, intros };

	const old = draft.segments.slice();
	const out: Segment[] = [];
	// Where each old index's range now begins: a lead-in belongs to the step after it.
	const startOf: number[] = [];
	let t = 0;
	let leadInMs = 0;
	old.forEach((seg, j) => {
		startOf[j] = out.length;
		const plan = plans.get(j);
		if (plan?.where === 'lead-in') {
			intros.set(out.length, { lines: plan.lines, offsetMs: 0 });
			// It belongs to the item it opens (the opening "Get ready" or the step's own).
			out.push(
				leadIn(plan.step, {
					index: out.length,
					itemIndex: seg.itemIndex,
					startMs: t,
					durationMs: plan.ms
				})
			);
			t += plan.ms;
			leadInMs += plan.ms;
		} else if (plan?.where === 'zone') {
			const zone = out.at(-1);
			if (zone) intros.set(zone.index, { lines: plan.lines, offsetMs: plan.offsetMs });
		}
		// Nothing is inserted inside a pass, so its start moves with its segments.
		seg.passStartMs += t - seg.startMs;
		seg.startMs = t;
		seg.index = out.length;
		out.push(seg);
		t += seg.durationMs;
	});
	startOf[old.length] = out.length;
	const remap = (o: { firstSegment: number; endSegment: number }) => {
		o.firstSegment = startOf[o.firstSegment] ?? out.length;
		o.endSegment = startOf[o.endSegment] ?? out.length;
	};
	draft.items.forEach(remap);
	draft.steps.forEach(remap);
	draft.segments.splice(0, draft.segments.length, ...out);
	draft.t = t;
	return { leadInMs, intros };
}

/** Say it in the segment before when it fits, else in a lead-in; fall back to name + stop line. */
function planIntro(o: {
	seg: Segment;
	zone: Segment | undefined;
	tailMs: number;
	rule: string | undefined;
}): Plan {
	const { full, fallback } = introChoices(o.seg, o.rule);
	// The zone's own cue ("Rest", "Get ready") comes first.
	const offsetMs = o.zone ? speechMs(o.zone.cue) + SENTENCE_GAP_MS : 0;
	const room = o.zone?.durationMs ?? 0;
	const fits = (lines: Line[]) => o.zone && offsetMs + linesMs(lines) + o.tailMs <= room;
	const leadMs = (lines: Line[]) => Math.ceil((linesMs(lines) + o.tailMs) / 1000) * 1000;
	for (const lines of full) if (fits(lines)) return { where: 'zone', lines, offsetMs };
	for (const lines of full) {
		if (leadMs(lines) <= LEAD_IN_MAX_MS) return { where: 'lead-in', lines, ms: leadMs(lines) };
	}
	if (fits(fallback)) return { where: 'zone', lines: fallback, offsetMs };
	return { where: 'lead-in', lines: fallback, ms: Math.min(LEAD_IN_MAX_MS, leadMs(fallback)) };
}

/** The lead-in before `step`: shows "Next" with the step's name, instructions and stop line. */
function leadIn(
	step: Segment,
	o: { index: number; itemIndex: number; startMs: number; durationMs: number }
): Segment {
	return {
		index: o.index,
		kind: 'lead-in',
		stepIndex: step.stepIndex,
		itemIndex: o.itemIndex,
		startMs: o.startMs,
		durationMs: o.durationMs,
		name: step.name,
		instructions: step.instructions,
		cue: step.cue,
		stopIf: step.stopIf,
		rep: undefined,
		set: step.set,
		side: undefined,
		breathing: undefined,
		phase: undefined,
		passStartMs: o.startMs,
		cues: []
	};
}
