import { describe, expect, it } from 'vitest';
import { done, start } from './controls';
import { advance } from './cues';
import { allCues, makeRoutine } from './fixtures';
import { DURING_EXERCISE } from '../content/safety';
import { LEAD_IN_MAX_MS, routineStopRule, SENTENCE_GAP_MS, speechMs } from './guidance';
import { createPlayback } from './playback';
import type { EngineSettings } from './settings';
import { stateAt } from './state';
import { compile } from './timeline';

const tl = (steps: unknown[], settings: Partial<EngineSettings> = {}) =>
	compile(makeRoutine(steps), settings);

const cuesOf = allCues;

const INSTRUCTIONS =
	'Slowly tighten your stomach muscles and press the small of your back into the floor. Hold and keep breathing normally, then relax slowly.';
const STOP = 'Stop if the pain gets sharper or spreads down a leg.';
const tilt = {
	type: 'hold',
	name: 'Pelvic tilt',
	instructions: INSTRUCTIONS,
	cue: 'Tighten your stomach and press your lower back down.',
	stopIf: STOP,
	hold: 10,
	relax: 5,
	reps: 3
};
const into = { type: 'untimed', name: 'Get into position', instructions: 'Lie on your back.' };

describe('speechMs', () => {
	it('counts words at 2.5 a second', () => {
		expect(speechMs('one two three four five')).toBe(2000);
		expect(speechMs('  one   two ')).toBe(800);
		expect(speechMs('')).toBe(0);
		expect(speechMs(undefined)).toBe(0);
	});
});

describe('Short guidance', () => {
	it('is the engine default and inserts nothing', () => {
		const steps = [into, tilt, { type: 'rest', duration: 5 }, tilt];
		const short = tl(steps, { guidance: 'short' });
		expect(tl(steps)).toEqual(short);
		expect(short.leadInMs).toBe(0);
		const spoken = cuesOf(short).map((c) => c.text);
		expect(spoken).not.toContain(INSTRUCTIONS);
		expect(spoken).not.toContain(STOP);
		expect(spoken.some((t) => t?.startsWith('Last one'))).toBe(false);
		// The cues of before: no room or short phrase for the speech queue to weigh.
		expect(cuesOf(short).filter((c) => 'short' in c || 'roomMs' in c)).toEqual([]);
	});
});

