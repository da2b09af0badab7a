import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseRoutineJson } from '../routine/parse';
import type { Routine } from '../routine/schema';
import { speechMs } from '../text/speech-time';
import { done, pause, resume, start } from './controls';
import { advance } from './cues';
import { allCues, makeRoutine } from './fixtures';
import { createPlayback } from './playback';
import type { EngineSettings } from './settings';
import { compile } from './timeline';
import type { Cue, Timeline } from './types';

const SAY = 'Check your skin: if it is very red, white, blotchy or numb, take the pack off.';
const pack = (o: Record<string, unknown> = {}) => ({
	type: 'timed',
	name: 'Cold pack',
	instructions: 'Keep the pack on.',
	duration: 720,
	remind: { every: 180, say: SAY },
	...o
});
const tl = (steps: unknown[], settings: Partial<EngineSettings> = {}) =>
	compile(makeRoutine(steps), { prepareSeconds: 0, ...settings });

const all = allCues;

const reminders = (timeline: Timeline) => all(timeline).filter((c) => c.type === 'remind');
/** Where each reminder falls, in seconds from the start of its own segment. */
const secondsIn = (timeline: Timeline) =>
	reminders(timeline).map(
		(c) => (c.positionMs - (timeline.segments[c.segmentIndex]?.startMs ?? 0)) / 1000
	);

function builtIn(id: string): Routine {
	const text = readFileSync(new URL(`../../../routines/${id}.json`, import.meta.url), 'utf8');
	const result = parseRoutineJson(text);
	if (!result.ok) throw new Error(result.errors.join('; '));
	return result.routine;
}

