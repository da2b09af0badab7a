import { describe, expect, it } from 'vitest';
import { addTime, done, jumpTo, next, pause, previous, resume, start } from './controls';
import { advance, cuesBetween } from './cues';
import { makeRoutine } from './fixtures';
import { afterAll, createPlayback } from './playback';
import type { EngineSettings } from './settings';
import { compile } from './timeline';
import type { Cue, Playback, Timeline } from './types';

const tl = (steps: unknown[], settings: Partial<EngineSettings> = {}) =>
	compile(makeRoutine(steps), settings);

/** Every cue of a timeline from a fresh playback, as "position type n text". */
function all(timeline: Timeline): string[] {
	const playback = createPlayback(timeline);
	return cuesBetween({
		timeline,
		playback,
		from: { pos: 0, seg: 0 },
		to: afterAll(timeline, Infinity)
	}).map((c) => [c.positionMs, c.type, c.n, c.text].filter((x) => x !== undefined).join(' '));
}

/** Plays with ticks of `tick` ms, pressing Done when waiting; returns every cue emitted. */
function run(timeline: Timeline, options: { tick: number; lookaheadMs: number }): Cue[] {
	let playback = start({ timeline, playback: createPlayback(timeline), nowMs: 0 });
	const cues: Cue[] = [];
	for (let now = 0; playback.status !== 'finished'; now += options.tick) {
		const result = advance({ timeline, playback, nowMs: now, lookaheadMs: options.lookaheadMs });
		cues.push(...result.cues);
		playback =
			result.playback.status === 'waiting'
				? done({ timeline, playback: result.playback, nowMs: now })
				: result.playback;
	}
	cues.push(...advance({ timeline, playback, nowMs: 1e9 }).cues);
	return cues;
}

const walk = { type: 'timed', name: 'Walk', instructions: 'Walk.', duration: 8 };

