import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createRecordingCuePlayer } from '$lib/cues/fake';
import type { EngineSettings } from '$lib/engine';
import { makeRoutine } from '$lib/engine/fixtures';
import { manualClock, type ManualClock } from './manual-clock';
import { Runner } from './runner.svelte';
import { TAP_GUARD_MS } from './tap-guard';

// Runner.tap: the countdown, the Pause button and Skip / "I'm ready" through the tap guard.
// Steps: 0 get-ready, 1 hold (the 3-2-1 before it included), 2 rest, 3 timed.
const routine = makeRoutine([
	{ type: 'get-ready', name: 'Get into position', instructions: 'Lie down.' },
	{ type: 'hold', name: 'Tilt', instructions: 'Tilt.', hold: 10, relax: 5, reps: 2 },
	{ type: 'rest', duration: 20 },
	{ type: 'timed', name: 'Knee hug', instructions: 'Hug both knees.', duration: 10 }
]);
const SETTINGS: Partial<EngineSettings> = { prepareSeconds: 2 };

let clock: ManualClock;
let runner: Runner;

beforeEach(() => {
	clock = manualClock(10_000);
	runner = new Runner({ routine, settings: SETTINGS, cues: createRecordingCuePlayer(), clock });
});

afterEach(() => runner.dispose());

const kind = () => runner.view.segment?.kind;

/** Plays until the segment of `k` is on screen (at most a minute). */
function playUntil(k: string): void {
	for (let i = 0; i < 600 && kind() !== k; i++) clock.advance(100);
	expect(kind()).toBe(k);
}

describe('Runner.tap: the double tap on Start', () => {
	for (const ms of [0, 300, 600]) {
		it(`a countdown tap ${ms} ms after Start is the same tap: still playing`, () => {
			runner.start();
			clock.advance(ms);
			expect(runner.tap('countdown')).toBe(false);
			expect(runner.view.status).toBe('playing');
		});
	}

	it('a countdown tap a second after Start pauses', () => {
		runner.start();
		clock.advance(1000);
		expect(runner.tap('countdown')).toBe(true);
		expect(runner.view.status).toBe('paused');
	});

	it('a key (or a script) is never held back: Space right after Start pauses', () => {
		runner.start();
		expect(runner.tap('countdown', { pointer: false })).toBe(true);
		expect(runner.view.status).toBe('paused');
		runner.toggle();
		runner.toggle();
		expect(runner.view.status).toBe('paused');
	});

	it('the Pause button is not where Start was: a tap on it right after Start pauses', () => {
		runner.start();
		expect(runner.tap('pause-button')).toBe(true);
		expect(runner.view.status).toBe('paused');
	});

	it('"I\'m ready" right after Start is meant (another place): it goes on to the 3-2-1', () => {
		runner.start();
		expect(runner.tap('forward')).toBe(true);
		expect(kind()).toBe('prepare');
		expect(runner.view.stepIndex).toBe(1);
	});
});

describe('Runner.tap: Skip and "I\'m ready" act once', () => {
	it('a double tap on "I\'m ready" does not skip the exercise after it', () => {
		runner.start();
		clock.advance(2000);
		runner.tap('forward');
		expect(kind()).toBe('prepare');
		// The second tap lands on Skip, which took "I'm ready"'s place.
		clock.advance(300);
		expect(runner.tap('forward')).toBe(false);
		expect(runner.view.stepIndex).toBe(1);
		// Nor does it pause the 3-2-1.
		expect(runner.tap('countdown')).toBe(false);
		expect(runner.view.status).toBe('playing');
	});

	it('a double tap on Skip skips one step; a tap after the window skips the next', () => {
		runner.start();
		runner.tap('forward');
		clock.advance(TAP_GUARD_MS);
		expect(runner.view.stepIndex).toBe(1);
		runner.tap('forward');
		expect(runner.view.stepIndex).toBe(2);
		clock.advance(400);
		expect(runner.tap('forward')).toBe(false);
		expect(runner.view.stepIndex).toBe(2);
		clock.advance(TAP_GUARD_MS);
		expect(runner.tap('forward')).toBe(true);
		expect(runner.view.stepIndex).toBe(3);
	});

	it('the arrow key is never held back: two presses skip two steps', () => {
		runner.start();
		runner.done();
		runner.next();
		runner.next();
		expect(runner.view.stepIndex).toBe(3);
	});

	it('a get-ready that runs out under the finger: the tap meant for "I\'m ready" does not skip', () => {
		runner.start();
		playUntil('prepare');
		clock.advance(200);
		expect(runner.tap('forward')).toBe(false);
		expect(runner.view.stepIndex).toBe(1);
	});

	it('Skip just after a step changed by itself still works (nothing turned under it)', () => {
		runner.start();
		runner.done();
		playUntil('rest');
		expect(runner.tap('forward')).toBe(true);
		expect(runner.view.stepIndex).toBe(3);
	});
});

describe('Runner.tap: pausing and resuming', () => {
	it('a countdown tap just after a step changed by itself is held back, a second later it pauses', () => {
		runner.start();
		runner.done();
		playUntil('rest');
		expect(runner.tap('countdown')).toBe(false);
		expect(runner.view.status).toBe('playing');
		clock.advance(1000);
		expect(runner.tap('countdown')).toBe(true);
		expect(runner.view.status).toBe('paused');
	});

	it('a double tap on the paused countdown counts in once and then plays', () => {
		runner.start();
		runner.done();
		playUntil('hold');
		clock.advance(1000);
		runner.tap('countdown');
		expect(runner.view.status).toBe('paused');
		// Resuming is never held back; the second tap would stop the count-in: it is held back.
		expect(runner.tap('countdown')).toBe(true);
		expect(runner.countIn).toBe(3);
		clock.advance(300);
		expect(runner.tap('countdown')).toBe(false);
		expect(runner.countIn).toBe(3);
		clock.advance(3000);
		expect(runner.view.status).toBe('playing');
	});

	it('a tap as the count-in ends still pauses: its end is no tap', () => {
		runner.start();
		runner.done();
		playUntil('hold');
		clock.advance(1000);
		runner.tap('countdown');
		runner.tap('countdown');
		clock.advance(3000);
		expect(runner.view.status).toBe('playing');
		clock.advance(100);
		expect(runner.tap('countdown')).toBe(true);
		expect(runner.view.status).toBe('paused');
	});

	it('a double tap on Resume does not pause again', () => {
		runner.start();
		clock.advance(1000);
		runner.tap('pause-button');
		expect(runner.view.status).toBe('paused');
		clock.advance(1000);
		expect(runner.tap('pause-button')).toBe(true);
		expect(runner.view.status).toBe('playing');
		clock.advance(250);
		expect(runner.tap('pause-button')).toBe(false);
		expect(runner.view.status).toBe('playing');
	});

	it('a pause tap on the countdown right after Back is held back', () => {
		runner.start();
		runner.done();
		playUntil('hold');
		clock.advance(3000);
		runner.previous();
		expect(runner.tap('countdown')).toBe(false);
		expect(runner.view.status).toBe('playing');
	});
});
