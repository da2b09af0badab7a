import { createSilentLoop, type SilentLoop } from '$lib/cues/silent-loop';
import type { PlaybackView } from '$lib/engine';
import { LOCK_SCREEN } from '$lib/text/lock-screen';

/** The media-session actions the player answers. */
export type MediaAction = 'play' | 'pause' | 'nexttrack' | 'previoustrack';
const ACTIONS: readonly MediaAction[] = ['play', 'pause', 'nexttrack', 'previoustrack'];

/** What the lock screen shows. */
export interface MetadataInit {
	title: string;
	artist: string;
	album: string;
}

/** `navigator.mediaSession`, as far as the player uses it. */
export interface MediaSessionLike {
	metadata: unknown;
	playbackState: 'none' | 'paused' | 'playing';
	setActionHandler(action: MediaAction, handler: (() => void) | null): void;
}

/** What the lock screen's buttons do: the same calls as the on-screen buttons. */
export interface MediaSessionHandlers {
	play: () => void;
	pause: () => void;
	next: () => void;
	previous: () => void;
}

/** Shows a playing routine on the lock screen and answers its buttons. */
export interface PlayerMediaSession {
	/** Call inside the Start tap: starts the silent loop Chrome needs to show the session. */
	start(): void;
	/** Bring the lock screen up to date (cheap: writes only what changed). */
	show(o: { routineTitle: string; view: PlaybackView }): void;
	/** Remove the metadata, the handlers and the loop (the player closed or finished). */
	clear(): void;
}

/** Browser objects; the defaults are the real ones, or none where they are missing. */
export interface MediaSessionDeps {
	session?: MediaSessionLike | undefined;
	Metadata?: (new (init: MetadataInit) => unknown) | undefined;
	loop?: SilentLoop | undefined;
	handlers: MediaSessionHandlers;
}

/**
 * The media session of a playing routine: the routine (artist) and the step with its rep
 * (title) on the lock screen and in the notification shade, with play/pause, next and previous
 * acting on the engine. A no-op where the API is missing (Firefox on Android shows none).
 */
export function createPlayerMediaSession({
	session = (globalThis.navigator as { mediaSession?: MediaSessionLike } | undefined)?.mediaSession,
	Metadata = (globalThis as { MediaMetadata?: new (init: MetadataInit) => unknown }).MediaMetadata,
	loop = session ? createSilentLoop() : undefined,
	handlers
}: MediaSessionDeps): PlayerMediaSession {
	let title: string | null = null;
	let state: MediaSessionLike['playbackState'] = 'none';
	let active = false;
	const actions: Record<MediaAction, () => void> = {
		play: handlers.play,
		pause: handlers.pause,
		nexttrack: handlers.next,
		previoustrack: handlers.previous
	};

	const setHandlers = (on: boolean) => {
		for (const action of ACTIONS) {
			try {
				session?.setActionHandler(action, on ? actions[action] : null);
			} catch {
				// An action this browser does not know: its button simply does not show.
			}
		}
	};

	function clear() {
		loop?.stop();
		if (!session) return;
		if (active) setHandlers(false);
		active = false;
		title = null;
		session.metadata = null;
		session.playbackState = state = 'none';
	}

	return {
		start() {
			if (!session) return;
			void loop?.start();
			if (!active) setHandlers(true);
			active = true;
		},

		show({ routineTitle, view }) {
			if (!session || !active) return;
			const status = view.status;
			if (status === 'finished' || status === 'ended') return clear();
			const next = LOCK_SCREEN.title({
				step: view.segment?.name ?? routineTitle,
				...(view.rep && { rep: view.rep }),
				...(view.set && { set: view.set }),
				...(view.side && { side: view.side })
			});
			if (next !== title && Metadata) {
				title = next;
				session.metadata = new Metadata({
					title: next,
					artist: routineTitle,
					album: LOCK_SCREEN.app
				});
			}
			const playing = status === 'playing' || status === 'waiting';
			const nextState = playing ? 'playing' : 'paused';
			if (nextState !== state) session.playbackState = state = nextState;
		},

		clear
	};
}
