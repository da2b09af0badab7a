import { describe, expect, it } from 'vitest';
import { routineSeconds } from '../routine/duration';
import { makeRoutine } from './fixtures';
import { compile } from './timeline';

const kinds = (steps: unknown[], settings = {}) =>
	compile(makeRoutine(steps), settings).segments.map(
		(s) => `${s.kind}:${s.startMs}+${s.durationMs}`
	);

describe('compile', () => {
	it('puts a prepare segment first, sized by the setting', () => {
		const steps = [{ type: 'timed', name: 'Walk', instructions: 'Walk.', duration: 60 }];
		expect(kinds(steps)).toEqual(['prepare:0+5000', 'timed:5000+60000']);
		expect(kinds(steps, { prepareSeconds: 0 })).toEqual(['timed:0+60000']);
		expect(kinds(steps, { prepareSeconds: 10 })).toEqual(['prepare:0+10000', 'timed:10000+60000']);
	});

	it('expands holds into hold and relax for every rep', () => {
		const tl = compile(
			makeRoutine([
				{ type: 'hold', name: 'Tilt', instructions: 'Tilt.', hold: 10, relax: 5, reps: 2 }
			]),
			{ prepareSeconds: 0 }
		);
		expect(tl.segments.map((s) => [s.kind, s.startMs, s.durationMs, s.rep])).toEqual([
			['hold', 0, 10000, { n: 1, of: 2 }],
			['relax', 10000, 5000, { n: 1, of: 2 }],
			['hold', 15000, 10000, { n: 2, of: 2 }],
			['relax', 25000, 5000, { n: 2, of: 2 }]
		]);
	});

	it('expands tempo reps into up and down phases', () => {
		expect(
			kinds([{ type: 'tempo', name: 'Lift', instructions: 'Lift.', up: 2, down: 3, reps: 2 }], {
				prepareSeconds: 0
			})
		).toEqual(['up:0+2000', 'down:2000+3000', 'up:5000+2000', 'down:7000+3000']);
	});

	it('runs per-side steps left, switch, right', () => {
		const tl = compile(
			makeRoutine([
				{
					type: 'timed',
					name: 'Stretch',
					instructions: 'Stretch.',
					duration: 20,
					perSide: true,
					switchSeconds: 4
				}
			]),
			{ prepareSeconds: 0 }
		);
		expect(tl.segments.map((s) => [s.kind, s.side, s.durationMs])).toEqual([
			['timed', 'left', 20000],
			['switch-sides', undefined, 4000],
			['timed', 'right', 20000]
		]);
		expect(tl.items).toHaveLength(1);
	});

	it('defaults the switch to 5 s', () => {
		expect(
			kinds([{ type: 'timed', name: 'S', instructions: 'S.', duration: 3, perSide: true }], {
				prepareSeconds: 0
			})
		).toEqual(['timed:0+3000', 'switch-sides:3000+5000', 'timed:8000+3000']);
	});

	it('repeats sets with rest between sets but not after the last', () => {
		const tl = compile(
			makeRoutine([
				{
					type: 'sets',
					name: 'Block',
					sets: 3,
					restBetween: 30,
					steps: [
						{ type: 'timed', name: 'A', instructions: 'A.', duration: 10 },
						{ type: 'rest', duration: 5 }
					]
				}
			]),
			{ prepareSeconds: 0 }
		);
		expect(tl.segments.map((s) => `${s.kind}:${s.set?.n}`)).toEqual([
			'timed:1',
			'rest:1',
			'set-rest:1',
			'timed:2',
			'rest:2',
			'set-rest:2',
			'timed:3',
			'rest:3'
		]);
		expect(tl.items.map((i) => i.kind)).toEqual([
			'exercise',
			'rest',
			'set-rest',
			'exercise',
			'rest',
			'set-rest',
			'exercise',
			'rest'
		]);
		expect(tl.steps[0]).toMatchObject({ firstSegment: 0, endSegment: 8, firstItem: 0, endItem: 8 });
	});

	it('gives sets without restBetween no rest segments', () => {
		expect(
			kinds(
				[
					{
						type: 'sets',
						name: 'B',
						sets: 2,
						steps: [{ type: 'timed', name: 'A', instructions: 'A.', duration: 1 }]
					}
				],
				{ prepareSeconds: 0 }
			)
		).toEqual(['timed:0+1000', 'timed:1000+1000']);
	});

	it('makes untimed steps zero-length segments and names rests "Rest"', () => {
		const tl = compile(
			makeRoutine([
				{ type: 'untimed', name: 'Lie down', instructions: 'Lie down.' },
				{ type: 'rest', duration: 20 }
			])
		);
		// A rest after a tap needs no 3-2-1, and the routine did not start on the clock.
		expect(tl.segments.map((s) => [s.kind, s.startMs, s.durationMs, s.name])).toEqual([
			['untimed', 0, 0, 'Lie down'],
			['rest', 0, 20000, 'Rest']
		]);
		expect(tl.nextUntimed).toEqual([0, -1, -1]);
	});

	it('counts in 3-2-1 after a tap and after a get-ready, never with the opening 5 s as well', () => {
		const tl = compile(
			makeRoutine([
				{ type: 'untimed', name: 'Wrap the pack', instructions: 'Wrap it.' },
				{ type: 'get-ready', name: 'Get into position', instructions: 'Lie down.' },
				{ type: 'hold', name: 'Tilt', instructions: 'T.', hold: 5, relax: 3, reps: 1 },
				{ type: 'untimed', name: 'Roll over', instructions: 'R.' },
				{ type: 'timed', name: 'Walk', instructions: 'W.', duration: 10 },
				{ type: 'get-ready', name: 'Stand', instructions: 'S.', seconds: 20 },
				{ type: 'rest', duration: 10 }
			])
		);
		expect(tl.segments.map((s) => [s.kind, s.stepIndex, s.startMs, s.durationMs])).toEqual([
			['untimed', 0, 0, 0],
			['get-ready', 1, 0, 15000],
			['prepare', 2, 15000, 3000],
			['hold', 2, 18000, 5000],
			['relax', 2, 23000, 3000],
			['untimed', 3, 26000, 0],
			['prepare', 4, 26000, 3000],
			['timed', 4, 29000, 10000],
			['get-ready', 5, 39000, 20000],
			['rest', 6, 59000, 10000]
		]);
		// The 3-2-1 opens its step's item: "I'm ready" and Skip land on it, "next" names the step.
		expect(tl.items.map((i) => [i.kind, i.name, tl.segments[i.firstSegment]?.kind])).toEqual([
			['untimed', 'Wrap the pack', 'untimed'],
			['get-ready', 'Get into position', 'get-ready'],
			['exercise', 'Tilt', 'prepare'],
			['untimed', 'Roll over', 'untimed'],
			['exercise', 'Walk', 'prepare'],
			['get-ready', 'Stand', 'get-ready'],
			['rest', 'Rest', 'rest']
		]);
		expect(tl.segments[2]).toMatchObject({ name: 'Tilt', instructions: 'T.' });
		// Spoken and beeped 3, 2, 1 from its first instant; no "Get ready" (the get-ready said it).
		expect(tl.segments[2]?.cues).toEqual([
			{ type: 'countdown', offsetMs: 0, text: '3', n: 3 },
			{ type: 'countdown', offsetMs: 1000, text: '2', n: 2 },
			{ type: 'countdown', offsetMs: 2000, text: '1', n: 1 }
		]);
		// Getting ready is not the routine's own time: 3 + 15 + 3 + 20 s.
		expect(tl.prepareMs).toBe(41000);
		// A routine with nothing timed has nothing to count into.
		const untimedOnly = compile(makeRoutine([{ type: 'untimed', name: 'U', instructions: 'U.' }]));
		expect(untimedOnly.segments.map((s) => s.kind)).toEqual(['untimed']);
		expect(untimedOnly.prepareMs).toBe(0);
	});

	it("says the get-ready's cue as it starts, with no countdown beeps of its own", () => {
		const tl = compile(
			makeRoutine([
				{ type: 'get-ready', name: 'Get into position', instructions: 'L.', cue: 'Lie down.' },
				{ type: 'timed', name: 'Walk', instructions: 'W.', duration: 10 }
			]),
			{ countdownSeconds: 5 }
		);
		expect(tl.segments[0]?.cues).toEqual([{ type: 'announce', offsetMs: 0, text: 'Lie down.' }]);
		expect(tl.segments.map((s) => s.kind)).toEqual(['get-ready', 'prepare', 'timed']);
	});

	it('keeps the opening "Get ready" with its own 3-2-1 when the routine starts on the clock', () => {
		const tl = compile(
			makeRoutine([{ type: 'timed', name: 'Walk', instructions: 'W.', duration: 10 }]),
			{ prepareSeconds: 5, countdownSeconds: 0 }
		);
		expect(tl.segments[0]?.cues).toEqual([
			{ type: 'announce', offsetMs: 0, text: 'Get ready: Walk' },
			{ type: 'countdown', offsetMs: 2000, text: '3', n: 3 },
			{ type: 'countdown', offsetMs: 3000, text: '2', n: 2 },
			{ type: 'countdown', offsetMs: 4000, text: '1', n: 1 }
		]);
	});

	it('keeps the duration invariant: segments other than getting ready sum to routineSeconds × 1000', () => {
		const routine = makeRoutine([
			{ type: 'get-ready', name: 'G', instructions: 'G.', seconds: 9 },
			{ type: 'untimed', name: 'U', instructions: 'U.' },
			{ type: 'hold', name: 'H', instructions: 'H.', hold: 7, relax: 3, reps: 3, perSide: true },
			{
				type: 'sets',
				name: 'B',
				sets: 2,
				restBetween: 9,
				steps: [{ type: 'tempo', name: 'T', instructions: 'T.', up: 1, down: 2, reps: 2 }]
			}
		]);
		const tl = compile(routine, { prepareSeconds: 7 });
		const sum = tl.segments
			.filter((s) => s.kind !== 'prepare' && s.kind !== 'get-ready')
			.reduce((t, s) => t + s.durationMs, 0);
		expect(sum).toBe(routineSeconds(routine) * 1000);
		expect(tl.routineMs).toBe(sum);
		// The get-ready's 9 s and the 3-2-1 after the tap; no opening 7 s "Get ready".
		expect(tl.totalMs).toBe(9000 + 3000 + sum);
	});

	it('carries step text, cue default and stop-if onto segments', () => {
		const tl = compile(
			makeRoutine([
				{
					type: 'timed',
					name: 'Knee hug',
					instructions: 'Hug.',
					duration: 5,
					stopIf: 'Stop if sharp.'
				},
				{ type: 'timed', name: 'Twist', instructions: 'Twist.', duration: 5, cue: 'Gently twist' }
			]),
			{ prepareSeconds: 0 }
		);
		expect(tl.segments[0]).toMatchObject({
			name: 'Knee hug',
			cue: 'Knee hug',
			stopIf: 'Stop if sharp.',
			instructions: 'Hug.'
		});
		expect(tl.segments[1]?.cue).toBe('Gently twist');
		expect(tl.items.map((i) => i.description)).toEqual(['5 s', '5 s']);
	});
});
