/**
 * Engine benchmark (Node, no browser): prints one JSON object per line, {name, value, unit}.
 * Seeded, so two runs play the same routine with the same jitter and pauses.
 */
import { cpuUsage, memoryUsage } from 'node:process';
import { performance } from 'node:perf_hooks';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { routineSeconds } from '../../src/lib/routine/duration';
import {
	advance,
	compile,
	createPlayback,
	cuesBetween,
	pause,
	resume,
	start,
	stateAt,
	type Playback,
	type Timeline
} from '../../src/lib/engine';
import { largestRoutine, makeRoutine } from '../../src/lib/engine/fixtures';
import { parseRoutineJson } from '../../src/lib/routine/parse';
import { prng } from './prng';

// A full collection before and after measuring what one compiled timeline keeps alive.
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

const print = (name: string, value: number, unit: string) =>
	console.log(JSON.stringify({ name, value: Number(value.toPrecision(6)), unit }));

const STEP_KINDS = [
	{ type: 'hold', name: 'Pelvic tilt', instructions: 'Tilt.', hold: 10, relax: 5, reps: 8 },
	{
		type: 'timed',
		name: 'Knee to chest',
		instructions: 'Hug.',
		duration: 30,
		perSide: true,
		breathing: { inhale: 4, exhale: 6 }
	},
	{ type: 'tempo', name: 'Bridge', instructions: 'Lift.', up: 2, down: 3, reps: 10 },
	{ type: 'rest', duration: 30 },
	{
		type: 'sets',
		name: 'Block',
		sets: 3,
		restBetween: 20,
		steps: [{ type: 'timed', name: 'Bird dog', instructions: 'Reach.', duration: 20 }]
	}
];

/** `count` steps cycling through every kind (no untimed steps: the drift run plays unattended). */
function stepsOf(count: number): unknown[] {
	return Array.from({ length: count }, (_, i) => STEP_KINDS[i % STEP_KINDS.length]);
}

/** A routine of exactly `seconds` timed seconds. */
function routineOf(seconds: number) {
	const steps: unknown[] = [];
	while (routineSeconds(makeRoutine([...steps, ...stepsOf(5)])) <= seconds - 60)
		steps.push(...stepsOf(5));
	const left = seconds - routineSeconds(makeRoutine(steps));
	steps.push({ type: 'rest', duration: left });
	return makeRoutine(steps);
}

function timeIt(runs: number, fn: () => void): number {
	const times: number[] = [];
	for (let i = 0; i < runs; i++) {
		const t0 = performance.now();
		fn();
		times.push(performance.now() - t0);
	}
	return times.sort((a, b) => a - b)[Math.floor(runs / 2)] ?? 0;
}

// 1. The largest routine the limits allow (issue 16): validate it, compile it, and the memory
// its timeline keeps. Target: compile < 50 ms on a phone-class core.
{
	const largest = largestRoutine();
	const json = JSON.stringify(largest);
	print('largest_routine_json_kb', json.length / 1024, 'KB');
	print(
		'parse_largest_routine_ms',
		timeIt(11, () => parseRoutineJson(json)),
		'ms'
	);
	// The first compile runs cold (no JIT yet), as it does when a phone opens a shared routine.
	const t0 = performance.now();
	let timeline: Timeline = compile(largest);
	print('compile_largest_routine_first_ms', performance.now() - t0, 'ms');
	print(
		'compile_largest_routine_ms',
		timeIt(21, () => (timeline = compile(largest))),
		'ms'
	);
	// CPU time, which a machine shared with other work does not inflate the way wall time is.
	const cpu = cpuUsage();
	for (let i = 0; i < 21; i++) timeline = compile(largest);
	const used = cpuUsage(cpu);
	print('compile_largest_routine_cpu_ms', (used.user + used.system) / 1000 / 21, 'ms');
	print('segments_largest_routine', timeline.segments.length, 'count');
	print(
		'cues_largest_routine',
		timeline.segments.reduce((n, s) => n + s.cues.length, 0),
		'count'
	);
	gc();
	const before = memoryUsage().heapUsed;
	const kept = compile(largest);
	gc();
	print('compile_largest_routine_heap_mb', (memoryUsage().heapUsed - before) / 2 ** 20, 'MB');
	if (kept.segments.length !== timeline.segments.length) throw new Error('unreachable');
}

// 2. A two-hour routine for the queries and the drift run.
const twoHours = routineOf(7200);
const timeline = compile(twoHours);
print('routine_seconds', routineSeconds(twoHours), 's');
const random = prng(20240601);
const playing = start({ timeline, playback: createPlayback(timeline), nowMs: 0 });

{
	const QUERIES = 200_000;
	const times = Array.from({ length: QUERIES }, () => random() * timeline.totalMs);
	let sink = 0;
	const t0 = performance.now();
	for (const t of times)
		sink += stateAt({ timeline, playback: playing, nowMs: t }).segmentRemainingMs;
	print('state_query_us', ((performance.now() - t0) * 1000) / QUERIES, 'us');
	if (Number.isNaN(sink)) throw new Error('unreachable');
}

{
	const QUERIES = 100_000;
	const from = Array.from({ length: QUERIES }, () => random() * (timeline.totalMs - 2000));
	let count = 0;
	const t0 = performance.now();
	for (const pos of from) {
		count += cuesBetween({
			timeline,
			playback: playing,
			from: { pos, seg: 0 },
			to: { pos: pos + 1000, seg: 0 }
		}).length;
	}
	print('cue_window_query_us', ((performance.now() - t0) * 1000) / QUERIES, 'us');
	print('cues_per_second_window', count / QUERIES, 'count');
}

// 3. Drift: 100,000 ticks with 0–250 ms jitter and random pauses, compared with the exact position.
{
	const TICKS = 100_000;
	// Jitter in 1/1024 ms steps: like performance.now() it is fractional, yet sums stay exact in doubles.
	const jitter = () => Math.floor(random() * 250 * 1024) / 1024;
	let now = 5_000.25;
	let pb: Playback = start({ timeline, playback: createPlayback(timeline), nowMs: now });
	let expected = 0;
	let maxDrift = 0;
	let cues = 0;
	let pauses = 0;
	let advanceMs = 0;
	for (let i = 0; i < TICKS; i++) {
		const dt = jitter();
		if (pb.status === 'playing') expected = Math.min(expected + dt, timeline.totalMs);
		now += dt;
		const t0 = performance.now();
		const result = advance({ timeline, playback: pb, nowMs: now, lookaheadMs: 100 });
		advanceMs += performance.now() - t0;
		pb = result.playback;
		cues += result.cues.length;
		const position = stateAt({ timeline, playback: pb, nowMs: now }).positionMs;
		maxDrift = Math.max(maxDrift, Math.abs(position - expected));
		if (random() < 1 / 400) {
			if (pb.status === 'playing') {
				pb = pause({ timeline, playback: pb, nowMs: now });
				pauses++;
			} else if (pb.status === 'paused') pb = resume({ timeline, playback: pb, nowMs: now });
		}
	}
	const final = stateAt({ timeline, playback: pb, nowMs: now }).positionMs;
	print('drift_ms', Math.abs(final - expected), 'ms');
	print('drift_max_ms', maxDrift, 'ms');
	print('advance_us', (advanceMs * 1000) / TICKS, 'us');
	print('drift_played_s', expected / 1000, 's');
	print('drift_clock_s', (now - 5_000.25) / 1000, 's');
	print('drift_pauses', pauses, 'count');
	print('drift_cues', cues, 'count');
}
