import type { SessionOwnership } from './ownership';

/**
 * Test support: tabs in one process sharing a hub, like one browser's Web Locks and
 * BroadcastChannel. `tab()` makes one tab's SessionOwnership.
 */
export function createOwnershipHub() {
	let owner: object | null = null;
	const tabs: { id: object; takeOver?: () => Promise<void>; free?: () => void }[] = [];
	return {
		get owned() {
			return owner !== null;
		},
		tab(): SessionOwnership {
			const me = { id: {} } as (typeof tabs)[number];
			tabs.push(me);
			const release = () => {
				if (owner !== me.id) return;
				owner = null;
				for (const t of tabs) if (t !== me) t.free?.();
			};
			return {
				heldElsewhere: () => Promise.resolve(owner !== null && owner !== me.id),
				claim: () => {
					if (owner === null) owner = me.id;
					return Promise.resolve(owner === me.id);
				},
				async takeOver() {
					const current = tabs.find((t) => t.id === owner);
					if (current && current !== me) {
						await current.takeOver?.();
						if (owner === current.id) owner = null;
					}
					owner = me.id;
				},
				release,
				onTakeOver: (handler) => (me.takeOver = handler),
				onFree: (handler) => (me.free = handler),
				dispose: release
			};
		}
	};
}
