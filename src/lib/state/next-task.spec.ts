import { afterEach, describe, expect, it, vi } from 'vitest';
import { nextTask } from './next-task';

describe('nextTask', () => {
	afterEach(() => vi.unstubAllGlobals());

	it('resolves after the current task, its microtasks included', async () => {
		const order: string[] = [];
		const done = nextTask().then(() => order.push('next task'));
		queueMicrotask(() => {
			order.push('microtask');
			queueMicrotask(() => order.push('microtask it queued'));
		});
		await done;
		expect(order).toEqual(['microtask', 'microtask it queued', 'next task']);
	});

	it('is not a timer: fake timers do not hold it back', async () => {
		vi.useFakeTimers();
		try {
			await expect(nextTask()).resolves.toBeUndefined();
		} finally {
			vi.useRealTimers();
		}
	});

	it('uses scheduler.yield where the browser has it', async () => {
		const yieldFn = vi.fn(() => Promise.resolve());
		vi.stubGlobal('scheduler', { yield: yieldFn });
		await nextTask();
		expect(yieldFn).toHaveBeenCalledOnce();
	});
});
