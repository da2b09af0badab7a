// Hand-made document and wake-lock fakes: events fire only when a test dispatches them.
import type { WakeLockNavigator, WakeLockSentinelLike } from '../wake-lock';

export class FakeDocument {
	visibilityState = 'visible';
	listeners = new Map<string, Set<() => void>>();
	addEventListener(type: string, l: () => void) {
		if (!this.listeners.has(type)) this.listeners.set(type, new Set());
		this.listeners.get(type)?.add(l);
	}
	removeEventListener(type: string, l: () => void) {
		this.listeners.get(type)?.delete(l);
	}
	count(type: string) {
		return this.listeners.get(type)?.size ?? 0;
	}
	dispatch(type: string) {
		for (const l of [...(this.listeners.get(type) ?? [])]) l();
	}
	/** Hide or show the page, firing `visibilitychange`. */
	setVisibility(state: 'visible' | 'hidden') {
		this.visibilityState = state;
		this.dispatch('visibilitychange');
	}
}

export class FakeSentinel implements WakeLockSentinelLike {
	released = false;
	private listeners: (() => void)[] = [];
	addEventListener(_t: 'release', l: () => void) {
		this.listeners.push(l);
	}
	release() {
		if (!this.released) {
			this.released = true;
			for (const l of this.listeners) l();
		}
		return Promise.resolve();
	}
}

/** `navigator.wakeLock` that grants unless told to refuse. */
export function fakeWakeLockNav() {
	const state = { refuse: false, requests: 0, sentinels: [] as FakeSentinel[] };
	const nav: WakeLockNavigator = {
		wakeLock: {
			request: () => {
				state.requests++;
				if (state.refuse) return Promise.reject(new DOMException('denied', 'NotAllowedError'));
				const s = new FakeSentinel();
				state.sentinels.push(s);
				return Promise.resolve(s);
			}
		}
	};
	return { nav, state };
}

/** Let pending promise callbacks run. */
export const flush = () => new Promise<void>((r) => setTimeout(r, 0));
