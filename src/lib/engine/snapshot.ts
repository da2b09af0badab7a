import { pause } from './controls';
import { REST_KINDS } from './kinds';
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

function validate(timeline: Timeline, value: unknown): Snapshot {
	const fail = (why: string): never => {
		throw new SnapshotError(`Not a playback snapshot for this routine: ${why}`);
	};
	if (typeof value !== 'object' || value === null || Array.isArray(value))
		fail('expected an object');
	const s = value as Record<string, unknown>;
	if (s.v !== 1) fail(`unknown snapshot version ${JSON.stringify(s.v)}`);
	if (s.routineId !== timeline.routineId || s.routineVersion !== timeline.routineVersion) {
		fail(
			`it belongs to ${String(s.routineId)} v${String(s.routineVersion)}, not ${timeline.routineId} v${timeline.routineVersion}`
		);
	}
	if (typeof s.status !== 'string' || !STATUSES.includes(s.status))
		fail(`bad status ${JSON.stringify(s.status)}`);
	const n = timeline.segments.length;
	const num = (x: unknown, what: string, min = 0, max = Infinity) =>
		typeof x === 'number' && Number.isFinite(x) && x >= min && x <= max ? x : fail(`bad ${what}`);
	const int = (x: unknown, what: string, min: number, max: number) =>
		Number.isInteger(x) ? num(x, what, min, max) : fail(`bad ${what}`);
	num(s.positionMs, 'positionMs');
	num(s.activeMs, 'activeMs');
	num(s.waitedMs, 'waitedMs');
	int(s.epoch, 'epoch', 0, Number.MAX_SAFE_INTEGER);
	const seg = int(s.segmentIndex, 'segmentIndex', 0, n);
	const cursor = s.cursor as Record<string, unknown> | null;
	if (typeof cursor !== 'object' || cursor === null) fail('bad cursor');
	num(cursor?.pos, 'cursor.pos');
	int(cursor?.seg, 'cursor.seg', 0, n + 1);
	if (!Array.isArray(s.extras)) fail('bad extras');
	let lastSeg = -1;
	for (const e of s.extras as unknown[]) {
		const extra = (e ?? {}) as Record<string, unknown>;
		const at = int(extra.seg, 'extras.seg', lastSeg + 1, n - 1);
		num(extra.ms, 'extras.ms', 1);
		if (!REST_KINDS.has(timeline.segments[at]?.kind ?? 'untimed'))
			fail('extra time on a segment that is not a rest');
		lastSeg = at;
	}
	for (const key of ['done', 'skipped'] as const) {
		const list = s[key];
		if (!Array.isArray(list)) fail(`bad ${key}`);
		for (const k of list as unknown[]) int(k, key, 0, timeline.steps.length - 1);
	}
	const extras = s.extras as Extra[];
	const start = startOf(timeline, extras, seg);
	const pos = s.positionMs as number;
	const end = seg < n ? start + durationOf(timeline, extras, seg) : totalMs(timeline, extras);
	const inside =
		seg < n && timeline.segments[seg]?.durationMs !== 0 ? pos >= start && pos < end : pos === start;
	if (!inside) fail(`position ${pos} is not in segment ${seg}`);
	if (seg === n && s.status !== 'finished' && s.status !== 'ended')
		fail('at the end but not finished');
	return s as unknown as Snapshot;
}
