/**
 * One owner per session across tabs. Only one tab at a time may play (there is one checkpoint
 * and one history record per session): it holds a Web Lock while it plays, other tabs see the
 * lock and offer to take over, and a take-over asks the owner (over a BroadcastChannel) to save
 * and stop before the new tab continues from the checkpoint.
 */
export interface SessionOwnership {
	/** Whether another tab is playing a session right now. */
	heldElsewhere(): Promise<boolean>;
	/** Claims the session for this tab; false when another tab holds it. */
	claim(): Promise<boolean>;
	/** Asks the owning tab to save and stop, then claims the session for this tab. */
	takeOver(): Promise<void>;
	/** Lets go (finished, ended, left); other tabs are told the session is free. */
	release(): void;
	/** The owner's part of a take-over: save and stop, resolving when done. */
	onTakeOver(handler: () => Promise<void>): void;
	/** Another tab let go of the session (a tab that said "playing elsewhere" can look again). */
	onFree(handler: () => void): void;
	dispose(): void;
}

const LOCK = 'backbeat-session';
const CHANNEL = 'backbeat-session';
/** How long a take-over waits for the owner to let go before taking the lock anyway. */
export const TAKE_OVER_WAIT_MS = 3000;

type Message = { type: 'take-over' } | { type: 'free' };

/** The browser's version; without Web Locks (old browsers) every tab plays on its own. */
export function createWebOwnership(
	nav: Navigator = globalThis.navigator,
	Channel: typeof BroadcastChannel | undefined = globalThis.BroadcastChannel
): SessionOwnership | null {
	const locks = nav?.locks;
	if (!locks || !Channel) return null;
	const channel = new Channel(CHANNEL);
	let letGo: (() => void) | null = null;
	let takeOverHandler: (() => Promise<void>) | null = null;
	let freeHandler: (() => void) | null = null;

	// Holds the lock until `letGo` is called; resolves once it is held (or refused). Other
	// tabs hear "free" only once the lock is really released, so they can take it at once.
	const hold = (options: LockOptions): Promise<boolean> =>
		new Promise((resolve) => {
			let held = false;
			locks
				.request(LOCK, options, (lock) => {
					if (!lock) return resolve(false);
					held = true;
					resolve(true);
					return new Promise<void>((done) => (letGo = done));
				})
				.then(() => {
					if (held) channel.postMessage({ type: 'free' } satisfies Message);
				})
				.catch(() => {
					// Stolen by a take-over that stopped waiting: this tab no longer owns it.
					letGo = null;
					resolve(false);
				});
		});

	channel.onmessage = (event: MessageEvent<Message>) => {
		if (event.data.type === 'free') freeHandler?.();
		if (event.data.type !== 'take-over' || !letGo) return;
		void (takeOverHandler?.() ?? Promise.resolve()).finally(() => release());
	};

	function release() {
		if (!letGo) return;
		letGo();
		letGo = null;
	}

	return {
		async heldElsewhere() {
			if (letGo) return false;
			const state = await locks.query();
			return (state.held ?? []).some((l) => l.name === LOCK);
		},
		claim: () => (letGo ? Promise.resolve(true) : hold({ ifAvailable: true })),
		async takeOver() {
			if (letGo) return;
			channel.postMessage({ type: 'take-over' } satisfies Message);
			const signal = AbortSignal.timeout(TAKE_OVER_WAIT_MS);
			const got = await hold({ signal });
			// The owner did not answer in time (a frozen tab): take the lock from it.
			if (!got) await hold({ steal: true });
		},
		release,
		onTakeOver: (handler) => (takeOverHandler = handler),
		onFree: (handler) => (freeHandler = handler),
		dispose() {
			release();
			// Let the "free" message go out once the lock is released, then close.
			setTimeout(() => channel.close(), 1000);
		}
	};
}