describe('a timed step’s reminder', () => {
	it('is said at each whole `every` from the step’s start: three in a 12-minute step', () => {
		const said = reminders(tl([pack()]));
		expect(said.map((c) => [c.positionMs, c.n, c.text])).toEqual([
			[180_000, 1, SAY],
			[360_000, 2, SAY],
			[540_000, 3, SAY]
		]);
		// Each is its own occurrence: the player never takes one for another already played.
		expect(new Set(said.map((c) => c.id)).size).toBe(3);
	});

	it('counts from the step, not from the routine: after a get-ready and its 3-2-1', () => {
		const timeline = tl([
			{ type: 'get-ready', name: 'Lie down', instructions: 'Lie down.', seconds: 30 },
			pack()
		]);
		const step = timeline.segments.find((s) => s.kind === 'timed');
		expect(step?.startMs).toBe(33_000);
		expect(secondsIn(timeline)).toEqual([180, 360, 540]);
		expect(reminders(timeline).every((c) => c.segmentIndex === step?.index)).toBe(true);
	});

	it('is never said into the countdown beeps at the step’s end', () => {
		// Due at 180 s of 185: it would still be talking when the 3-2-1 starts at 182 s.
		const timeline = tl([pack({ duration: 185, remind: { every: 60, say: SAY } })]);
		expect(secondsIn(timeline)).toEqual([60, 120]);
		const cues = all(timeline);
		const firstBeep = cues.find((c) => c.type === 'countdown')?.positionMs ?? 0;
		expect(firstBeep).toBe(182_000);
		for (const c of reminders(timeline)) {
			expect(c.positionMs + speechMs(SAY)).toBeLessThan(firstBeep);
		}
		// None is due at the very end, and a longer countdown leaves room for fewer.
		expect(secondsIn(tl([pack({ duration: 540 })]))).toEqual([180, 360]);
		expect(
			secondsIn(
				tl([pack({ duration: 130, remind: { every: 60, say: SAY } })], {
					countdownSeconds: 10
				})
			)
		).toEqual([60]);
	});

	it('is not said when the step is no longer than `every`', () => {
		expect(reminders(tl([pack({ duration: 180 })]))).toEqual([]);
	});

	it('replaces the halfway call, which only steps without reminders keep', () => {
		const types = (timeline: Timeline) => all(timeline).map((c) => c.type);
		expect(types(tl([pack()]))).not.toContain('halfway');
		const { remind: _remind, ...plain } = pack();
		const halfway = all(tl([plain])).filter((c) => c.type === 'halfway');
		expect(halfway.map((c) => c.positionMs)).toEqual([360_000]);
		// A reminder that never fits leaves the halfway call where it was.
		const rare = pack({ duration: 100, remind: { every: 99, say: SAY } });
		expect(types(tl([rare]))).toContain('halfway');
		expect(types(tl([rare]))).not.toContain('remind');
	});

	it('is said in Short and in Full guidance alike, at the same times into the step', () => {
		const steps = [
			{ type: 'get-ready', name: 'Lie down', instructions: 'Lie down.', seconds: 20 },
			pack()
		];
		const short = tl(steps, { guidance: 'short' });
		const full = tl(steps, { guidance: 'full' });
		expect(secondsIn(short)).toEqual([180, 360, 540]);
		expect(secondsIn(full)).toEqual(secondsIn(short));
		expect(reminders(full).map((c) => c.text)).toEqual([SAY, SAY, SAY]);
		// Even with spoken counts and "next up" off: it is not a count or an extra.
		const quiet = tl(steps, { spokenCounts: false, announceNext: false });
		expect(secondsIn(quiet)).toEqual([180, 360, 540]);
	});

	it('lets the breathing cues pause while it is said', () => {
		const timeline = tl([pack({ breathing: { inhale: 4, exhale: 6 }, duration: 900 })]);
		const cues = all(timeline);
		const said = cues.filter((c) => c.type === 'remind').map((c) => c.positionMs);
		expect(said).toEqual([180_000, 360_000, 540_000, 720_000]);
		const breaths = cues.filter((c) => c.type === 'inhale' || c.type === 'exhale');
		for (const at of said) {
			const talking = breaths.filter(
				(b) => b.positionMs > at - 1500 && b.positionMs < at + speechMs(SAY) + 500
			);
			expect(talking, `breaths while the reminder at ${at} ms is said`).toEqual([]);
		}
		// The rhythm goes on after it, and between reminders it is as before.
		expect(breaths.some((b) => b.positionMs > 180_000 && b.positionMs < 200_000)).toBe(true);
		expect(breaths.filter((b) => b.positionMs < 170_000)).toHaveLength(34);
	});

	it('counts each side of a per-side step from that side’s start', () => {
		const timeline = tl([pack({ duration: 400, perSide: true, switchSeconds: 10 })]);
		const said = reminders(timeline);
		expect(said.map((c) => c.positionMs)).toEqual([180_000, 360_000, 590_000, 770_000]);
		expect(new Set(said.map((c) => c.id)).size).toBe(4);
	});

	it('belongs to the step’s timed segments only, not to the 3-2-1 before it', () => {
		const timeline = tl([
			{ type: 'untimed', name: 'Wrap the pack', instructions: 'Wrap it.' },
			pack()
		]);
		expect(timeline.segments.map((s) => [s.kind, s.remind?.every])).toEqual([
			['untimed', undefined],
			['prepare', undefined],
			['timed', 180]
		]);
	});

	it('does not count paused time: elapsed time is derived, so a pause moves each one later', () => {
		const timeline = tl([pack()]);
		const heard: Cue[] = [];
		let playback = start({ timeline, playback: createPlayback(timeline), nowMs: 0 });
		const tickTo = (from: number, to: number) => {
			for (let now = from; now <= to; now += 1000) {
				const result = advance({ timeline, playback, nowMs: now, lookaheadMs: 300 });
				heard.push(...result.cues);
				playback = result.playback;
			}
		};
		tickTo(0, 100_000);
		playback = pause({ timeline, playback, nowMs: 100_000 });
		// Ten minutes on a pause (the phone answered, the pack checked): nothing is due.
		tickTo(100_000, 700_000);
		expect(heard.filter((c) => c.type === 'remind')).toEqual([]);
		playback = resume({ timeline, playback, nowMs: 700_000 });
		tickTo(700_000, 1_400_000);
		const said = heard.filter((c) => c.type === 'remind');
		expect(said.map((c) => [c.positionMs, c.atMs])).toEqual([
			[180_000, 780_000],
			[360_000, 960_000],
			[540_000, 1_140_000]
		]);
	});
});

