/** A monotonic clock in ms. Injected so tests can drive time. */
export interface Clock {
	now(): number;
}

/** The page clock: `performance.now()`, the same clock the beeper maps onto audio time. */
export const pageClock: Clock = { now: () => performance.now() };
