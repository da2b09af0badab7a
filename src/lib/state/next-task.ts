/**
 * Resolves in a new task of the browser's event loop (issue 15): work after it runs after the
 * browser has had a chance to paint and to handle input, instead of lengthening the task that
 * is hydrating the page. On a slow phone a page's start was one task of 60 to 110 ms; split at
 * the points that call this, no piece is long enough to block a tap for long.
 *
 * `scheduler.yield()` where the browser has it, otherwise a message to itself. Not a timer, so
 * a test's fake clock (Playwright's `page.clock`) does not hold it back.
 */
export function nextTask(): Promise<void> {
	const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
	if (typeof scheduler?.yield === 'function') return scheduler.yield();
	return new Promise((resolve) => {
		const channel = new MessageChannel();
		channel.port1.onmessage = () => {
			channel.port1.close();
			resolve();
		};
		channel.port2.postMessage(null);
	});
}
