import { describe, expect, it } from 'vitest';
import type { DecodeResult } from '../codec';
import { OPEN_TIMEOUT_MS, openSharedLink } from './open-link';

/** A timer the test fires by hand. */
function manualTimer() {
	const timers = new Map<number, { fn: () => void; ms: number }>();
	let next = 1;
	return {
		timers,
		setTimer: (fn: () => void, ms: number) => (timers.set(next, { fn, ms }), next++),
		clearTimer: (id: unknown) => void timers.delete(id as number),
		fire: () => [...timers.values()].forEach((t) => t.fn())
	};
}

const answer: DecodeResult = { ok: false, problem: 'damaged', message: 'm', errors: [] };

describe('openSharedLink', () => {
	it('passes the codec’s answer on and clears its timer', async () => {
		const t = manualTimer();
		const result = await openSharedLink('#r=1.x', { decode: () => Promise.resolve(answer), ...t });
		expect(result).toBe(answer);
		expect(t.timers.size).toBe(0);
	});

	it('turns a rejection or a throw into a plain failure', async () => {
		const t = manualTimer();
		const rejected = await openSharedLink('#x', {
			decode: () => Promise.reject(new Error('boom')),
			...t
		});
		expect(rejected).toMatchObject({ ok: false, problem: 'failed' });
		const thrown = await openSharedLink('#x', {
			decode: () => {
				throw new Error('boom');
			},
			...t
		});
		expect(thrown).toMatchObject({ ok: false, problem: 'failed' });
	});

	it('gives up on a decode that never ends, so the page never stays on "Opening…"', async () => {
		const t = manualTimer();
		const pending = openSharedLink('#x', { decode: () => new Promise(() => {}), ...t });
		expect([...t.timers.values()].map((x) => x.ms)).toEqual([OPEN_TIMEOUT_MS]);
		t.fire();
		expect(await pending).toMatchObject({ ok: false, problem: 'failed' });
	});
});