describe('Full guidance', () => {
	it('adds a lead-in before the 3-2-1 after a tap, with the name, instructions and stop line in it', () => {
		const timeline = tl([into, tilt], { guidance: 'full', prepareSeconds: 5 });
		expect(timeline.segments.map((s) => s.kind).slice(0, 4)).toEqual([
			'untimed',
			'lead-in',
			'prepare',
			'hold'
		]);
		const lead = timeline.segments[1]!;
		const rule = routineStopRule(makeRoutine([into, tilt]));
		const lines = [`Next: Pelvic tilt, 3 times.`, rule, INSTRUCTIONS, STOP];
		const speech = lines.reduce((t, line) => t + speechMs(line) + SENTENCE_GAP_MS, 0);
		// Long enough to say it all before the 3-2-1 counts into the step, in whole seconds.
		expect(lead.durationMs).toBe(Math.ceil((speech + SENTENCE_GAP_MS) / 1000) * 1000);
		expect(lead).toMatchObject({ name: 'Pelvic tilt', instructions: INSTRUCTIONS, stopIf: STOP });
		// The lead-in opens the step's item, so "I'm ready", Skip and Back land on it.
		expect(timeline.items[lead.itemIndex]?.firstSegment).toBe(1);
		expect(timeline.leadInMs).toBe(lead.durationMs);
		expect(timeline.totalMs).toBe(lead.durationMs + 3000 + 3 * 15_000);

		const cues = cuesOf(timeline);
		const inLead = cues.filter((c) => c.segmentIndex === 1 && c.text);
		expect(inLead.map((c) => c.text)).toEqual(lines);
		// Each sentence after the last; each knows its room until the step starts.
		let at = lead.startMs;
		for (const [k, cue] of inLead.entries()) {
			expect(cue.positionMs).toBe(at);
			expect(cue.roomMs).toBe(lead.startMs + lead.durationMs - cue.positionMs);
			at += speechMs(lines[k]) + SENTENCE_GAP_MS;
		}
		expect(inLead[0]?.short).toBe('Next up: Pelvic tilt');
		// All of it before the step's first cue.
		const stepAnnounce = cues.findIndex((c) => c.type === 'announce' && c.segmentIndex === 3);
		expect(cues.findIndex((c) => c.text === STOP)).toBeLessThan(stepAnnounce);
		// One 3-2-1 into the step, right before it: the count-in's, not the lead-in's as well.
		const countdowns = cues.filter((c) => c.type === 'countdown');
		expect(countdowns.filter((c) => c.segmentIndex === 1)).toEqual([]);
		expect(countdowns.filter((c) => c.segmentIndex === 2).map((c) => c.n)).toEqual([3, 2, 1]);
	});

	it('"I\'m ready" in a lead-in goes on to the 3-2-1, not past the exercise as Skip would', () => {
		const timeline = tl([into, tilt], { guidance: 'full' });
		let playback = start({ timeline, playback: createPlayback(timeline), nowMs: 0 });
		playback = done({ timeline, playback, nowMs: 0 });
		const lead = timeline.segments[1]!;
		expect(lead.kind).toBe('lead-in');
		const now = lead.startMs + 2000;
		playback = done({ timeline, playback, nowMs: now });
		const view = stateAt({ timeline, playback, nowMs: now });
		expect(view.segment).toMatchObject({ kind: 'prepare', name: 'Pelvic tilt' });
		expect(view.status).toBe('playing');
		expect(view.segmentRemainingMs).toBe(3000);
	});

	it('introduces a routine that starts on the clock before its opening "Get ready" and 3-2-1', () => {
		const timeline = tl([tilt], { guidance: 'full', prepareSeconds: 5 });
		expect(timeline.segments.map((s) => s.kind).slice(0, 3)).toEqual([
			'lead-in',
			'prepare',
			'hold'
		]);
		const cues = cuesOf(timeline);
		const stop = cues.findIndex((c) => c.text === STOP);
		const getReady = cues.findIndex((c) => c.text === 'Get ready: Pelvic tilt');
		expect(stop).toBeGreaterThanOrEqual(0);
		expect(getReady).toBeGreaterThan(stop);
		expect(cues.filter((c) => c.type === 'countdown' && c.segmentIndex === 0)).toEqual([]);
	});

	it('says it in a long enough get-ready, before its 3-2-1, with no lead-in', () => {
		const ready = {
			type: 'get-ready',
			name: 'Get into position',
			instructions: 'Lie down.',
			seconds: 40
		};
		const timeline = tl([ready, tilt], { guidance: 'full' });
		expect(timeline.segments.map((s) => s.kind).slice(0, 3)).toEqual([
			'get-ready',
			'prepare',
			'hold'
		]);
		const inReady = cuesOf(timeline).filter((c) => c.segmentIndex === 0 && c.text);
		expect(inReady.map((c) => c.text)).toContain(STOP);
		expect(inReady.map((c) => c.text)).toContain(INSTRUCTIONS);
		expect(timeline.leadInMs).toBe(0);
	});

	it('says it all during a long enough rest instead, with no lead-in', () => {
		const timeline = tl([{ ...tilt, name: 'Warm up' }, { type: 'rest', duration: 40 }, tilt], {
			guidance: 'full',
			prepareSeconds: 0
		});
		const kinds = timeline.segments.map((s) => s.kind);
		// The first step has nothing before it: a lead-in. The third is introduced in the rest.
		expect(kinds[0]).toBe('lead-in');
		expect(kinds.filter((k) => k === 'lead-in')).toHaveLength(1);
		const rest = timeline.segments.find((s) => s.kind === 'rest')!;
		const inRest = cuesOf(timeline).filter((c) => c.segmentIndex === rest.index && c.text);
		expect(inRest.map((c) => c.text)).toEqual([
			'Rest',
			'Next: Pelvic tilt, 3 times.',
			INSTRUCTIONS,
			STOP,
			'Next up: Pelvic tilt'
		]);
		// "Rest" first, then the intro after it; the late reminder stays where it was.
		expect(inRest[1]!.positionMs).toBe(rest.startMs + speechMs('Rest') + SENTENCE_GAP_MS);
		expect(inRest[1]!.roomMs).toBe(40_000 - speechMs('Rest') - SENTENCE_GAP_MS);
		expect(timeline.routineMs).toBe((45 + 40 + 45) * 1000);
	});

	it('introduces a block of sets once, in its first set', () => {
		const block = { type: 'sets', name: 'Block', sets: 2, restBetween: 20, steps: [tilt] };
		const timeline = tl([block], { guidance: 'full', prepareSeconds: 0 });
		expect(timeline.segments.filter((s) => s.kind === 'lead-in')).toHaveLength(1);
		const said = cuesOf(timeline).map((c) => c.text);
		expect(said.filter((t) => t === INSTRUCTIONS)).toHaveLength(1);
		// The rest between sets says what comes next with how long it runs.
		expect(said).toContain('Next: Pelvic tilt, 3 times.');
	});

	it('falls back to the name and stop line when the instructions would not fit the cap', () => {
		const long = Array.from({ length: 10 }, () => 'Move slowly and keep breathing evenly.').join(
			' '
		);
		const timeline = tl([{ ...tilt, instructions: long }], {
			guidance: 'full',
			prepareSeconds: 0
		});
		const lead = timeline.segments[0]!;
		expect(lead.kind).toBe('lead-in');
		expect(lead.durationMs).toBeLessThanOrEqual(LEAD_IN_MAX_MS);
		expect(lead.instructions).toBe(long);
		const said = cuesOf(timeline)
			.filter((c) => c.segmentIndex === 0 && c.text)
			.map((c) => c.text);
		expect(said).toEqual(['Next: Pelvic tilt.', routineStopRule(makeRoutine([tilt])), STOP]);
	});

	it("says the routine's own stop rule once, before the first exercise only", () => {
		const rule = 'Stop if your neck pain spreads into an arm.';
		const routine = { ...makeRoutine([into, tilt, { type: 'rest', duration: 5 }, tilt]) };
		const own = { ...routine, safety: ['Keep breathing.', rule] };
		const said = cuesOf(compile(own, { guidance: 'full' })).map((c) => c.text);
		expect(said.filter((t) => t === rule)).toHaveLength(1);
		// Before the first exercise's instructions, after its name.
		expect(said.indexOf(rule)).toBeLessThan(said.indexOf(INSTRUCTIONS));
		expect(said.indexOf(rule)).toBeGreaterThan(said.indexOf('Next: Pelvic tilt, 3 times.'));
		// Short guidance keeps today's short cues: no rule.
		expect(cuesOf(compile(own, { guidance: 'short' })).map((c) => c.text)).not.toContain(rule);
		// A routine without a "Stop…" note (an imported one) gets the rule for every exercise.
		const none = { ...routine, safety: ['Keep breathing.'] };
		expect(routineStopRule(none)).toBe(DURING_EXERCISE);
		expect(cuesOf(compile(none, { guidance: 'full' })).map((c) => c.text)).toContain(
			DURING_EXERCISE
		);
	});

	it('says "last one" on the last rep of the last side only', () => {
		const side = { ...tilt, perSide: true, stopIf: undefined };
		const full = cuesOf(tl([side], { guidance: 'full' })).filter((c) => c.type === 'rep');
		const last = full.filter((c) => c.text?.startsWith('Last one'));
		expect(last.map((c) => c.text)).toEqual(['Last one. Hold. 3 of 3']);
		expect(last[0]?.short).toBe('Hold. 3 of 3');
		// Not on the left side's last rep.
		expect(full.filter((c) => c.text === 'Hold. 3 of 3')).toHaveLength(1);

		const tempo = { type: 'tempo', name: 'Bridge', instructions: 'Lift.', up: 2, down: 2, reps: 4 };
		const said = cuesOf(tl([tempo], { guidance: 'full' })).map((c) => c.text);
		expect(said).toContain('Last one. 4');
		expect(cuesOf(tl([tempo])).map((c) => c.text)).not.toContain('Last one. 4');
		// Counts off: "Last one" is still said.
		const quiet = cuesOf(tl([tempo], { guidance: 'full', spokenCounts: false }));
		expect(quiet.filter((c) => c.type === 'rep').map((c) => c.text)).toEqual([
			undefined,
			undefined,
			undefined,
			'Last one'
		]);
	});

	it('calls halfway in a long hold, as Short does', () => {
		const long = { ...tilt, hold: 30, reps: 1 };
		for (const guidance of ['full', 'short'] as const) {
			const halfway = cuesOf(tl([long], { guidance })).filter((c) => c.type === 'halfway');
			expect(halfway).toHaveLength(1);
			expect(halfway[0]?.text).toBe('Halfway');
		}
	});

	it('after a gap in a lead-in, says what comes next and the time left, not a burst', () => {
		const timeline = tl([into, tilt], { guidance: 'full', prepareSeconds: 5 });
		let playback = start({ timeline, playback: createPlayback(timeline), nowMs: 0 });
		playback = done({ timeline, playback, nowMs: 0 });
		const lead = timeline.segments[1]!;
		// A locked phone: the first tick comes 3 s before the lead-in ends.
		const now = lead.startMs + lead.durationMs - 3000;
		const { cues } = advance({ timeline, playback, nowMs: now });
		expect(cues[0]).toMatchObject({
			type: 'announce',
			text: 'Next up: Pelvic tilt. 3 seconds left'
		});
		expect(cues.map((c) => c.text)).not.toContain(INSTRUCTIONS);
	});

	it('never puts a lead-in before a rest or an untimed step', () => {
		const timeline = tl([into, { type: 'rest', duration: 3 }, into], { guidance: 'full' });
		expect(timeline.segments.some((s) => s.kind === 'lead-in')).toBe(false);
	});
});
