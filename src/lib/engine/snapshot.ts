import { describeValue, quoteText } from '../routine/quote';
import { MAX_ADDED_MS, pause } from './controls';
import { EXTENDABLE_KINDS } from './kinds';
import { durationOf, startOf, totalMs } from './locate';
import { reanchor } from './playback';
import type { CueKey, Extra, Playback, Status, Timeline } from './types';

/** Small JSON for checkpoints: where playback is, never the timeline itself. */
export interface Snapshot {
	v: 1;
	routineId: string;
	routineVersion: number;
	/** A playing session is saved as paused: time while the app was closed does not count. */
	status: Exclude<Status, 'playing'>;
	positionMs: number;
	segmentIndex: number;
	extras: Extra[];
	cursor: CueKey;
	epoch: number;
	done: number[];
	skipped: number[];
	activeMs: number;
	waitedMs: number;
}

/** A snapshot that does not fit the timeline it is restored into. */
export class SnapshotError extends Error {
	override name = 'SnapshotError';
}

/** Captures playback at `nowMs`; restoring it gives the same state as pausing there. */
export function snapshot(o: { timeline: Timeline; playback: Playback; nowMs: number }): Snapshot {
	const pb = reanchor(o.timeline, pause(o), o.nowMs);
	return {
		v: 1,
		routineId: pb.routineId,
		routineVersion: pb.routineVersion,
		status: pb.status === 'playing' ? 'paused' : pb.status,
		positionMs: pb.anchorPos,
		segmentIndex: pb.anchorSeg,
		extras: pb.extras.map((e) => ({ ...e })),
		cursor: { ...pb.cursor },
		epoch: pb.epoch,
		done: [...pb.done],
		skipped: [...pb.skipped],
		activeMs: pb.activeMs,
		waitedMs: pb.waitedMs
	};
}

/**
 * Rebuilds playback from a snapshot (e.g. read back from IndexedDB) at clock reading `nowMs`.
 * Throws SnapshotError naming the first problem when the value is not a snapshot of this timeline.
 */
export function restore(o: { timeline: Timeline; snapshot: unknown; nowMs: number }): Playback {
	const s = validate(o.timeline, o.snapshot);
	return {
		routineId: s.routineId,
		routineVersion: s.routineVersion,
		status: s.status,
		anchorPos: s.positionMs,
		anchorNow: o.nowMs,
		anchorSeg: s.segmentIndex,
		activeMs: s.activeMs,
		waitedMs: s.waitedMs,
		extras: s.extras.map((e) => ({ seg: e.seg, ms: e.ms })),
		cursor: { pos: s.cursor.pos, seg: s.cursor.seg },
		epoch: s.epoch,
		done: [...s.done],
		skipped: [...s.skipped]
	};
}

const STATUSES = ['ready', 'paused', 'waiting', 'finished', 'ended'];

/** Playing time one session may count: a day (a session record holds at most 86,400 s). */
export const MAX_ACTIVE_MS = 86_400_000;
/** Time spent waiting for Done: a week, far past any real session, yet finite. */
export const MAX_WAITED_MS = 7 * 86_400_000;

/**
 * Checks the value field by field, then the relations between fields: a snapshot that passes
 * restores to a playback every control and query handles. Only SnapshotError leaves here, with
 * one short line: values are described, never serialised (a 5,000-deep list must not overflow).
 */
function validate(timeline: Timeline, value: unknown): Snapshot {
	try {
		return check(timeline, value);
	} catch (error) {
		if (error instanceof SnapshotError) throw error;
		throw new SnapshotError('Not a playback snapshot for this routine: it could not be read');
	}
}

const fail = (why: string): never => {
	throw new SnapshotError(`Not a playback snapshot for this routine: ${why}`);
};
const isObject = (x: unknown): x is Record<string, unknown> =>
	typeof x === 'object' && x !== null && !Array.isArray(x);
const num = (x: unknown, what: string, min = 0, max = Number.MAX_SAFE_INTEGER) =>
	typeof x === 'number' && Number.isFinite(x) && x >= min && x <= max
		? x
		: fail(`${what}: expected a number from ${min} to ${max}, got ${describeValue(x)}`);
