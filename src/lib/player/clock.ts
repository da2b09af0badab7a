/** A timer handle as the platform returns it; opaque to callers. */
export type TimerId = ReturnType<typeof setTimeout>;

/**
 * Time as an input (as xstate's SimulatedClock): a monotonic `now` in ms and the timers that
 * run against it. The Runner and the session take one, so tests drive time with
 * `manualClock` instead of faking globals in lock-step.
 */
export interface Clock {
	now(): number;
	setTimeout(fn: () => void, ms: number): TimerId;
	clearTimeout(id: TimerId): void;
	setInterval(fn: () => void, ms: number): TimerId;
	clearInterval(id: TimerId): void;
}

/** The page clock: `performance.now()`, the same clock the beeper maps onto audio time. */
export const pageClock: Clock = {
	now: () => performance.now(),
	setTimeout: (fn, ms) => setTimeout(fn, ms),
	clearTimeout: (id) => clearTimeout(id),
	setInterval: (fn, ms) => setInterval(fn, ms),
	clearInterval: (id) => clearInterval(id)
};