describe('the cue schedule', () => {
	it('announces the first step during prepare, counts down and starts it with a beep', () => {
		expect(all(tl([walk]))).toEqual([
			'0 announce Get ready: Walk',
			'2000 countdown 3 3',
			'3000 countdown 2 2',
			'4000 countdown 1 1',
			'5000 announce Walk',
			'5000 go 1',
			'10000 countdown 3',
			'11000 countdown 2',
			'12000 countdown 1',
			'13000 finish Finished. Well done.'
		]);
	});

	it('calls holds, reps and relax; halfway only on holds of 20 s or more', () => {
		const hold = (seconds: number) => ({
			type: 'hold',
			name: 'Tilt',
			instructions: 'Tilt.',
			cue: 'Press down',
			hold: seconds,
			relax: 2,
			reps: 2
		});
		expect(all(tl([hold(20)], { prepareSeconds: 0, countdownSeconds: 0 }))).toEqual([
			'0 announce Press down',
			'0 go 1',
			'10000 halfway Halfway',
			'20000 relax 1 Relax',
			'22000 go 2',
			'22000 rep 2 Hold. 2 of 2',
			'32000 halfway Halfway',
			'42000 relax 2 Relax',
			'44000 finish Finished. Well done.'
		]);
		expect(all(tl([hold(19)], { prepareSeconds: 0 })).filter((c) => c.includes('halfway'))).toEqual(
			[]
		);
	});

	it('counts tempo reps aloud, or only ticks when spoken counts are off', () => {
		const tempo = { type: 'tempo', name: 'Lift', instructions: 'Lift.', up: 2, down: 2, reps: 2 };
		expect(all(tl([tempo], { prepareSeconds: 0 }))).toEqual([
			'0 announce Lift',
			'0 go 1',
			'0 rep 1 1',
			'2000 down 1 Down',
			'4000 rep 2 2',
			'6000 down 2 Down',
			'8000 finish Finished. Well done.'
		]);
		expect(all(tl([tempo], { prepareSeconds: 0, spokenCounts: false })).slice(2, 6)).toEqual([
			'0 rep 1',
			'2000 down 1',
			'4000 rep 2',
			'6000 down 2'
		]);
	});

	it('sizes the countdown by the setting and never beeps on a segment start', () => {
		const short = { type: 'timed', name: 'S', instructions: 'S.', duration: 2 };
		expect(all(tl([short], { prepareSeconds: 0 }))).toContain('1000 countdown 1');
		expect(
			all(tl([short], { prepareSeconds: 0 })).filter((c) => c.includes('countdown'))
		).toHaveLength(1);
		expect(
			all(tl([walk], { prepareSeconds: 0, countdownSeconds: 5 })).filter((c) =>
				c.includes('countdown')
			)
		).toHaveLength(5);
		// The opening "Get ready" still counts in, aloud: that count is not the beeps setting.
		expect(all(tl([walk], { countdownSeconds: 0 })).filter((c) => c.includes('countdown'))).toEqual(
			['2000 countdown 3 3', '3000 countdown 2 2', '4000 countdown 1 1']
		);
	});

	it('announces rests and what comes next, again 10 s before the end of long rests', () => {
		const steps = [{ type: 'rest', duration: 30 }, walk];
		expect(all(tl(steps, { prepareSeconds: 0, countdownSeconds: 0 })).slice(0, 3)).toEqual([
			'0 rest Rest',
			'0 next-up 1 Next up: Walk',
			'20000 next-up 2 Next up: Walk'
		]);
		expect(
			all(tl(steps, { prepareSeconds: 0, announceNext: false })).filter((c) =>
				c.includes('next-up')
			)
		).toEqual([]);
	});

	it('speaks sides and switches for per-side steps', () => {
		const side = {
			type: 'timed',
			name: 'Stretch',
			instructions: 'S.',
			duration: 3,
			perSide: true,
			switchSeconds: 2
		};
		expect(all(tl([side], { prepareSeconds: 0, countdownSeconds: 0 }))).toEqual([
			'0 announce Left side. Stretch',
			'0 go 1',
			'3000 switch-sides Switch sides',
			'5000 announce Right side',
			'5000 go 1',
			'8000 finish Finished. Well done.'
		]);
	});

	it('names the set at the start of each set and the rest between sets', () => {
		const sets = {
			type: 'sets',
			name: 'Block',
			sets: 2,
			restBetween: 5,
			steps: [walk, { ...walk, name: 'Jog' }]
		};
		const texts = all(tl([sets], { prepareSeconds: 0, countdownSeconds: 0 }));
		expect(texts).toContain('0 announce Set 1 of 2. Walk');
		expect(texts).toContain('8000 announce Jog');
		expect(texts).toContain('16000 rest Rest. Set 2 of 2 next.');
		expect(texts).toContain('21000 announce Set 2 of 2. Walk');
	});

	it('says untimed steps need Done, unless the routine cue says so itself', () => {
		expect(
			all(tl([{ type: 'untimed', name: 'Lie down', instructions: 'L.' }], { prepareSeconds: 0 }))[0]
		).toBe('0 announce Lie down. Tap Done when ready.');
		expect(
			all(
				tl([{ type: 'untimed', name: 'Lie down', instructions: 'L.', cue: 'Lie on your back.' }], {
					prepareSeconds: 0
				})
			)[0]
		).toBe('0 announce Lie on your back.');
	});

	it('paces breathing cues at least 2 s apart and clear of the countdown', () => {
		const breathe = {
			type: 'timed',
			name: 'Breathe',
			instructions: 'B.',
			duration: 20,
			breathing: { inhale: 4, exhale: 6 }
		};
		expect(
			all(tl([breathe], { prepareSeconds: 0 })).filter((c) => /inhale|exhale/.test(c))
		).toEqual([
			'0 inhale 0 Breathe in',
			'4000 exhale 0 Breathe out',
			'10000 inhale 1 Breathe in',
			'14000 exhale 1 Breathe out'
		]);
		const fast = { ...breathe, breathing: { inhale: 1, exhale: 1 } };
		const times = all(tl([fast], { prepareSeconds: 0 }))
			.filter((c) => /inhale|exhale/.test(c))
			.map((c) => Number(c.split(' ')[0]));
		expect(times.length).toBeGreaterThan(3);
		times.slice(1).forEach((t, i) => expect(t - (times[i] ?? 0)).toBeGreaterThanOrEqual(2000));
		expect(Math.max(...times)).toBeLessThanOrEqual(20_000 - 3000 - 1000);
	});
});

