/**
 * Where a Lighthouse run's main-thread time went, from its trace: each top-level task of the
 * page's main thread that took at least `minMs` (observed, before Lighthouse's 4× CPU
 * slowdown), with its start, length and the events inside it that took the most time (script
 * evaluation names the script). Used by `npm run audit -- --tasks`.
 */

interface TraceEvent {
	name: string;
	ph: string;
	ts: number;
	dur?: number;
	pid: number;
	tid: number;
	args?: { data?: { url?: string; frame?: string; functionName?: string }; name?: string };
}

/** The renderer main thread: the thread named CrRendererMain that ran the most tasks. */
function mainThread(events: TraceEvent[]): { pid: number; tid: number } | undefined {
	const counts = new Map<string, number>();
	const names = new Set<string>();
	for (const e of events) {
		if (e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
			names.add(`${e.pid}:${e.tid}`);
	}
	for (const e of events) {
		const key = `${e.pid}:${e.tid}`;
		if (names.has(key) && e.name === 'RunTask') counts.set(key, (counts.get(key) ?? 0) + 1);
	}
	const best = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
	if (!best) return undefined;
	const [pid, tid] = best.split(':').map(Number);
	return { pid: pid ?? 0, tid: tid ?? 0 };
}

const short = (url: string) => url.replace(/^https?:\/\/[^/]+/, '').replace(/^.*\//, '') || '/';

/** One line per long task: "start ms +length ms: the heaviest events inside". */
export function longTasks(events: TraceEvent[], minMs = 8): string[] {
	const thread = mainThread(events);
	if (!thread) return ['no renderer main thread in the trace'];
	const own = events.filter((e) => e.pid === thread.pid && e.tid === thread.tid && e.ph === 'X');
	const start =
		events.find((e) => e.name === 'navigationStart' && e.pid === thread.pid)?.ts ??
		Math.min(...own.map((e) => e.ts));
	const tasks = own.filter((e) => e.name === 'RunTask' && (e.dur ?? 0) >= minMs * 1000);
	return tasks.map((task) => {
		const end = task.ts + (task.dur ?? 0);
		const inside = own
			.filter((e) => e !== task && e.ts >= task.ts && e.ts < end && (e.dur ?? 0) >= 1000)
			.filter((e) => !['RunTask', 'ThreadControllerImpl::RunTask'].includes(e.name));
		const top = inside
			.sort((a, b) => (b.dur ?? 0) - (a.dur ?? 0))
			.slice(0, 5)
			.map((e) => {
				const url = e.args?.data?.url;
				return `${e.name}${url ? ` ${short(url)}` : ''} ${((e.dur ?? 0) / 1000).toFixed(1)}`;
			});
		const at = ((task.ts - start) / 1000).toFixed(0);
		return `${at} +${((task.dur ?? 0) / 1000).toFixed(1)} ms: ${top.join(', ')}`;
	});
}
