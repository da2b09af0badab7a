import { describe, expect, it, vi } from 'vitest';
import { createRecordingCuePlayer, type RecordingCuePlayer } from '$lib/cues/fake';
import type { WakeLockController } from '$lib/cues/wake-lock';
import { makeRoutine } from '$lib/engine/fixtures';
import type { Routine } from '$lib/routine/schema';
import type { NewCheckin } from '$lib/storage/checkins';
import type { NewSession } from '$lib/storage/history';
import type { Checkpoint } from '$lib/storage/session';
import { DEFAULT_SETTINGS, type Settings } from '$lib/storage/settings-defaults';
import { CHECKPOINT_EVERY_MS } from './checkpoint-policy';
import { manualClock, type ManualClock } from './manual-clock';
import type { SessionOwnership } from './ownership';
import { createOwnershipHub } from './ownership-fake';
import { Session, type SessionOptions } from './session.svelte';

/*
 * prepare 2 s · 2–7 hold 1 · 7–10 relax 1 · 10–15 hold 2 · 15–18 relax 2 · 18–28 timed · 28 end
 */
const routine = makeRoutine([
	{ type: 'hold', name: 'Pelvic tilt', instructions: 'Tilt.', hold: 5, relax: 3, reps: 2 },
	{ type: 'timed', name: 'Knee hug', instructions: 'Hug.', duration: 10 }
]);
const END_MS = 28_000;
const WALL0 = 1_700_000_000_000;

/** IndexedDB stand-in: a checkpoint slot, sessions and check-ins keyed by id, like the stores. */
function memoryStorage(initial: Checkpoint | null = null) {
	const db = {
		checkpoint: initial,
		saves: [] as Checkpoint[],
		sessions: new Map<string, NewSession>(),
		checkins: new Map<string, NewCheckin>()
	};
	let n = 0;
	return {
		db,
		storage: {
			loadCheckpoint: () => Promise.resolve(db.checkpoint),
			saveCheckpoint: (c: Checkpoint) => {
				db.checkpoint = c;
				db.saves.push(c);
				return Promise.resolve();
			},
			clearCheckpoint: () => {
				db.checkpoint = null;
				return Promise.resolve();
			},
			addSession: (s: NewSession) => {
				const id = s.id ?? `random-${++n}`;
				db.sessions.set(id, { ...s, id });
				return Promise.resolve({ id });
			},
			getSession: (id: string) => {
				const s = db.sessions.get(id);
				return Promise.resolve(s ? { ...s, id } : undefined);
			},
			restoreSession: (r: NewSession) => {
				db.sessions.set(r.id ?? '', r);
				return Promise.resolve();
			},
			addCheckin: (c: NewCheckin) => {
				db.checkins.set(c.id ?? `checkin-${++n}`, c);
				return Promise.resolve(c);
			}
		}
	};
}

