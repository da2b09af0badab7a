/**
 * Player benchmark: plays a 60 s test routine in the production build, in real Chromium at real
 * speed (no fake clock), and prints one JSON object per line, {name, value, unit}:
 *
 * - cue_error_*: when each speech and vibration cue fired vs. when it was due, |at − due| in ms,
 *   also per kind. Target: p99 < 20 ms.
 * - beep_schedule_error_*: the AudioContext time each beep was scheduled at vs. the audio time it
 *   was due at (late only when handed over after its due time). Target: max ≤ 5 ms.
 * - beep_lead_*: how far ahead of its due time each beep was handed to the audio clock.
 * - beep_heard_offset_*: when each beep reaches the audio output by the device's own timestamp
 *   (getOutputTimestamp), on the page clock, minus due. Includes output latency; informational.
 * - main_thread_busy_pct: renderer main-thread task time / wall time while playing. Target: < 5 %.
 *   Also main_thread_cpu_pct (CPU time, less inflated when other processes compete for the cores)
 *   and style_recalcs_per_s (≈ 60 means something animates every frame).
 * - tempo_main_thread_busy_pct: the same during a tempo step, with the figure moving. Target ≤ 4 %.
 * - paused_frames_per_s, still_frames_per_s: frames in which Chromium painted anything (a trace's
 *   Paint events, grouped by frame), while paused and while the figure holds a pose in a hold.
 *   Target 0 while paused. In a hold the seconds must tick (the number, the ring and the progress
 *   bar all move on whole seconds), so the page paints once a second (target ≤ 1.2: a window's
 *   edges may catch one more); still_figure_updates_per_s counts changes to the figure's DOM
 *   there (a figure that does not change is not repainted by the app). Target 0.
 * - figure_code_and_poses_gzip: the figure's code + pose data (as bench-figure.ts). Target ≤ 8 KB.
 *
 * Playwright starts headless Chromium with --mute-audio: nothing is heard, but the AudioContext
 * and its clock run as usual.
 *
 * Run after a build: `npm run build && npm run bench:player` (`npm run bench` does both). Uses
 * the system Chromium (/usr/bin/chromium or CHROMIUM_PATH). Takes about 70 s. Exits 0 when targets
 * are missed (it is a measurement) and 1 when the run itself fails.
 */
import type { Browser } from '@playwright/test';
import { loadavg } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import type { CueLogEntry } from '../../src/lib/cues/log';
import { routineSeconds } from '../../src/lib/routine/duration';
import { parseRoutine } from '../../src/lib/routine/parse';
import { DB_NAME, DB_VERSION, SETTINGS_KEY } from '../../src/lib/storage/db';
import { launchChromium, percentile, print, round, serveBuild } from './bench-lib';
import { figureGzipKb } from './figure-size';

const PREPARE_SECONDS = 3;
// Windows of the run, in seconds after Start (see the routine below): the figure holds the
// pelvic-tilt pose from about 16 s to 23 s, the bridge moves from 35 s to 47 s, and the player
// is paused in the knee hug from PAUSE_AT for PAUSE_S.
const STILL_WINDOW = [17.5, 22.5] as const;
const TEMPO_WINDOW = [36, 46] as const;
const PAUSE_AT = 55;
const PAUSE_S = 4;

// Every step kind that plays unattended (no untimed step: nobody taps Done), so every cue
// kind fires: step announcements, breathing, rep counts, tempo ticks, rest, switch sides.
const parsed = parseRoutine({
	formatVersion: 1,
	id: 'bench-player',
	title: 'Benchmark routine',
	summary: 'Every timed step kind, for the player benchmark.',
	level: 'gentle',
	position: ['standing'],
	tags: [],
	equipment: [],
	safety: ['Benchmark only.'],
	steps: [
		{
			type: 'timed',
			name: 'March',
			instructions: 'March.',
			duration: 12,
			breathing: { inhale: 3, exhale: 3 }
		},
		{
			type: 'hold',
			name: 'Pelvic tilt',
			instructions: 'Tilt.',
			hold: 8,
			relax: 2,
			reps: 2,
			figure: { start: 'lying-knees-bent', end: 'pelvic-tilt' }
		},
		{
			type: 'tempo',
			name: 'Bridge',
			instructions: 'Lift.',
			up: 1,
			down: 1,
			reps: 6,
			figure: { start: 'lying-knees-bent', end: 'bridge' }
		},
		{ type: 'rest', duration: 6 },
		{
			type: 'timed',
			name: 'Knee hug',
			instructions: 'Hug.',
			duration: 8,
			perSide: true,
			switchSeconds: 3
		}
	]
});
if (!parsed.ok) throw new Error(`the test routine is invalid: ${parsed.errors.join('; ')}`);
const routine = parsed.routine;
const playMs = (routineSeconds(routine) + PREPARE_SECONDS + PAUSE_S) * 1000;

