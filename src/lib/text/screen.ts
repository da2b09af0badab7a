/**
 * Every sentence Backbeat shows (and the screen-reader announcements), in one place per
 * language; whole sentences with parameters, so a translation can reorder them. Pure.
 */
import type { SegmentKind, Side } from '../engine/types';
import { formatSeconds } from './format';

interface Count {
	n: number;
	of: number;
}

export const SCREEN = {
	/** The phase label above the step name. */
	kind: {
		prepare: 'Get ready',
		timed: 'Go',
		hold: 'Hold',
		relax: 'Relax',
		up: 'Up',
		down: 'Down',
		rest: 'Rest',
		'set-rest': 'Rest between sets',
		'switch-sides': 'Switch sides',
		'get-ready': 'Get ready',
		untimed: 'Your pace',
		'lead-in': 'Next'
	} satisfies Record<SegmentKind, string>,
	/** The phase label of a segment: an up or down phase shows its step's own word when it has one. */
	phase: (kind: SegmentKind, word?: string): string => word ?? SCREEN.kind[kind],
	rest: 'Rest',
	getReady: 'Get ready',
	switchSides: 'Switch sides',
	restBetweenSets: 'Rest between sets',
	/** Under "Rest between sets". */
	setNext: (next: Count) => `Set ${next.n} of ${next.of} next.`,
	/** Under "Switch sides". */
	rightSideNext: (name: string) => `Get ready for the right side: ${name}.`,
	rep: (rep: Count) => `Rep ${rep.n} of ${rep.of}`,
	set: (set: Count) => `Set ${set.n} of ${set.of}`,
	side: (side: Side) => (side === 'left' ? 'Left side' : 'Right side'),
	paused: 'Paused',
	/** The one line shown when a saved checkpoint was dropped instead of played. */
	checkpointDropped:
		'Your unfinished routine could not be resumed: its saved place was damaged, so it was cleared.',
	/** The count-in after a one-tap resume. */
	resumingIn: (n: number) => `Starting in ${n}`,
	stepOf: (n: number, of: number) => `Step ${n} of ${of}`,
	timeLeft: (clock: string) => `${clock} left`,
	/** The next-up line's timing for a rest between sets: "Rest 30 s". */
	restFor: (seconds: number) => `Rest ${formatSeconds(seconds)}`,
	/** Another tab plays a session (one owner at a time). */
	playingElsewhere:
		'A routine is playing in another tab or window. Play it here instead? It stops there and goes on here.',
	/** This tab's session was taken over by another. */
	takenOver:
		'This routine moved to another tab or window, so it stopped here: it is never played or saved twice.',
	playHere: 'Play here instead',
	allRoutines: 'All routines'
} as const;

/** Screen-reader announcements (aria-live), one sentence each. */
export const ANNOUNCE = {
	paused: 'Paused.',
	finished: 'Routine finished. Well done.',
	ended: 'Session ended.',
	resumingIn: (n: number) => `Starting in ${n}.`,
	/** A timed step's reminder, with how far into the step: "3 min in: Check your skin…". */
	remind: (o: { seconds: number; say: string }) => `${formatSeconds(o.seconds)} in: ${o.say}`,
	/** "Step 2 of 3: Side bridge. Right side. Set 2 of 2. Rep 2 of 3." */
	step: (o: {
		step: Count;
		name: string;
		side?: Side | undefined;
		set?: Count | undefined;
		rep?: Count | undefined;
		untimed: boolean;
	}) =>
		[
			`Step ${o.step.n} of ${o.step.of}: ${o.name}.`,
			o.side && `${SCREEN.side(o.side)}.`,
			o.set && `Set ${o.set.n} of ${o.set.of}.`,
			o.rep && `Rep ${o.rep.n} of ${o.rep.of}.`,
			o.untimed && 'Press Done when you are ready.'
		]
			.filter(Boolean)
			.join(' ')
} as const;
