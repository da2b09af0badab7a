import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { routineSeconds } from '../routine/duration';
import { apply } from './actions';
import { done, next, pause, resume, start } from './controls';
import { advance, cuesBetween } from './cues';
import { opsArb, routineArb, settingsArb, type Op } from './fixtures';
import { afterAll, createPlayback } from './playback';
import { restore, snapshot } from './snapshot';
import { stateAt, type PlaybackView } from './state';
import { LEAD_IN_MAX_MS } from './guidance';
import { compile } from './timeline';
import type { Cue, Playback, Timeline } from './types';

// ENGINE_RUNS=2000 for a deeper local search; the default keeps the suite at a few seconds.
const RUNS = { numRuns: Number(process.env.ENGINE_RUNS ?? 150) };
const timelineArb = fc
	.tuple(routineArb, settingsArb)
	.map(([routine, settings]) => ({ routine, timeline: compile(routine, settings) }));

/**
 * A fake player: ticks `advance`, "plays" a cue when the clock reaches its atMs, and on any
 * control cancels everything scheduled later (as the real player must).
 */
function player(timeline: Timeline, lookaheadMs: number) {
	let scheduled: Cue[] = [];
	const fired: Cue[] = [];
	const play = (now: number) => {
		fired.push(...scheduled.filter((c) => c.atMs <= now));
		scheduled = scheduled.filter((c) => c.atMs > now);
	};
	return {
		fired,
		tick(playback: Playback, now: number): Playback {
			const result = advance({ timeline, playback, nowMs: now, lookaheadMs });
			scheduled.push(...result.cues);
			play(now);
			return result.playback;
		},
		control(now: number) {
			play(now);
			scheduled = [];
		},
		flush() {
			play(Infinity);
		}
	};
}

function applyOp(timeline: Timeline, playback: Playback, op: Op, now: number): Playback {
	const { action } = op;
	if (action.type === 'tick') return playback;
	const fixed =
		action.type === 'jumpTo'
			? { ...action, stepIndex: action.stepIndex % timeline.steps.length }
			: action;
	return apply({ timeline, playback, nowMs: now, action: fixed });
}

