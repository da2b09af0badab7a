import { describe, expect, it } from 'vitest';
import { MAX_LATE_MS, decide, enqueue, outranks, type SpeechItem } from './speech-queue';

const item = (o: Partial<SpeechItem> & { text: string }): SpeechItem => ({
	priority: 'step',
	due: 0,
	queuedAt: 0,
	...o
});

describe('enqueue', () => {
	it('keeps equal or higher ranks in order and drops lower ones', () => {
		const rest = item({ text: 'Rest' });
		const next = item({ text: 'Next up: cat', priority: 'info' });
		const bridge = item({ text: 'Bridge' });
		const q1 = enqueue([rest, next], bridge);
		expect(q1.queue.map((i) => i.text)).toEqual(['Rest', 'Bridge']);
		expect(q1.dropped).toEqual([next]);
		const count = item({ text: '3', priority: 'count' });
		expect(enqueue(q1.queue, count)).toEqual({ queue: [count], dropped: [rest, bridge] });
	});

	it('ranks timing words over steps over extras', () => {
		expect(outranks('count', 'step') && outranks('step', 'info')).toBe(true);
		expect(outranks('info', 'info') || outranks('step', 'count')).toBe(false);
	});
});

describe('decide', () => {
	it('drops a phrase later than its rank allows, or later than its room', () => {
		for (const priority of ['count', 'step', 'info'] as const) {
			const late = MAX_LATE_MS[priority];
			expect(decide(item({ text: 'x', priority }), late)).toEqual({ say: 'full', text: 'x' });
			expect(decide(item({ text: 'x', priority }), late + 1)).toEqual({ drop: 'stale' });
		}
		expect(decide(item({ text: 'Bridge', roomMs: 500 }), 600)).toEqual({ drop: 'stale' });
	});

	it('says the short text when the full one would not fit its room, counting the wait', () => {
		// "Lie on your back, knees bent, feet flat." ≈ 3.2 s.
		const long = item({ text: 'Lie on your back, knees bent, feet flat.', short: 'Lie down' });
		expect(decide({ ...long, roomMs: 4000 }, 0)).toMatchObject({ say: 'full' });
		expect(decide({ ...long, roomMs: 4000 }, 1000)).toEqual({ say: 'short', text: 'Lie down' });
		// A faster voice makes it fit again.
		expect(decide({ ...long, roomMs: 4000 }, 1000, 1.5)).toMatchObject({ say: 'full' });
	});

	it('without a short text: extras are dropped, steps said anyway', () => {
		const text = 'Lie on your back, knees bent, feet flat.';
		expect(decide(item({ text, roomMs: 2000, priority: 'info' }), 0)).toEqual({
			drop: 'no-room'
		});
		expect(decide(item({ text, roomMs: 2000 }), 0)).toEqual({ say: 'full', text });
	});
});
