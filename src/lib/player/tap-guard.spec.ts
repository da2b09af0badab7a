import { describe, expect, it } from 'vitest';
import type { PlaybackView } from '$lib/engine';
import { manualClock } from './manual-clock';
import {
	HELD_BACK_BY,
	TAP_GUARD_MS,
	byPointer,
	createTapGuard,
	offersReady,
	type GuardedTap,
	type Move
} from './tap-guard';

const TAPS: GuardedTap[] = ['countdown', 'pause-button', 'forward'];

function guard() {
	const clock = manualClock(5_000);
	return { clock, taps: createTapGuard({ now: () => clock.now() }) };
}

describe('createTapGuard', () => {
	it('allows every tap before anything has moved', () => {
		const { taps } = guard();
		for (const tap of TAPS) expect(taps.allows(tap)).toBe(true);
	});

	it('holds a countdown tap back for 700 ms after Start, then lets it through', () => {
		const { clock, taps } = guard();
		taps.moved('start');
		// The double taps: the second tap 0, 300 and 600 ms after the first.
		expect(taps.allows('countdown')).toBe(false);
		clock.advance(300);
		expect(taps.allows('countdown')).toBe(false);
		clock.advance(300);
		expect(taps.allows('countdown')).toBe(false);
		// 900 ms: a tap that means it.
		clock.advance(300);
		expect(taps.allows('countdown')).toBe(true);
	});

	it('opens exactly at TAP_GUARD_MS (700 ms)', () => {
		const { clock, taps } = guard();
		expect(TAP_GUARD_MS).toBe(700);
		taps.moved('skip');
		clock.advance(699);
		expect(taps.allows('forward')).toBe(false);
		clock.advance(1);
		expect(taps.allows('forward')).toBe(true);
	});

	it('the countdown is held back after every move that changes what is under the finger', () => {
		const moves: Move[] = ['start', 'resume', 'ready', 'skip', 'back', 'done', 'step'];
		for (const move of moves) {
			const { taps } = guard();
			taps.moved(move);
			expect(taps.allows('countdown'), move).toBe(false);
		}
	});

	it('Skip and "I\'m ready" are held back only after a move in their own place', () => {
		for (const move of ['ready', 'skip', 'ready-gone'] as Move[]) {
			const { taps } = guard();
			taps.moved(move);
			expect(taps.allows('forward'), move).toBe(false);
		}
		// Start, Back and a new step leave Skip alone: "I'm ready" right after Start is meant.
		for (const move of ['start', 'resume', 'back', 'done', 'step'] as Move[]) {
			const { taps } = guard();
			taps.moved(move);
			expect(taps.allows('forward'), move).toBe(true);
		}
	});

	it('the Pause button is held back after Resume and Done (its own place), not after Start or Skip', () => {
		expect(HELD_BACK_BY['pause-button']).toEqual(['resume', 'done']);
		const { clock, taps } = guard();
		taps.moved('start');
		taps.moved('skip');
		expect(taps.allows('pause-button')).toBe(true);
		taps.moved('resume');
		expect(taps.allows('pause-button')).toBe(false);
		clock.advance(TAP_GUARD_MS);
		expect(taps.allows('pause-button')).toBe(true);
	});

	it('a held-back tap does not extend the window', () => {
		const { clock, taps } = guard();
		taps.moved('start');
		clock.advance(500);
		expect(taps.allows('countdown')).toBe(false);
		clock.advance(200);
		expect(taps.allows('countdown')).toBe(true);
	});

	it('the latest move counts: a second move restarts the window', () => {
		const { clock, taps } = guard();
		taps.moved('skip');
		clock.advance(600);
		taps.moved('skip');
		clock.advance(600);
		expect(taps.allows('forward')).toBe(false);
	});

	it('takes a custom window', () => {
		const clock = manualClock(0);
		const taps = createTapGuard({ now: () => clock.now(), windowMs: 100 });
		taps.moved('start');
		clock.advance(100);
		expect(taps.allows('countdown')).toBe(true);
	});
});

describe('offersReady', () => {
	const view = (kind: string | undefined) =>
		({ segment: kind ? { kind } : undefined }) as unknown as PlaybackView;
	it('is true on a get-ready and a lead-in, where "I\'m ready" stands in Skip\'s place', () => {
		expect(offersReady(view('get-ready'))).toBe(true);
		expect(offersReady(view('lead-in'))).toBe(true);
		for (const kind of ['prepare', 'hold', 'rest', 'untimed', undefined])
			expect(offersReady(view(kind)), String(kind)).toBe(false);
	});
});

describe('byPointer', () => {
	it('a finger or a mouse counts clicks; a key on a focused button does not', () => {
		expect(byPointer({ detail: 1 } as MouseEvent)).toBe(true);
		expect(byPointer({ detail: 2 } as MouseEvent)).toBe(true);
		expect(byPointer({ detail: 0 } as MouseEvent)).toBe(false);
	});
});