const int = (x: unknown, what: string, min: number, max: number) =>
	Number.isInteger(x) ? num(x, what, min, max) : num(NaN, what, min, max);

/** Whole step indexes, ascending without repeats, each a step of the routine. */
function stepList(x: unknown, what: string, steps: number): number[] {
	if (!Array.isArray(x)) return fail(`${what}: expected a list, got ${describeValue(x)}`);
	if (x.length > steps) fail(`${what}: more steps than the routine has`);
	let last = -1;
	for (const k of x as unknown[]) last = int(k, what, last + 1, steps - 1);
	return x as number[];
}

function check(timeline: Timeline, value: unknown): Snapshot {
	if (!isObject(value)) return fail(`expected an object, got ${describeValue(value)}`);
	const s = value;
	if (s.v !== 1) fail(`unknown snapshot version ${describeValue(s.v)}`);
	if (s.routineId !== timeline.routineId || s.routineVersion !== timeline.routineVersion) {
		const id =
			typeof s.routineId === 'string' ? quoteText(s.routineId) : describeValue(s.routineId);
		fail(
			`it belongs to ${id} version ${describeValue(s.routineVersion)}, not "${timeline.routineId}" version ${timeline.routineVersion}`
		);
	}
	if (typeof s.status !== 'string' || !STATUSES.includes(s.status))
		fail(`status: expected one of ${STATUSES.join(', ')}, got ${describeValue(s.status)}`);
	const status = s.status as Snapshot['status'];
	const n = timeline.segments.length;
	const pos = num(s.positionMs, 'positionMs');
	num(s.activeMs, 'activeMs', 0, MAX_ACTIVE_MS);
	num(s.waitedMs, 'waitedMs', 0, MAX_WAITED_MS);
	int(s.epoch, 'epoch', 0, Number.MAX_SAFE_INTEGER);
	const seg = int(s.segmentIndex, 'segmentIndex', 0, n);
	if (!isObject(s.cursor)) fail(`cursor: expected an object, got ${describeValue(s.cursor)}`);
	const cursor = s.cursor as Record<string, unknown>;
	const cursorPos = num(cursor.pos, 'cursor.pos');
	int(cursor.seg, 'cursor.seg', 0, n + 1);
	if (!Array.isArray(s.extras)) fail(`extras: expected a list, got ${describeValue(s.extras)}`);
	let lastSeg = -1;
	for (const e of s.extras as unknown[]) {
		if (!isObject(e)) fail(`extras: expected objects, got ${describeValue(e)}`);
		const extra = e as Record<string, unknown>;
		const at = int(extra.seg, 'extras.seg', lastSeg + 1, n - 1);
		num(extra.ms, 'extras.ms', 1, MAX_ADDED_MS);
		if (!EXTENDABLE_KINDS.has(timeline.segments[at]?.kind ?? 'untimed'))
			fail('extra time on a segment that is not a rest or a get-ready');
		lastSeg = at;
	}
	const done = stepList(s.done, 'done', timeline.steps.length);
	const skipped = stepList(s.skipped, 'skipped', timeline.steps.length);
	if (done.some((k) => skipped.includes(k))) fail('a step is both done and skipped');

	const extras = s.extras as Extra[];
	const start = startOf(timeline, extras, seg);
	const end = seg < n ? start + durationOf(timeline, extras, seg) : totalMs(timeline, extras);
	const untimed = seg < n && timeline.segments[seg]?.durationMs === 0;
	const inside = seg < n && !untimed ? pos >= start && pos < end : pos === start;
	if (!inside) fail(`position ${pos} is not in segment ${seg}`);
	if (seg === n && status !== 'finished' && status !== 'ended') fail('at the end but not finished');
	if (status === 'finished' && seg !== n) fail('finished before the end');
	if (status === 'waiting' && !untimed) fail('waiting for Done on a step that is not untimed');
	// Every control leaves the cursor at or before the position (controls.ts): one past it
	// would silence the cues in between.
	const over = status === 'finished' || status === 'ended';
	if (!over && cursorPos > pos) fail('the cue cursor is past the position');
	if (over && cursorPos > totalMs(timeline, extras) + MAX_ADDED_MS)
		fail('the cue cursor is past the end');
	return s as unknown as Snapshot;
}