describe('a reminder missed while the page slept (a locked phone, a frozen tab)', () => {
	/** Plays to `from`, then nothing runs until `to` (no ticks): the cues of that one tick. */
	function wakeAt(timeline: Timeline, from: number, to: number): Cue[] {
		let playback = start({ timeline, playback: createPlayback(timeline), nowMs: 0 });
		for (let now = 0; now <= from; now += 1000) {
			playback = advance({ timeline, playback, nowMs: now, lookaheadMs: 300 }).playback;
		}
		return advance({ timeline, playback, nowMs: to, lookaheadMs: 300 }).cues;
	}

	it('is said once on return, after the one catch-up sentence, not in a burst', () => {
		// Asleep from 2 min to 8 min 20: the reminders at 3 and 6 min were never played.
		const cues = wakeAt(tl([pack()]), 120_000, 500_000);
		expect(cues.map((c) => c.type)).toEqual(['announce', 'remind']);
		expect(cues[0]?.text).toMatch(/^Cold pack\. \d+ seconds left$/);
		expect(cues[1]).toMatchObject({ text: SAY, n: 2, atMs: 500_000 });
	});

	it('is not said late once its step is over', () => {
		const timeline = tl([pack({ duration: 400 }), { type: 'rest', duration: 600 }]);
		const cues = wakeAt(timeline, 100_000, 700_000);
		expect(cues.map((c) => c.type)).not.toContain('remind');
		expect(cues[0]?.type).toBe('announce');
	});
});

describe('the pack routines’ skin checks', () => {
	/** Seconds into each timed step at which its reminder is said. */
	function plan(id: string, settings: Partial<EngineSettings> = {}) {
		const timeline = compile(builtIn(id), settings);
		const out: Record<string, number[]> = {};
		for (const c of all(timeline).filter((c) => c.type === 'remind')) {
			const seg = timeline.segments[c.segmentIndex];
			if (!seg) continue;
			(out[seg.name] ??= []).push((c.positionMs - seg.startMs) / 1000);
		}
		return out;
	}

	it.each(['short', 'full'] as const)('say one every 3 minutes of each pack (%s guidance)', (g) => {
		expect(plan('cold-compress', { guidance: g })).toEqual({
			'Cold on the sore spot': [180, 360, 540]
		});
		expect(plan('heat-compress', { guidance: g })).toEqual({
			'Warmth on the sore area': [180, 360, 540, 720]
		});
		expect(plan('cold-heat-alternating', { guidance: g })).toEqual({
			'Cold on the sore spot': [180, 360, 540],
			'Warmth on the sore spot': [180, 360, 540]
		});
	});

	it('begins each pack by saying not to fall asleep with it on, and plays to the end', () => {
		for (const id of ['cold-compress', 'heat-compress', 'cold-heat-alternating']) {
			const timeline = compile(builtIn(id));
			const packs = timeline.segments.filter((s) => s.kind === 'timed');
			for (const seg of packs) {
				const first = all(timeline).find(
					(c) => c.segmentIndex === seg.index && c.type === 'announce'
				);
				expect(first?.text, `${id}: ${seg.name}`).toMatch(/do not fall asleep/i);
			}
			// Played through, tapping Done where asked: every reminder is heard once, in order.
			let playback = start({ timeline, playback: createPlayback(timeline), nowMs: 0 });
			const heard: Cue[] = [];
			for (let now = 0; playback.status !== 'finished'; now += 500) {
				const result = advance({ timeline, playback, nowMs: now, lookaheadMs: 300 });
				heard.push(...result.cues);
				playback =
					result.playback.status === 'waiting'
						? done({ timeline, playback: result.playback, nowMs: now })
						: result.playback;
			}
			const said = heard.filter((c) => c.type === 'remind');
			expect(said.length, id).toBe(id === 'heat-compress' ? 4 : id === 'cold-compress' ? 3 : 6);
			expect(
				said.every((c) => /^Check your skin/.test(c.text ?? '')),
				id
			).toBe(true);
		}
	});
});
