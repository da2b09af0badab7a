import type { Clock, TimerId } from './clock';

/** A clock for tests: time moves only when told, and timers fire at their exact due time. */
export interface ManualClock extends Clock {
	/** Moves time forward by `ms`, firing every timer that falls due on the way, in order. */
	advance(ms: number): void;
	/** Moves time forward without firing anything: what a frozen (hidden) tab sees. */
	jump(ms: number): void;
	/** How many timers are waiting. */
	readonly pending: number;
}

interface Timer {
	id: number;
	due: number;
	every: number | null;
	fn: () => void;
}

/** A ManualClock starting at `start` ms. */
export function manualClock(start = 0): ManualClock {
	let time = start;
	let nextId = 1;
	const timers = new Map<number, Timer>();
	const add = (fn: () => void, ms: number, every: number | null): TimerId => {
		const id = nextId++;
		timers.set(id, { id, due: time + Math.max(0, ms), every, fn });
		return id as unknown as TimerId;
	};
	const clear = (id: TimerId) => void timers.delete(id as unknown as number);
	const nextDue = (until: number): Timer | undefined => {
		let best: Timer | undefined;
		for (const t of timers.values()) {
			if (t.due <= until && (!best || t.due < best.due || (t.due === best.due && t.id < best.id)))
				best = t;
		}
		return best;
	};
	return {
		now: () => time,
		setTimeout: (fn, ms) => add(fn, ms, null),
		setInterval: (fn, ms) => add(fn, ms, Math.max(1, ms)),
		clearTimeout: clear,
		clearInterval: clear,
		advance(ms) {
			const until = time + ms;
			for (let t = nextDue(until); t; t = nextDue(until)) {
				time = Math.max(time, t.due);
				if (t.every === null) timers.delete(t.id);
				else t.due += t.every;
				t.fn();
			}
			time = until;
		},
		jump(ms) {
			time += ms;
		},
		get pending() {
			return timers.size;
		}
	};
}