describe('advance', () => {
	const timeline = tl([
		{ type: 'hold', name: 'Tilt', instructions: 'T.', hold: 10, relax: 5, reps: 3 },
		{ type: 'rest', duration: 20 },
		{ type: 'untimed', name: 'Roll over', instructions: 'R.' },
		walk
	]);
	const go = () => start({ timeline, playback: createPlayback(timeline), nowMs: 1000 });
	const ids = (cues: Cue[]) => cues.map((c) => c.id);

	it('plays every cue exactly once, in order, whatever the tick and look-ahead', () => {
		const reference = ids(run(timeline, { tick: 1000, lookaheadMs: 0 }));
		expect(reference).toEqual(
			cuesBetween({
				timeline,
				playback: createPlayback(timeline),
				from: { pos: 0, seg: 0 },
				to: afterAll(timeline, Infinity)
			}).map((c) => c.id)
		);
		for (const [tick, lookaheadMs] of [
			[25, 100],
			[333, 0],
			[1400, 1200],
			[16, 5000]
		] as const) {
			expect(ids(run(timeline, { tick, lookaheadMs }))).toEqual(reference);
		}
	});

	it('returns look-ahead cues with their due clock time', () => {
		const first = advance({ timeline, playback: go(), nowMs: 1000, lookaheadMs: 200 });
		expect(first.cues.map((c) => [c.type, c.atMs])).toEqual([['announce', 1000]]);
		const { cues } = advance({ timeline, playback: first.playback, nowMs: 3900, lookaheadMs: 200 });
		expect(cues.map((c) => [c.type, c.n, c.atMs])).toEqual([
			['countdown', 3, 3000],
			['countdown', 2, 4000]
		]);
	});

	it('drops stale cues after a gap and announces the current state instead', () => {
		const first = advance({ timeline, playback: go(), nowMs: 1000 });
		const now = 1000 + 33_600;
		const { cues, playback } = advance({ timeline, playback: first.playback, nowMs: now });
		expect(cues[0]).toMatchObject({
			type: 'announce',
			atMs: now,
			text: 'Tilt, rep 2 of 3. Relax. 2 seconds left'
		});
		expect(cues.slice(1).map((c) => [c.type, c.n, c.atMs])).toEqual([['countdown', 2, now - 600]]);
		expect(advance({ timeline, playback, nowMs: now + 100 }).cues).toEqual([]);
	});

	it('keeps cues due less than 1.5 s ago', () => {
		const first = advance({ timeline, playback: go(), nowMs: 1000 });
		const { cues } = advance({ timeline, playback: first.playback, nowMs: 1000 + 4400 });
		// countdown 3 was due 2.4 s ago: dropped, and the state is announced instead.
		expect(cues.map((c) => `${c.type}${c.n ?? ''}`)).toEqual([
			'announce',
			'countdown2',
			'countdown1'
		]);
	});

	it('re-emits on resume only what was cancelled at pause, under the same ids', () => {
		const first = advance({ timeline, playback: go(), nowMs: 1000 });
		const a = advance({ timeline, playback: first.playback, nowMs: 3500, lookaheadMs: 1000 });
		expect(first.cues.map((c) => c.id)).toEqual(['0:0:announce:0']);
		expect(a.cues.map((c) => c.id)).toEqual(['0:0:countdown:3', '0:0:countdown:2']);
		const paused = pause({ timeline, playback: a.playback, nowMs: 3600 });
		expect(advance({ timeline, playback: paused, nowMs: 9000 }).cues).toEqual([]);
		const resumed = resume({ timeline, playback: paused, nowMs: 10_000 });
		const b = advance({ timeline, playback: resumed, nowMs: 10_000, lookaheadMs: 1000 });
		// countdown 2 (position 3000) was ahead of the pause point (2600): the player cancelled it.
		expect(b.cues.map((c) => [c.id, c.atMs])).toEqual([['0:0:countdown:2', 10_400]]);
	});

	it('fires the cue at the landing point once after a skip or back, with a new id', () => {
		const a = advance({ timeline, playback: go(), nowMs: 8000 });
		const skipped = next({ timeline, playback: a.playback, nowMs: 8000 });
		const b = advance({ timeline, playback: skipped, nowMs: 8000 });
		expect(b.cues.map((c) => [c.id, c.text])).toEqual([
			['1:7:rest:0', 'Rest'],
			['1:7:next-up:1', 'Next up: Roll over']
		]);
		expect(advance({ timeline, playback: b.playback, nowMs: 8100 }).cues).toEqual([]);
		const back = previous({ timeline, playback: b.playback, nowMs: 8200 });
		expect(advance({ timeline, playback: back, nowMs: 8200 }).cues.map((c) => c.id)).toEqual([
			'2:1:announce:0',
			'2:1:go:1'
		]);
	});

	it('does not look past an untimed step before Done', () => {
		const atRest = next({ timeline, playback: go(), nowMs: 1000 });
		const a = advance({
			timeline,
			playback: atRest,
			nowMs: 1000 + 45_000 + 20_000,
			lookaheadMs: 60_000
		});
		expect(a.playback.status).toBe('waiting');
		expect(a.cues.at(-1)).toMatchObject({
			type: 'announce',
			text: 'Roll over. Tap Done when ready.'
		});
		const resumed = done({ timeline, playback: a.playback, nowMs: 90_000 });
		// After the tap, a spoken and beeped 3-2-1, then the step.
		const b = advance({ timeline, playback: resumed, nowMs: 90_000, lookaheadMs: 3000 });
		expect(b.cues.map((c) => [c.type, c.text, c.atMs])).toEqual([
			['countdown', '3', 90_000],
			['countdown', '2', 91_000],
			['countdown', '1', 92_000],
			['announce', 'Walk', 93_000],
			['go', undefined, 93_000]
		]);
	});

	it('emits finish once when the end is reached', () => {
		const waiting = jumpTo({ timeline, playback: go(), nowMs: 1000, stepIndex: 2 });
		const atWalk = done({ timeline, playback: waiting, nowMs: 1000 });
		const a = advance({ timeline, playback: atWalk, nowMs: 1000 });
		expect(a.cues.map((c) => c.type)).toEqual(['announce', 'countdown']);
		const b = advance({ timeline, playback: a.playback, nowMs: 1000 + 10_500 });
		const c = advance({ timeline, playback: b.playback, nowMs: 1000 + 11_000 });
		expect(c.playback.status).toBe('finished');
		expect(c.cues.map((cue) => cue.type)).toEqual(['finish']);
		expect(advance({ timeline, playback: c.playback, nowMs: 1e7 }).cues).toEqual([]);
	});

	it('moves the countdown to the new end when time is added to a rest', () => {
		const atRest = jumpTo({ timeline, playback: go(), nowMs: 0, stepIndex: 1 });
		const first = advance({ timeline, playback: atRest, nowMs: 0 });
		const a = advance({ timeline, playback: first.playback, nowMs: 17_500, lookaheadMs: 1000 });
		expect(a.cues.map((c) => `${c.type}${c.n ?? ''}`)).toEqual(['countdown3', 'countdown2']);
		const longer = addTime({ timeline, playback: a.playback, nowMs: 17_600 });
		const b = advance({ timeline, playback: longer, nowMs: 17_600, lookaheadMs: 20_000 });
		expect(b.cues.map((c) => [c.type, c.n, c.atMs])).toEqual([
			['next-up', 2, 25_000],
			['countdown', 3, 32_000],
			['countdown', 2, 33_000],
			['countdown', 1, 34_000],
			['announce', undefined, 35_000]
		]);
		expect(b.cues[1]?.id).toBe('2:7:countdown:3');
	});

	it('emits nothing before start, while paused or after end', () => {
		const ready: Playback = createPlayback(timeline);
		expect(advance({ timeline, playback: ready, nowMs: 5000 }).cues).toEqual([]);
	});
});