describe('properties', () => {
	it('compiles to contiguous segments whose durations sum to the routine duration', () => {
		fc.assert(
			fc.property(timelineArb, ({ routine, timeline }) => {
				const outside = (kind: string) =>
					kind === 'prepare' || kind === 'get-ready' || kind === 'lead-in';
				const timed = timeline.segments.filter((s) => !outside(s.kind));
				expect(timed.reduce((t, s) => t + s.durationMs, 0)).toBe(routineSeconds(routine) * 1000);
				expect(timeline.routineMs).toBe(routineSeconds(routine) * 1000);
				const leadIns = timeline.segments.filter((s) => s.kind === 'lead-in');
				expect(timeline.leadInMs).toBe(leadIns.reduce((t, s) => t + s.durationMs, 0));
				if (timeline.settings.guidance === 'short') expect(leadIns).toEqual([]);
				for (const lead of leadIns) {
					// A lead-in is whole seconds, capped, and belongs to the step right after it.
					expect(lead.durationMs % 1000).toBe(0);
					expect(lead.durationMs).toBeLessThanOrEqual(LEAD_IN_MAX_MS);
					expect(timeline.segments[lead.index + 1]?.stepIndex).toBe(lead.stepIndex);
				}
				expect(timeline.totalMs).toBe(timeline.prepareMs + timeline.leadInMs + timeline.routineMs);
				let t = 0;
				timeline.segments.forEach((s, i) => {
					expect(s).toMatchObject({ index: i, startMs: t });
					expect(s.durationMs === 0).toBe(s.kind === 'untimed');
					for (const cue of s.cues)
						expect(cue.offsetMs < s.durationMs || (s.durationMs === 0 && cue.offsetMs === 0)).toBe(
							true
						);
					t += s.durationMs;
				});
				// Items and steps tile the segments in order.
				timeline.items.forEach((item, i) =>
					expect(item.firstSegment).toBe(timeline.items[i - 1]?.endSegment ?? 0)
				);
				expect(timeline.items.at(-1)?.endSegment).toBe(timeline.segments.length);
				expect(timeline.steps.map((s) => s.index)).toEqual(routine.steps.map((_, i) => i));
			}),
			RUNS
		);
	});

	it('plays every cue exactly once and in order when nothing interrupts', () => {
		fc.assert(
			fc.property(
				timelineArb,
				fc.integer({ min: 1, max: 1400 }),
				fc.integer({ min: 0, max: 1000 }),
				({ timeline }, shortTick, lookaheadMs) => {
					// Long routines get longer ticks (still under the 1.5 s stale limit) to keep the run fast.
					const tick = Math.min(1400, Math.max(shortTick, Math.ceil(timeline.totalMs / 3000)));
					const p = player(timeline, lookaheadMs);
					let pb = start({ timeline, playback: createPlayback(timeline), nowMs: 0 });
					let now = 0;
					for (; pb.status !== 'finished'; now += tick) {
						pb = p.tick(pb, now);
						if (pb.status === 'waiting') pb = done({ timeline, playback: pb, nowMs: now });
					}
					p.tick(pb, now);
					p.flush();
					const expected = cuesBetween({
						timeline,
						playback: createPlayback(timeline),
						from: { pos: 0, seg: 0 },
						to: afterAll(timeline, Infinity)
					});
					expect(p.fired.map((c) => c.id)).toEqual(expected.map((c) => c.id));
					p.fired
						.slice(1)
						.forEach((c, i) => expect(c.atMs).toBeGreaterThanOrEqual(p.fired[i]?.atMs ?? 0));
				}
			),
			RUNS
		);
	});

	it('under random controls and gaps: no cue fires twice, playing time never runs backwards', () => {
		fc.assert(
			fc.property(
				timelineArb,
				opsArb,
				fc.integer({ min: 0, max: 2000 }),
				({ timeline }, ops, lookaheadMs) => {
					const p = player(timeline, lookaheadMs);
					let now = 1000;
					let pb = start({ timeline, playback: createPlayback(timeline), nowMs: now });
					let last: PlaybackView = stateAt({ timeline, playback: pb, nowMs: now });
					for (const op of ops) {
						now += op.dt;
						pb = p.tick(pb, now);
						const view = stateAt({ timeline, playback: pb, nowMs: now });
						if (last.status === 'playing' && view.status === 'playing')
							expect(view.positionMs).toBeGreaterThanOrEqual(last.positionMs);
						expect(view.elapsedActiveMs).toBeGreaterThanOrEqual(last.elapsedActiveMs);
						expect(view.positionMs).toBeLessThanOrEqual(view.totalMs);
						if (op.action.type !== 'tick') {
							p.control(now);
							pb = applyOp(timeline, pb, op, now);
						}
						last = stateAt({ timeline, playback: pb, nowMs: now });
						expect(last.elapsedActiveMs).toBeGreaterThanOrEqual(view.elapsedActiveMs);
					}
					p.tick(pb, now);
					p.flush();
					const ids = p.fired.map((c) => c.id);
					expect(new Set(ids).size).toBe(ids.length);
				}
			),
			RUNS
		);
	});

	it('pause and resume neither lose nor repeat a cue', () => {
		const pausesArb = fc.array(
			fc.tuple(
				fc.integer({ min: 0, max: 1200 }),
				fc.boolean(),
				fc.integer({ min: 0, max: 600_000 })
			),
			{ maxLength: 400 }
		);
		fc.assert(
			fc.property(
				timelineArb,
				pausesArb,
				fc.integer({ min: 0, max: 2000 }),
				({ timeline }, steps, lookaheadMs) => {
					const p = player(timeline, lookaheadMs);
					let now = 0;
					let pb = start({ timeline, playback: createPlayback(timeline), nowMs: now });
					const finish = () => {
						for (let i = 0; pb.status !== 'finished' && i < 100_000; i++) {
							now += 1000;
							pb = p.tick(pb, now);
							if (pb.status === 'waiting') pb = done({ timeline, playback: pb, nowMs: now });
						}
					};
					for (const [dt, toggle, pauseFor] of steps) {
						now += dt;
						pb = p.tick(pb, now);
						if (pb.status === 'waiting') pb = done({ timeline, playback: pb, nowMs: now });
						if (toggle && pb.status === 'playing') {
							p.control(now);
							pb = pause({ timeline, playback: pb, nowMs: now });
							now += pauseFor;
							pb = p.tick(pb, now);
							p.control(now);
							pb = resume({ timeline, playback: pb, nowMs: now });
						}
					}
					finish();
					p.tick(pb, now);
					p.flush();
					const expected = cuesBetween({
						timeline,
						playback: createPlayback(timeline),
						from: { pos: 0, seg: 0 },
						to: afterAll(timeline, Infinity)
					});
					expect(p.fired.map((c) => c.id)).toEqual(expected.map((c) => c.id));
				}
			),
			RUNS
		);
	});

	it('pause freezes the state and the cues', () => {
		fc.assert(
			fc.property(
				timelineArb,
				opsArb,
				fc.array(fc.integer({ min: 0, max: 3_600_000 }), { minLength: 1, maxLength: 5 }),
				({ timeline }, ops, waits) => {
					let now = 0;
					let pb = start({ timeline, playback: createPlayback(timeline), nowMs: now });
					for (const op of ops) {
						now += op.dt;
						pb = applyOp(
							timeline,
							advance({ timeline, playback: pb, nowMs: now }).playback,
							op,
							now
						);
					}
					pb = advance({
						timeline,
						playback: pause({ timeline, playback: pb, nowMs: now }),
						nowMs: now
					}).playback;
					const frozen = stateAt({ timeline, playback: pb, nowMs: now });
					for (const wait of waits) {
						const later = now + wait;
						expect(stateAt({ timeline, playback: pb, nowMs: later })).toEqual(frozen);
						const result = advance({ timeline, playback: pb, nowMs: later });
						if (frozen.status === 'paused') expect(result.cues).toEqual([]);
						expect(stateAt({ timeline, playback: result.playback, nowMs: later })).toEqual(frozen);
					}
				}
			),
			RUNS
		);
	});

	it('restore(snapshot) behaves exactly as the original from then on', () => {
		fc.assert(
			fc.property(
				timelineArb,
				opsArb,
				opsArb,
				fc.integer({ min: -1e6, max: 1e9 }),
				({ timeline }, before, after, shift) => {
					let now = 0;
					let pb = start({ timeline, playback: createPlayback(timeline), nowMs: now });
					for (const op of before) {
						now += op.dt;
						pb = applyOp(
							timeline,
							advance({ timeline, playback: pb, nowMs: now, lookaheadMs: 500 }).playback,
							op,
							now
						);
					}
					const snap: unknown = JSON.parse(
						JSON.stringify(snapshot({ timeline, playback: pb, nowMs: now }))
					);
					let original = pause({ timeline, playback: pb, nowMs: now });
					let restored = restore({ timeline, snapshot: snap, nowMs: now + shift });
					const check = (t: number) => {
						const a = advance({ timeline, playback: original, nowMs: t, lookaheadMs: 500 });
						const b = advance({ timeline, playback: restored, nowMs: t + shift, lookaheadMs: 500 });
						expect(b.cues.map((c) => ({ ...c, atMs: c.atMs - shift }))).toEqual(a.cues);
						original = a.playback;
						restored = b.playback;
						expect(stateAt({ timeline, playback: restored, nowMs: t + shift })).toEqual(
							stateAt({ timeline, playback: original, nowMs: t })
						);
					};
					check(now);
					original = resume({ timeline, playback: original, nowMs: now });
					restored = resume({ timeline, playback: restored, nowMs: now + shift });
					for (const op of after) {
						now += op.dt;
						check(now);
						original = applyOp(timeline, original, op, now);
						restored = applyOp(timeline, restored, op, now + shift);
					}
					check(now + 1000);
				}
			),
			RUNS
		);
	});

	it('skipping to the end always finishes, and says so once', () => {
		fc.assert(
			fc.property(timelineArb, opsArb, ({ timeline }, ops) => {
				const p = player(timeline, 300);
				let now = 0;
				let pb = start({ timeline, playback: createPlayback(timeline), nowMs: now });
				for (const op of ops) {
					now += op.dt;
					pb = p.tick(pb, now);
					if (op.action.type !== 'tick') p.control(now);
					pb = applyOp(timeline, pb, op, now);
				}
				for (let i = 0; i <= timeline.items.length; i++) {
					p.control(now);
					pb = next({ timeline, playback: pb, nowMs: now });
				}
				expect(stateAt({ timeline, playback: pb, nowMs: now })).toMatchObject({
					status: 'finished',
					remainingMs: 0,
					overallFraction: 1
				});
				pb = p.tick(pb, now);
				p.tick(pb, now + 60_000);
				p.flush();
				expect(p.fired.filter((c) => c.type === 'finish')).toHaveLength(1);
			}),
			RUNS
		);
	});

	it('never drifts: the position is exactly the sum of the playing intervals', () => {
		const noUntimed = timelineArb.filter(({ timeline }) => timeline.nextUntimed[0] === -1);
		const stepsArb = fc.array(fc.tuple(fc.integer({ min: 0, max: 250 * 1024 }), fc.boolean()), {
			maxLength: 300
		});
		fc.assert(
			fc.property(noUntimed, stepsArb, ({ timeline }, steps) => {
				let now = 12_345.5;
				let expected = 0;
				let pb = start({ timeline, playback: createPlayback(timeline), nowMs: now });
				for (const [jitter, toggle] of steps) {
					const dt = jitter / 1024;
					if (pb.status === 'playing') expected += dt;
					now += dt;
					pb = advance({ timeline, playback: pb, nowMs: now }).playback;
					if (toggle)
						pb =
							pb.status === 'paused'
								? resume({ timeline, playback: pb, nowMs: now })
								: pause({ timeline, playback: pb, nowMs: now });
				}
				expect(stateAt({ timeline, playback: pb, nowMs: now }).positionMs).toBe(
					Math.min(expected, timeline.totalMs)
				);
			}),
			RUNS
		);
	});
});