function fakeSettings(patch: Partial<Settings> = {}) {
	const s = {
		// Short guidance: these specs count on the timeline without Full's lead-ins.
		current: {
			...DEFAULT_SETTINGS,
			prepareSeconds: 2,
			voiceGuidance: 'short' as const,
			safetyAcknowledgedAt: 1,
			...patch
		},
		load: () => Promise.resolve(s.current),
		update: (p: Partial<Settings>) => {
			s.current = { ...s.current, ...p };
			return Promise.resolve();
		}
	};
	return s;
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

function setup(
	o: {
		checkpoint?: Checkpoint | null;
		settings?: Partial<Settings>;
		r?: Routine;
		shared?: ReturnType<typeof memoryStorage>;
		ownership?: SessionOwnership;
		clock?: ManualClock;
		id?: string;
	} = {}
) {
	const clock: ManualClock = o.clock ?? manualClock(5000);
	const { db, storage } = o.shared ?? memoryStorage(o.checkpoint ?? null);
	const settings = fakeSettings(o.settings);
	let cues: RecordingCuePlayer | null = null;
	const active: boolean[] = [];
	const options: SessionOptions = {
		routine: o.r ?? routine,
		settings,
		storage,
		createCues: () => (cues = createRecordingCuePlayer()),
		createWakeLock: wakeLock,
		clock,
		wallNow: () => WALL0 + clock.now(),
		newId: () => o.id ?? 'session-a',
		onActiveChange: (a) => active.push(a),
		ownership: o.ownership ?? null
	};
	const session = new Session(options);
	return { session, clock, db, settings, active, cues: () => cues, options };
}

/** Lets the storage promises settle. */
const flush = () => new Promise((r) => setTimeout(r, 0));

describe('Session: voice guidance', () => {
	it('compiles Full guidance into the timeline; Off speaks nothing and compiles as Short', async () => {
		for (const [voiceGuidance, guidance, voiceOn] of [
			['full', 'full', true],
			['short', 'short', true],
			['off', 'short', false]
		] as const) {
			const { session, cues } = setup({ settings: { voiceGuidance } });
			await session.load();
			session.begin();
			// The cue player is created with the options; later changes arrive through applyCueOptions.
			session.applyCueOptions({ ...DEFAULT_SETTINGS, voiceGuidance });
			expect(session.runner?.timeline.settings.guidance).toBe(guidance);
			const leadIns = session.runner?.timeline.segments.filter((s) => s.kind === 'lead-in');
			expect((leadIns?.length ?? 0) > 0).toBe(guidance === 'full');
			expect(cues()?.options.voiceOn).toBe(voiceOn);
			session.dispose();
		}
	});
});

describe('Session: the first screen', () => {
	it('asks the red-flag questions first, and remembers the answer', async () => {
		const { session, settings } = setup({ settings: { safetyAcknowledgedAt: null } });
		expect(session.phase).toBe('loading');
		await session.load();
		expect(session.phase).toBe('safety');
		await session.acknowledge();
		expect(session.phase).toBe('ready');
		expect(settings.current.safetyAcknowledgedAt).toBe(WALL0 + 5000);
	});

	it('offers to resume a checkpoint of this routine only', async () => {
		const other = await checkpointAfter(6000, { routineId: 'other' });
		const a = setup({ checkpoint: other });
		await a.session.load();
		expect(a.session.phase).toBe('ready');

		const mine = await checkpointAfter(6000);
		const b = setup({ checkpoint: mine });
		await b.session.load();
		expect(b.session.phase).toBe('resume');
		expect(b.session.saved?.stepIndex).toBe(0);
	});
});

describe('Session: one checkpoint policy', () => {
	it('saves at segment changes, pauses and once a second while playing; never after the end', async () => {
		const { session, clock, db } = setup();
		await session.load();
		session.begin();
		expect(session.phase).toBe('session');
		expect(session.runner?.view.status).toBe('playing');
		const savedAt = () => db.saves.map((c) => c.savedAt - WALL0);
		clock.advance(1000);
		// Start (a status change), then one a second.
		expect(savedAt()).toEqual([5000, 6000]);
		clock.advance(1050); // into the hold at 2 s: a segment change saves at once
		expect(savedAt().at(-1)).toBe(7000);
		expect(db.saves.at(-1)?.stepIndex).toBe(0);
		db.saves.length = 0;
		session.pause();
		expect(db.saves).toHaveLength(1);
		expect(db.saves[0]?.snapshot).toMatchObject({ status: 'paused', positionMs: 2050 });
		clock.advance(10_000);
		expect(db.saves).toHaveLength(1); // paused: nothing moves, nothing to save
		session.runner?.resume();
		db.saves.length = 0;
		clock.advance(END_MS);
		const gaps = db.saves.slice(1).map((c, i) => c.savedAt - (db.saves[i]?.savedAt ?? 0));
		expect(Math.max(...gaps)).toBeLessThanOrEqual(CHECKPOINT_EVERY_MS);
		expect(db.saves.every((c) => c.sessionId === 'session-a')).toBe(true);
		expect(session.phase).toBe('finished');
		const n = db.saves.length;
		clock.advance(5000);
		expect(db.saves).toHaveLength(n);
	});

	it('saves when the page is hidden and re-derives when it is shown', async () => {
		const { session, clock, db } = setup();
		await session.load();
		session.begin();
		clock.advance(1500);
		db.saves.length = 0;
		session.visibilityChanged(true);
		expect(db.saves).toHaveLength(1);
		clock.jump(4000); // a frozen tab: no timer fired
		session.visibilityChanged(false);
		expect(session.runner?.view.positionMs).toBe(5500);
	});
});

describe('Session: finishing and resuming', () => {
	it('records one session with its id, clears the checkpoint, keeps the pain before', async () => {
		const { session, clock, db, active } = setup();
		await session.load();
		session.answerPainBefore(4);
		session.begin();
		clock.advance(END_MS + 500);
		await flush();
		expect(session.phase).toBe('finished');
		expect(session.finalView?.status).toBe('finished');
		expect(db.checkpoint).toBeNull();
		expect([...db.sessions.values()]).toMatchObject([
			{ id: 'session-a', routineId: routine.id, outcome: 'finished', painBefore: 4 }
		]);
		expect(session.recordedId).toBe('session-a');
		expect([...db.checkins.entries()]).toMatchObject([
			['session-a:before', { score: 4, moment: 'before', sessionId: 'session-a' }]
		]);
		expect(active).toEqual([true, false]);

		await session.ratePainAfter(2);
		expect(db.sessions.get('session-a')).toMatchObject({ painBefore: 4, painAfter: 2 });
		expect(db.checkins.get('session-a:after')).toMatchObject({ score: 2, moment: 'after' });
	});

	it('resumes a checkpoint paused where it stopped, under the same session id', async () => {
		const saved = await checkpointAfter(12_300);
		const { session, clock, db } = setup({ checkpoint: saved });
		await session.load({ resume: true });
		expect(session.phase).toBe('session');
		// One tap: a 3-2-1 first, with time still stopped where it was…
		expect(session.runner?.view).toMatchObject({ status: 'paused', positionMs: 12_300 });
		expect(session.runner?.countIn).toBe(3);
		clock.advance(2999);
		expect(session.runner?.view.positionMs).toBe(12_300);
		// …then it plays on from there.
		clock.advance(1);
		expect(session.runner?.view).toMatchObject({ status: 'playing', positionMs: 12_300 });
		expect(session.runner?.countIn).toBe(0);
		clock.advance(END_MS);
		await flush();
		// Finished twice (here and in the tab that saved it): still one record.
		expect([...db.sessions.keys()]).toEqual([saved.sessionId]);
	});

	it('drops a saved snapshot that does not fit the routine, with a notice, and never plays it', async () => {
		const saved = { ...(await checkpointAfter(3000)), snapshot: { v: 1, nonsense: true } };
		const { session, db } = setup({ checkpoint: saved });
		await session.load({ resume: true });
		expect(session.runner).toBeNull();
		expect(session.phase).toBe('ready');
		expect(session.dropped).toBe(true);
		expect(session.saved).toBeNull();
		await flush();
		expect(db.checkpoint).toBeNull();
	});

	it('"It hurts": notes the score with the step, then skips the step', async () => {
		const { session, clock, db } = setup();
		await session.load();
		session.begin();
		clock.advance(3000);
		session.pause();
		session.recordHurt(6, 'skip');
		expect([...db.checkins.values()]).toMatchObject([{ score: 6, moment: 'hurts', stepIndex: 0 }]);
		expect(session.runner?.view).toMatchObject({ status: 'playing', stepIndex: 1 });
		session.pause();
		session.recordHurt(null, 'end');
		await flush();
		expect(db.checkins.size).toBe(1);
		expect([...db.sessions.values()]).toMatchObject([{ outcome: 'ended' }]);
	});

	it('again() goes back to the start screen with a fresh pain question', async () => {
		const { session, clock } = setup();
		await session.load();
		session.answerPainBefore(2);
		session.begin();
		clock.advance(END_MS + 500);
		await flush();
		session.again();
		expect(session).toMatchObject({ phase: 'ready', painBefore: null, painBeforeAsked: false });
		expect(session.runner).toBeNull();
	});

	it('passes new sound settings to the running cue player', async () => {
		const { session, cues } = setup();
		await session.load();
		session.begin();
		const player = cues();
		if (!player) throw new Error('no cue player');
		const setOptions = vi.spyOn(player, 'setOptions');
		session.applyCueOptions({ ...DEFAULT_SETTINGS, volume: 0.2 });
		expect(setOptions).toHaveBeenCalledWith(expect.objectContaining({ volume: 0.2 }));
	});
});

describe('Session: one owner across tabs', () => {
	it('a second tab says it plays elsewhere, takes over on request, and one session is recorded', async () => {
		const hub = createOwnershipHub();
		const shared = memoryStorage();
		const clock = manualClock(5000);
		const one = setup({ shared, clock, ownership: hub.tab(), id: 'from-tab-1' });
		const two = setup({ shared, clock, ownership: hub.tab(), id: 'from-tab-2' });
		await one.session.load();
		one.session.begin();
		await flush();
		expect(hub.owned).toBe(true);
		clock.advance(9000);

		// Tab 2 opens the same routine: no second copy, an offer to take over.
		await two.session.load();
		expect(two.session.phase).toBe('elsewhere');
		expect(two.session.runner).toBeNull();

		await two.session.takeOver();
		// Tab 1 saved where it was and stopped, and says so.
		expect(one.session.phase).toBe('taken');
		expect(one.session.runner).toBeNull();
		// Tab 2 continues from there, under the same session id, after its count-in.
		expect(two.session.phase).toBe('session');
		expect(two.session.runner?.view.positionMs).toBe(9000);
		clock.advance(3000 + END_MS);
		await flush();
		expect(two.session.phase).toBe('finished');
		expect([...shared.db.sessions.keys()]).toEqual(['from-tab-1']);
		expect(hub.owned).toBe(false);
	});

	it('a tab that was told "elsewhere" offers a fresh start once the other tab lets go', async () => {
		const hub = createOwnershipHub();
		const shared = memoryStorage();
		const clock = manualClock(5000);
		const one = setup({ shared, clock, ownership: hub.tab() });
		const two = setup({ shared, clock, ownership: hub.tab() });
		await one.session.load();
		one.session.begin();
		await flush();
		await two.session.load();
		expect(two.session.phase).toBe('elsewhere');
		clock.advance(END_MS + 500);
		await flush();
		expect(one.session.phase).toBe('finished');
		expect(two.session.phase).toBe('ready');
	});
});

/** A checkpoint as a session saves it after playing `ms` and pausing. */
async function checkpointAfter(ms: number, patch: Partial<Checkpoint> = {}): Promise<Checkpoint> {
	const { session, clock, db } = setup();
	await session.load();
	session.begin();
	clock.advance(ms);
	session.pause();
	const saved = db.saves.at(-1);
	session.dispose();
	if (!saved) throw new Error('nothing saved');
	return { ...saved, ...patch };
}
