/**
 * The words Backbeat shows outside its own screen (the media controls on the lock screen and
 * in the notification shade) and the one line that warns when the screen lock may silence it.
 */
import { SCREEN } from './screen';

interface Count {
	n: number;
	of: number;
}

export const LOCK_SCREEN = {
	/** The media session's album line. */
	app: 'Backbeat',
	/** The media session's title: "Bridge · Rep 2 of 8 · Left side". */
	title: (o: { step: string; rep?: Count; set?: Count; side?: 'left' | 'right' }) =>
		[o.step, o.rep && SCREEN.rep(o.rep), o.set && SCREEN.set(o.set), o.side && SCREEN.side(o.side)]
			.filter(Boolean)
			.join(' · '),
	/** On the player when the screen cannot be kept on: it will lock, and then may fall silent. */
	mayGoQuiet: 'Backbeat may go quiet if the screen locks.'
} as const;
