import { describe, expect, it } from 'vitest';
import { createRecordingCuePlayer } from '$lib/cues/fake';
import type { SilentLoop } from '$lib/cues/silent-loop';
import type { WakeLockController } from '$lib/cues/wake-lock';
import { makeRoutine } from '$lib/engine/fixtures';
import { DEFAULT_SETTINGS } from '$lib/storage/settings-defaults';
import { manualClock } from './manual-clock';
import {
	createPlayerMediaSession,
	type MediaAction,
	type MediaSessionLike,
	type MetadataInit
} from './media-session';
import { Session } from './session.svelte';

/* Short guidance (no lead-ins): prepare 2 s · 2–7 hold 1 · 7–10 relax 1 · 10–15 hold 2 · 15–18 relax 2 · 18–28 Knee hug */
const routine = makeRoutine([
	{ type: 'hold', name: 'Pelvic tilt', instructions: 'Tilt.', hold: 5, relax: 3, reps: 2 },
	{ type: 'timed', name: 'Knee hug', instructions: 'Hug.', duration: 10 }
]);

class FakeMediaSession implements MediaSessionLike {
	metadata: MetadataInit | null = null;
	playbackState: MediaSessionLike['playbackState'] = 'none';
	handlers = new Map<MediaAction, () => void>();
	metadataWrites = 0;
	setActionHandler(action: MediaAction, handler: (() => void) | null) {
		if (handler) this.handlers.set(action, handler);
		else this.handlers.delete(action);
	}
	press(action: MediaAction) {
		const h = this.handlers.get(action);
		if (!h) throw new Error(`no ${action} handler`);
		h();
	}
}

/** MediaMetadata stand-in that counts its writes (the session writes only on a change). */
function metadataClass(ms: FakeMediaSession) {
	return class {
		title: string;
		artist: string;
		album: string;
		constructor(init: MetadataInit) {
			ms.metadataWrites++;
			({ title: this.title, artist: this.artist, album: this.album } = init);
		}
	};
}

const wakeLock = (): WakeLockController => ({
	supported: true,
	held: false,
	wanted: false,
	refused: false,
	acquire: () => Promise.resolve(true),
	release: () => Promise.resolve(),
	onChange: () => () => {},
	dispose: () => {}
});

async function setup() {
	const clock = manualClock(5000);
	const ms = new FakeMediaSession();
	const loop = { starts: 0, stops: 0 };
	const silentLoop: SilentLoop = {
		start: () => (loop.starts++, Promise.resolve(true)),
		stop: () => void loop.stops++
	};
	const settings = {
		current: {
			...DEFAULT_SETTINGS,
			prepareSeconds: 2,
			voiceGuidance: 'short' as const,
			safetyAcknowledgedAt: 1
		},
		load: () => Promise.resolve(),
		update: () => Promise.resolve()
	};
	const session = new Session({
		routine,
		settings,
		storage: {
			loadCheckpoint: () => Promise.resolve(null),
			saveCheckpoint: () => Promise.resolve(),
			clearCheckpoint: () => Promise.resolve(),
			addSession: () => Promise.resolve({ id: 'a' }),
			getSession: () => Promise.resolve(undefined),
			restoreSession: () => Promise.resolve(),
			addCheckin: () => Promise.resolve()
		},
		createCues: () => createRecordingCuePlayer(),
		createWakeLock: wakeLock,
		createMediaSession: (handlers) =>
			createPlayerMediaSession({
				session: ms,
				Metadata: metadataClass(ms),
				loop: silentLoop,
				handlers
			}),
		clock,
		wallNow: () => clock.now()
	});
	await session.load();
	return { session, clock, ms, loop };
}

describe('the media session of a playing routine', () => {
	it('shows the routine, the step and the rep, following each change', async () => {
		const { session, clock, ms, loop } = await setup();
		expect(ms.metadata).toBeNull();
		session.begin();
		expect(loop.starts).toBe(1);
		expect(ms.metadata).toMatchObject({
			title: 'Get ready',
			artist: routine.title,
			album: 'Backbeat'
		});
		expect(ms.playbackState).toBe('playing');
		clock.advance(2500);
		expect(ms.metadata?.title).toBe('Pelvic tilt · Rep 1 of 2');
		clock.advance(8000);
		expect(ms.metadata?.title).toBe('Pelvic tilt · Rep 2 of 2');
		clock.advance(8000);
		expect(ms.metadata?.title).toBe('Knee hug');
		// Ten ticks a second, but the lock screen is written only when its words change.
		expect(ms.metadataWrites).toBe(4);
	});

	it('pause, play, next and previous act on the player', async () => {
		const { session, clock, ms } = await setup();
		session.begin();
		clock.advance(3000);
		ms.press('pause');
		expect(session.runner?.view.status).toBe('paused');
		expect(ms.playbackState).toBe('paused');
		clock.advance(5000);
		expect(session.runner?.view.positionMs).toBe(3000);
		ms.press('play');
		expect(session.runner?.view.status).toBe('playing');
		expect(ms.playbackState).toBe('playing');
		ms.press('nexttrack');
		expect(session.runner?.view.segment?.name).toBe('Knee hug');
		expect(ms.metadata?.title).toBe('Knee hug');
		ms.press('previoustrack');
		expect(session.runner?.view.segment?.name).toBe('Pelvic tilt');
		expect(ms.metadata?.title).toBe('Pelvic tilt · Rep 1 of 2');
		// Pressing play while playing changes nothing (it is not a toggle).
		ms.press('play');
		expect(session.runner?.view.status).toBe('playing');
	});

	it('is cleared when the routine finishes or the player closes', async () => {
		const { session, clock, ms, loop } = await setup();
		session.begin();
		clock.advance(30_000);
		expect(session.phase).toBe('finished');
		expect(ms.metadata).toBeNull();
		expect(ms.playbackState).toBe('none');
		expect(ms.handlers.size).toBe(0);
		expect(loop.stops).toBe(1);

		const other = await setup();
		other.session.begin();
		other.session.dispose();
		expect(other.ms.metadata).toBeNull();
		expect(other.ms.handlers.size).toBe(0);
	});

	it('does nothing where the browser has no media session', () => {
		const m = createPlayerMediaSession({
			session: undefined,
			handlers: { play() {}, pause() {}, next() {}, previous() {} }
		});
		m.start();
		m.clear();
		expect(m).toBeTruthy();
	});
});
