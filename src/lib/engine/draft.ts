import type { Phases, Remind } from '../routine/schema';
import type {
	Count,
	ItemKind,
	Segment,
	SegmentKind,
	Side,
	TimelineItem,
	TimelineStep
} from './types';

/** What every segment of one pass through a step shares. */
export interface Base {
	stepIndex: number;
	name: string;
	cue: string;
	instructions?: string | undefined;
	stopIf?: string | undefined;
	set?: Count | undefined;
	side?: Side | undefined;
	breathing?: Segment['breathing'];
	/** A tempo step's phase words; only its up and down segments carry them. */
	phases?: Phases | undefined;
	/** A timed step's reminder; only its timed segments carry it (not a count-in before it). */
	remind?: Remind | undefined;
}

/**
 * A timeline being built: segments and items appended in playing order, with the running
 * position `t` kept in one place. Segments get their cues once the whole list is known.
 */
export class Draft {
	readonly segments: Segment[] = [];
	readonly items: TimelineItem[] = [];
	readonly steps: TimelineStep[] = [];
	/** Position in ms where the next segment starts. */
	t = 0;

	/** Appends a segment. Objects of one fixed shape (no conditional spreads): compiling 1,000 steps stays fast. */
	segment(o: {
		base: Base;
		kind: SegmentKind;
		durationMs: number;
		rep?: Count;
		passStartMs?: number;
	}): void {
		const { base } = o;
		this.segments.push({
			index: this.segments.length,
			kind: o.kind,
			stepIndex: base.stepIndex,
			itemIndex: this.items.length,
			startMs: this.t,
			durationMs: o.durationMs,
			name: base.name,
			instructions: base.instructions,
			cue: base.cue,
			stopIf: base.stopIf,
			rep: o.rep,
			set: base.set,
			side: base.side,
			breathing: base.breathing,
			phase: o.kind === 'up' || o.kind === 'down' ? base.phases?.[o.kind] : undefined,
			passStartMs: o.passStartMs ?? this.t,
			remind: o.kind === 'timed' ? base.remind : undefined,
			cues: []
		});
		this.t += o.durationMs;
	}

	/** Closes an item (a line of "Next up") over the segments since `first`. */
	item(o: {
		kind: ItemKind;
		stepIndex: number;
		first: number;
		name: string;
		description: string;
		set?: Count | undefined;
	}): void {
		this.items.push({
			index: this.items.length,
			kind: o.kind,
			stepIndex: o.stepIndex,
			firstSegment: o.first,
			endSegment: this.segments.length,
			name: o.name,
			description: o.description,
			set: o.set
		});
	}
}
