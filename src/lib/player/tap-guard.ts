import type { PlaybackView } from '$lib/engine';

/**
 * How long after a move a pointer tap that would pause or skip is taken for the second half of
 * a double tap. People double-tap 0 to 600 ms apart (issue 22; Android's double-tap timeout is
 * 300 ms, Windows' double-click time 500 ms); 700 ms covers that with room for a slow frame.
 * A deliberate tap is rarely that fast: the person first has to see the new screen and reach
 * for it. A tap held back does nothing, so the next one simply works.
 */
export const TAP_GUARD_MS = 700;

/**
 * What just moved the player: each one puts a new control, or a control with a new meaning,
 * under the finger that made it. 'step': the step on screen changed (by itself or by a
 * control); 'ready-gone': "I'm ready" turned into Skip in the same place (a get-ready or a
 * lead-in ended), so a tap meant for "I'm ready" would skip the exercise.
 */
export type Move = 'start' | 'resume' | 'ready' | 'skip' | 'back' | 'done' | 'step' | 'ready-gone';

/**
 * The pointer taps the guard can hold back: the ones that lose something. A pause stops the
 * routine on the floor; a skip passes over an exercise. A tap that resumes is never held back:
 * nothing is lost, and the Pause button is right there.
 */
export type GuardedTap =
	/** The countdown area (a pointer shortcut for Pause): pausing, or stopping a resume count-in. */
	| 'countdown'
	/** The Pause button itself, while it says Pause. */
	| 'pause-button'
	/** Skip, or "I'm ready" in its place. */
	| 'forward';

/**
 * Which moves hold back which taps, for TAP_GUARD_MS. The countdown fills the middle of the
 * screen, where Start, "Continue" and the dialogs' buttons were, and every move changes what a
 * tap on it does, so any move holds it back. The Pause button shares its place with Resume and
 * Done. Skip shares its place with "I'm ready", and a double tap on either would move on twice.
 * Back is never held back: two quick taps there are the way to the step before (PREVIOUS_GRACE_MS).
 */
export const HELD_BACK_BY: Readonly<Record<GuardedTap, readonly Move[]>> = {
	countdown: ['start', 'resume', 'ready', 'skip', 'back', 'done', 'step'],
	'pause-button': ['resume', 'done'],
	forward: ['ready', 'skip', 'ready-gone']
};

/** Remembers when the player last moved and says whether a pointer tap may act now. */
export interface TapGuard {
	/** Notes a move at the clock's current time. */
	moved(move: Move): void;
	/** False while `tap` could still be the second half of a double tap. */
	allows(tap: GuardedTap): boolean;
}

/**
 * One guard for every player control. `now` is the player's own clock (the Runner's), so a
 * test's fake clock moves it too.
 */
export function createTapGuard(o: { now: () => number; windowMs?: number }): TapGuard {
	const windowMs = o.windowMs ?? TAP_GUARD_MS;
	const last = new Map<Move, number>();
	return {
		moved(move) {
			last.set(move, o.now());
		},
		allows(tap) {
			const now = o.now();
			return HELD_BACK_BY[tap].every((move) => {
				const at = last.get(move);
				return at === undefined || now - at >= windowMs;
			});
		}
	};
}

/** Whether "I'm ready" stands in Skip's place: a get-ready, or the lead-in before a step. */
export function offersReady(view: PlaybackView): boolean {
	const kind = view.segment?.kind;
	return kind === 'get-ready' || kind === 'lead-in';
}

/**
 * Whether a click came from a finger or a mouse: one made by a key on a focused button (or by
 * script) has no click count. Only pointer taps are ever held back.
 */
export function byPointer(event: MouseEvent): boolean {
	return event.detail > 0;
}
