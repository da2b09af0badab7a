import { describe, expect, it } from 'vitest';
import { FakeDocument, fakeWakeLockNav, flush } from './test-fakes/dom';
import { createWakeLock } from './wake-lock';

function setup() {
	const doc = new FakeDocument();
	const { nav, state } = fakeWakeLockNav();
	const lock = createWakeLock({ nav, doc });
	const changes: boolean[] = [];
	lock.onChange((h) => changes.push(h));
	return { doc, state, lock, changes };
}

describe('createWakeLock', () => {
	it('acquires in the Start tap and reports held', async () => {
		const { lock, state, changes } = setup();
		expect(await lock.acquire()).toBe(true);
		expect(lock.held).toBe(true);
		expect(state.requests).toBe(1);
		expect(changes).toEqual([true]);
	});

	it('does not request twice while held or while a request runs', async () => {
		const { lock, state } = setup();
		const [a, b] = await Promise.all([lock.acquire(), lock.acquire()]);
		expect([a, b]).toEqual([true, true]);
		await lock.acquire();
		expect(state.requests).toBe(1);
	});

	it('re-acquires when the page becomes visible again', async () => {
		const { lock, state, doc, changes } = setup();
		await lock.acquire();
		doc.visibilityState = 'hidden';
		await state.sentinels[0]?.release(); // what the browser does on hide
		doc.setVisibility('hidden');
		expect(lock.held).toBe(false);
		doc.setVisibility('visible');
		await flush();
		expect(lock.held).toBe(true);
		expect(state.requests).toBe(2);
		expect(changes).toEqual([true, false, true]);
	});

	it('says when the screen cannot be kept on, until a later try works or it is let go', async () => {
		const { lock, state, doc, changes } = setup();
		state.refuse = true;
		expect(await lock.acquire()).toBe(false);
		expect(lock.refused).toBe(true);
		expect(changes).toEqual([false]);
		state.refuse = false;
		doc.dispatch('pointerdown');
		await flush();
		expect([lock.held, lock.refused]).toEqual([true, false]);
		state.refuse = true;
		await lock.release();
		await lock.acquire();
		expect(lock.refused).toBe(true);
		await lock.release();
		expect(lock.refused).toBe(false);
	});

	it('counts a browser without the API as refused once a workout wants the lock', async () => {
		const lock = createWakeLock({ nav: {}, doc: new FakeDocument() });
		expect(lock.refused).toBe(false);
		await lock.acquire();
		expect([lock.supported, lock.refused]).toEqual([false, true]);
	});

	it('falls back to the next pointerdown when re-acquiring fails', async () => {
		const { lock, state, doc } = setup();
		await lock.acquire();
		doc.visibilityState = 'hidden';
		await state.sentinels[0]?.release();
		state.refuse = true;
		doc.setVisibility('visible');
		await flush();
		expect(lock.held).toBe(false);
		expect(doc.count('pointerdown')).toBe(1);
		state.refuse = false;
		doc.dispatch('pointerdown');
		await flush();
		expect(lock.held).toBe(true);
		expect(doc.count('pointerdown')).toBe(0);
	});

	it('arms the pointerdown fallback when released while visible', async () => {
		const { lock, state, doc } = setup();
		await lock.acquire();
		await state.sentinels[0]?.release(); // e.g. battery saver
		expect(doc.count('pointerdown')).toBe(1);
		doc.dispatch('pointerdown');
		await flush();
		expect(lock.held).toBe(true);
	});

	it('stays released after release(), even when the page is shown or tapped', async () => {
		const { lock, state, doc } = setup();
		await lock.acquire();
		await lock.release();
		expect(state.sentinels[0]?.released).toBe(true);
		expect(lock.held).toBe(false);
		doc.setVisibility('visible');
		doc.dispatch('pointerdown');
		await flush();
		expect(state.requests).toBe(1);
	});

	it('drops a lock granted after release() was called', async () => {
		const { lock, state } = setup();
		const p = lock.acquire();
		await lock.release();
		expect(await p).toBe(false);
		expect(state.sentinels[0]?.released).toBe(true);
		expect(lock.held).toBe(false);
	});

	it('feature-detects the API', async () => {
		const lock = createWakeLock({ nav: {}, doc: new FakeDocument() });
		expect(lock.supported).toBe(false);
		expect(await lock.acquire()).toBe(false);
		expect(lock.held).toBe(false);
	});

	it('removes its listeners on dispose', async () => {
		const { lock, state, doc } = setup();
		state.refuse = true;
		await lock.acquire();
		expect(doc.count('pointerdown')).toBe(1);
		lock.dispose();
		expect(doc.count('pointerdown')).toBe(0);
		expect(doc.count('visibilitychange')).toBe(0);
	});
});