type Stat = [label: string, p: number];
const MIN: Stat = ['min', 0];
const P50: Stat = ['p50', 50];
const P99: Stat = ['p99', 99];
const MAX: Stat = ['max', 100];
const P50_P99_MAX = [P50, P99, MAX];
function printStats(prefix: string, values: number[], stats: Stat[] = P50_P99_MAX) {
	for (const [label, p] of stats) print(`${prefix}_${label}_ms`, percentile(values, p), 'ms');
}

let browser: Browser | null = null;
let stopServer = () => {};
async function cleanup() {
	await browser?.close().catch(() => undefined);
	stopServer();
}
process.on('SIGINT', () => void cleanup().then(() => process.exit(130)));

async function main() {
	browser = await launchChromium();
	const server = await serveBuild();
	stopServer = server.stop;
	// No service worker: its precaching would compete for this machine's two cores mid-run.
	const context = await browser.newContext({ serviceWorkers: 'block' });
	await context.addInitScript(() => {
		localStorage.setItem('backbeat:cue-log', '1');
		// Keep a handle on the app's AudioContexts to read the output device's clock later.
		const made: AudioContext[] = [];
		Object.assign(window, { __benchAudio: made });
		const Native = window.AudioContext;
		window.AudioContext = class extends Native {
			constructor(options?: AudioContextOptions) {
				super(options);
				made.push(this);
			}
		};
	});
	const page = await context.newPage();

	// The app creates the database (it owns the schema); we only add the routine and settings.
	// A first visit to the library creates none; Settings opens (and creates) it.
	await page.goto(`${server.base}/settings`);
	await page.waitForSelector('html[data-hydrated]');
	const record = { id: routine.id, savedAt: Date.now(), routine };
	// Skip the safety screen and the pain check-in; the other settings keep their defaults.
	const settings = {
		safetyAcknowledgedAt: Date.now(),
		painCheckins: false,
		prepareSeconds: PREPARE_SECONDS,
		// The windows below are seconds after Start: Full guidance would add lead-ins before steps.
		voiceGuidance: 'short'
	};
	await page.evaluate(
		async ({ name, version, key, record, settings }) => {
			// No named functions in here: tsx would wrap them in a helper the page does not have.
			for (let i = 0; ; i++) {
				const dbs = await indexedDB.databases();
				if (dbs.some((d) => d.name === name && d.version === version)) break;
				if (i > 100) throw new Error(`the app did not create IndexedDB "${name}" v${version}`);
				await new Promise((r) => setTimeout(r, 100));
			}
			const open = indexedDB.open(name, version);
			const db = await new Promise<IDBDatabase>((resolve, reject) => {
				open.onsuccess = () => resolve(open.result);
				open.onerror = () => reject(open.error ?? new Error('open failed'));
			});
			const tx = db.transaction(['custom-routines', 'settings'], 'readwrite');
			tx.objectStore('custom-routines').put(record);
			tx.objectStore('settings').put(settings, key); // the settings store has no keyPath
			await new Promise<void>((resolve, reject) => {
				tx.oncomplete = () => resolve();
				tx.onerror = () => reject(tx.error ?? new Error('write failed'));
			});
			db.close();
		},
		{ name: DB_NAME, version: DB_VERSION, key: SETTINGS_KEY, record, settings }
	);

	await page.goto(`${server.base}/mine/play?id=${routine.id}`);
	await page.waitForSelector('html[data-hydrated]');
	const start = page.getByTestId('start');
	await start.waitFor({ timeout: 10_000 }).catch(() => {
		throw new Error('no Start button on the play page (safety screen or pain check-in shown?)');
	});
	const cdp = await context.newCDPSession(page);
	await cdp.send('Performance.enable');
	const metrics = async (): Promise<Record<string, number>> => {
		const { metrics } = await cdp.send('Performance.getMetrics');
		return {
			...Object.fromEntries(metrics.map((m) => [m.name, m.value])),
			wall: Date.now() / 1000
		};
	};

	const load = loadavg()[0] ?? NaN;
	const figureShown = () =>
		page.evaluate(() => !!document.querySelector('[data-testid="player-figure"]'));
	/** Paints over `seconds` (frames with any Paint) and updates of the figure's DOM. */
	const traced = async (seconds: number) => {
		await page.evaluate(() => {
			const w = window as unknown as { __figureUpdates: number };
			w.__figureUpdates = 0;
			const figure = document.querySelector('[data-testid="player-figure"]');
			if (figure)
				new MutationObserver(() => void w.__figureUpdates++).observe(figure, {
					subtree: true,
					childList: true,
					attributes: true,
					characterData: true
				});
		});
		const before = await metrics();
		await browser!.startTracing(page, { categories: ['devtools.timeline'] });
		await sleep(seconds * 1000);
		const buffer = await browser!.stopTracing();
		const after = await metrics();
		const events = (JSON.parse(buffer.toString()) as { traceEvents: TraceEvent[] }).traceEvents;
		const figureUpdates = await page.evaluate(
			() => (window as unknown as { __figureUpdates: number }).__figureUpdates
		);
		return {
			framesPerS: framesPainted(events) / seconds,
			figureUpdatesPerS: figureUpdates / seconds,
			before,
			after
		};
	};

	await start.click();
	const t0 = Date.now();
	const until = (s: number) => sleep(Math.max(0, t0 + s * 1000 - Date.now()));
	const m0 = await metrics();
	// Sleep in Node rather than wait with Playwright: its polling would run on the page's main
	// thread and count as the app's.
	await until(STILL_WINDOW[0]);
	const still = await traced(STILL_WINDOW[1] - STILL_WINDOW[0]);
	await until(TEMPO_WINDOW[0]);
	const tempo0 = await metrics();
	const tempoFigure = await figureShown();
	await until(TEMPO_WINDOW[1]);
	const tempo1 = await metrics();
	await until(PAUSE_AT);
	const pauseButton = page.getByTestId('pause-resume');
	await pauseButton.click();
	await sleep(500);
	const paused = await traced(PAUSE_S - 1);
	await until(PAUSE_AT + PAUSE_S);
	await pauseButton.click();
	// Stop measuring 1 s before the end, while still playing.
	await sleep(Math.max(0, t0 + playMs - 1000 - Date.now()));
	const m1 = await metrics();
	// The traced windows are left out of the whole run's share: tracing costs main-thread time.
	const minus = (name: string) =>
		(m1[name] ?? NaN) -
		(m0[name] ?? NaN) -
		((still.after[name] ?? NaN) - (still.before[name] ?? NaN)) -
		((paused.after[name] ?? NaN) - (paused.before[name] ?? NaN));
	const share = (name: string) => minus(name) / minus('wall');
	const tempoShare = (name: string) =>
		((tempo1[name] ?? NaN) - (tempo0[name] ?? NaN)) / ((tempo1.wall ?? NaN) - (tempo0.wall ?? NaN));
	const audio = await page.evaluate(() => {
		const made = (window as unknown as { __benchAudio: AudioContext[] }).__benchAudio;
		const c = made.at(-1);
		if (!c) return null;
		const { contextTime = NaN, performanceTime = NaN } = c.getOutputTimestamp();
		return { contexts: made.length, state: c.state, contextTime, performanceTime };
	});
	await page
		.getByTestId('finish')
		.waitFor({ timeout: 16_000 })
		.catch(() => {
			throw new Error(`no finish screen within ${playMs / 1000 + 15} s of Start`);
		});
	const wallSeconds = (Date.now() - t0) / 1000;
	const log = await page.evaluate(() => window.__backbeatCues ?? []);

	const cues = log.filter((e: CueLogEntry) => e.kind !== 'cancel' && !e.cancelled);
	if (cues.length === 0)
		throw new Error('no cues logged: does the app still read backbeat:cue-log?');
	if (log.length >= 500)
		console.error('warning: the cue log hit its 500-entry cap; early cues are missing');
	// Speech and vibration count even when nothing came out (ok: false): they fired on time or not.
	const fired = cues.filter((e) => e.kind !== 'beep' && e.due !== undefined);
	const errorOf = (e: CueLogEntry) => Math.abs(e.at - (e.due ?? e.at));
	const beeps = cues.filter((e) => e.kind === 'beep');
	const scheduled = beeps.filter((e) => e.audioTime !== undefined && e.dueAudioTime !== undefined);
	const scheduleErrors = scheduled.map((e) => ((e.audioTime ?? 0) - (e.dueAudioTime ?? 0)) * 1000);

	print('routine_seconds', playMs / 1000, 's');
	print('wall_seconds', wallSeconds, 's');
	print('cue_count', cues.length, 'count');
	printStats('cue_error', fired.map(errorOf));
	for (const kind of ['speech', 'vibrate'] as const) {
		const ofKind = fired.filter((e) => e.kind === kind);
		print(`${kind}_count`, ofKind.length, 'count');
		print(`${kind}_ok_count`, ofKind.filter((e) => e.ok).length, 'count');
		printStats(`${kind}_error`, ofKind.map(errorOf));
	}
	print('beep_count', beeps.length, 'count');
	print('beeps_scheduled', scheduled.length, 'count');
	printStats('beep_schedule_error', scheduleErrors);
	printStats(
		'beep_lead',
		scheduled.map((e) => (e.due ?? e.at) - e.at),
		[MIN, P50]
	);
	// One getOutputTimestamp maps audio time to page time, valid while one context played it all.
	if (audio?.contexts === 1 && audio.performanceTime > 0) {
		const toPage = (t: number) => audio.performanceTime + (t - audio.contextTime) * 1000;
		const heard = scheduled.map((e) => toPage(e.audioTime ?? 0) - (e.due ?? e.at));
		printStats('beep_heard_offset', heard, [MIN, P50, MAX]);
	}
	const busyPct = share('TaskDuration') * 100;
	print('main_thread_busy_pct', busyPct, '%', '< 5');
	print('main_thread_cpu_pct', share('ThreadTime') * 100, '%');
	print('main_thread_script_pct', share('ScriptDuration') * 100, '%');
	print('style_recalcs_per_s', share('RecalcStyleCount'), '1/s');
	const tempoBusyPct = tempoShare('TaskDuration') * 100;
	print('tempo_main_thread_busy_pct', tempoBusyPct, '%', '<= 4');
	print('tempo_main_thread_cpu_pct', tempoShare('ThreadTime') * 100, '%');
	print('tempo_style_recalcs_per_s', tempoShare('RecalcStyleCount'), '1/s');
	print('tempo_figure_shown', tempoFigure, 'bool');
	print('paused_frames_per_s', paused.framesPerS, '1/s', '0');
	print('still_frames_per_s', still.framesPerS, '1/s', '<= 1.2');
	print('still_figure_updates_per_s', still.figureUpdatesPerS, '1/s', '0');
	const figureKb = await figureGzipKb();
	print('figure_code_and_poses_gzip', figureKb, 'KB', '<= 8');
	print('load_avg_1m', load, 'load');

	const worst = fired.reduce<CueLogEntry | undefined>(
		(w, e) => (!w || errorOf(e) > errorOf(w) ? e : w),
		undefined
	);
	if (worst)
		console.error(
			`worst cue: ${worst.kind} "${worst.what}" ${round(worst.at - (worst.due ?? 0))} ms late`
		);
	// Timers and the main-thread share suffer when other processes compete for the two cores.
	if (load > 1.5)
		console.error(`note: load average ${round(load)} at start; timings may be inflated`);
	const failed: string[] = [];
	const p99 = percentile(fired.map(errorOf), 99);
	if (!(p99 < 20)) failed.push(`non-audio cue p99 ${round(p99)} ms ≥ 20 ms`);
	const lateBeep = Math.max(...scheduleErrors);
	if (scheduled.length === 0) {
		failed.push(
			`no beep reached the audio clock (AudioContext ${audio?.state ?? 'never created'})`
		);
	} else if (!(lateBeep <= 5))
		failed.push(`a beep was scheduled ${round(lateBeep)} ms late (> 5 ms)`);
	if (!(busyPct < 5)) failed.push(`main thread ${round(busyPct)} % busy (≥ 5 %)`);
	if (!(tempoBusyPct <= 4))
		failed.push(`main thread ${round(tempoBusyPct)} % busy in a tempo step (> 4 %)`);
	if (!tempoFigure) failed.push('no figure on screen in the tempo step');
	if (paused.framesPerS !== 0)
		failed.push(`${round(paused.framesPerS)} frames/s painted while paused`);
	if (!(still.framesPerS <= 1.2))
		failed.push(`${round(still.framesPerS)} frames/s painted in a still hold (> 1.2)`);
	if (still.figureUpdatesPerS !== 0)
		failed.push(`${round(still.figureUpdatesPerS)} figure updates/s in a still hold`);
	if (!(figureKb <= 8)) failed.push(`figure code + poses ${round(figureKb)} KB gzipped (> 8 KB)`);
	print('targets_met', failed.length === 0, 'bool');
	for (const f of failed) console.error(`target missed: ${f}`);
}

/** One Chrome trace event (the fields read here). */
interface TraceEvent {
	name: string;
	ts: number;
}

/** Frames painted in a trace: Paint events closer than 4 ms belong to one frame. */
function framesPainted(events: TraceEvent[]): number {
	const paints = events
		.filter((e) => e.name === 'Paint')
		.map((e) => e.ts)
		.sort((a, b) => a - b);
	let frames = 0;
	let last = -Infinity;
	for (const ts of paints) {
		if (ts - last > 4000) frames++;
		last = ts;
	}
	return frames;
}

main()
	.catch((error: unknown) => {
		console.error(`bench-player: ${error instanceof Error ? error.message : String(error)}`);
		process.exitCode = 1;
	})
	.finally(() => cleanup());
