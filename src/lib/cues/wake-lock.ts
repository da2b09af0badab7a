/** A `WakeLockSentinel`. */
export interface WakeLockSentinelLike {
	readonly released: boolean;
	release(): Promise<void>;
	addEventListener(type: 'release', listener: () => void): void;
}

/** `navigator` as far as the Screen Wake Lock API needs it. */
export interface WakeLockNavigator {
	wakeLock?: { request(type: 'screen'): Promise<WakeLockSentinelLike> };
}

/** `document` as far as visibility and the next tap need it. */
export interface VisibilityDocument {
	readonly visibilityState: string;
	addEventListener(type: 'visibilitychange' | 'pointerdown', listener: () => void): void;
	removeEventListener(type: 'visibilitychange' | 'pointerdown', listener: () => void): void;
}

/** Keeps the screen on during a workout, surviving the page being hidden and shown. */
export interface WakeLockController {
	/** False where the Screen Wake Lock API is missing. */
	readonly supported: boolean;
	/** Whether the screen is being kept on right now (for the small indicator). */
	readonly held: boolean;
	/** Whether a workout wants it (between `acquire` and `release`). */
	readonly wanted: boolean;
	/**
	 * Wanted but refused (no API, battery saver, a denied request): the screen will lock on its
	 * own, and the player says so. Cleared when a later try succeeds or the lock is let go.
	 */
	readonly refused: boolean;
	/** Call inside the Start tap. Resolves to whether the lock is held. */
	acquire(): Promise<boolean>;
	/** Let the screen sleep again (pause, finish, leave). */
	release(): Promise<void>;
	/** Subscribe to `held` (and `refused`) changes; returns the unsubscribe function. */
	onChange(cb: (held: boolean) => void): () => void;
	/** Release and remove the listeners. */
	dispose(): void;
}

/** Create a wake-lock controller; it re-acquires by itself after the page was hidden. */
export function createWakeLock({
	nav = globalThis.navigator,
	doc = globalThis.document
}: {
	nav?: WakeLockNavigator | undefined;
	doc?: VisibilityDocument | undefined;
} = {}): WakeLockController {
	const api = nav && 'wakeLock' in nav ? nav.wakeLock : undefined;
	let sentinel: WakeLockSentinelLike | null = null;
	let wanted = false;
	let held = false;
	let refused = false;
	let inflight: Promise<boolean> | null = null;
	let armed = false;
	const listeners = new Set<(held: boolean) => void>();

	const tell = () => {
		for (const cb of listeners) cb(held);
	};
	const setHeld = (h: boolean) => {
		const r = refused && !h;
		if (h === held && r === refused) return;
		held = h;
		refused = r;
		tell();
	};
	const setRefused = (r: boolean) => {
		if (r === refused) return;
		refused = r;
		tell();
	};
	const visible = () => !doc || doc.visibilityState === 'visible';

	// A request can be refused (no gesture, hidden page, battery saver); a tap is a
	// gesture, so the next pointerdown gets another try.
	const onPointer = () => {
		disarm();
		if (wanted && !held) void request();
	};
	function arm() {
		if (armed || !doc) return;
		armed = true;
		doc.addEventListener('pointerdown', onPointer);
	}
	function disarm() {
		if (!armed || !doc) return;
		armed = false;
		doc.removeEventListener('pointerdown', onPointer);
	}

	async function attempt(): Promise<boolean> {
		if (!api) {
			setRefused(wanted);
			return false;
		}
		try {
			const s = await api.request('screen');
			if (!wanted) {
				await s.release().catch(() => undefined); // released while the request ran
				return false;
			}
			sentinel = s;
			// The browser releases the lock whenever the page hides.
			s.addEventListener('release', () => {
				if (sentinel !== s) return;
				sentinel = null;
				setHeld(false);
				if (wanted && visible()) arm();
			});
			disarm();
			setHeld(true);
			return true;
		} catch {
			if (wanted) arm();
			setRefused(wanted);
			return false;
		}
	}

	function request(): Promise<boolean> {
		if (held) return Promise.resolve(true);
		inflight ??= attempt().finally(() => (inflight = null));
		return inflight;
	}

	// Released when the page hid; take it back as soon as the user looks again.
	const onVisibility = () => {
		if (visible() && wanted && !held) void request();
	};
	doc?.addEventListener('visibilitychange', onVisibility);

	const controller: WakeLockController = {
		supported: !!api,
		get held() {
			return held;
		},
		get wanted() {
			return wanted;
		},
		get refused() {
			return refused;
		},
		acquire() {
			wanted = true;
			return request();
		},
		async release() {
			wanted = false;
			setRefused(false);
			disarm();
			const s = sentinel;
			sentinel = null;
			setHeld(false);
			if (s && !s.released) await s.release().catch(() => undefined);
		},
		onChange(cb) {
			listeners.add(cb);
			return () => void listeners.delete(cb);
		},
		dispose() {
			void controller.release();
			listeners.clear();
			doc?.removeEventListener('visibilitychange', onVisibility);
		}
	};
	return controller;
}
