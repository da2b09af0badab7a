/** The real effects behind the Today view: IndexedDB, the wall clock and system notifications. */
import type { LedgerRow } from '../plan/ledger';
import { addCheckin, listCheckins } from '../storage/checkins';
import { listSessions } from '../storage/history';
import {
	activePlanRun,
	deleteLedgerEntry,
	listLedger,
	saveLedgerEntry,
	savePlanRun
} from '../storage/plans';
import type { PlanToday, TodayDeps } from './plan-today.svelte';
import { PLANS } from '../text/plans';

/** Shows one system notification through the service worker (works with the tab hidden). */
async function notify(row: LedgerRow, title: string) {
	if (typeof Notification === 'undefined' || Notification.permission !== 'granted') return;
	const body = row.note ?? PLANS.reminder.body;
	const options: NotificationOptions = {
		body,
		tag: row.key,
		icon: '/pwa-192x192.png',
		data: { url: `/routine/${row.routine}` }
	};
	try {
		const registration = await navigator.serviceWorker?.getRegistration();
		if (registration) await registration.showNotification(PLANS.reminder.title(title), options);
		else new Notification(PLANS.reminder.title(title), options);
	} catch {
		// A refused notification must never break the Today view; the banner still shows.
	}
}

/** More than two weeks of a busy plan. */
const RECENT_SESSIONS = 400;

/** Saves a plan run just started (the start screen), through state/ like every other save. */
export const startPlanRun = (run: Parameters<typeof savePlanRun>[0], now: number) =>
	savePlanRun(run, { now });

export const browserTodayDeps: TodayDeps = {
	now: () => Date.now(),
	loadRun: activePlanRun,
	saveRun: (run) => savePlanRun(run, { now: Date.now() }),
	listLedger,
	saveEntry: saveLedgerEntry,
	deleteEntry: deleteLedgerEntry,
	// Newest first: a plan only looks at the last days, so a long history is not read each tick.
	listSessions: async (from) =>
		(await listSessions({ limit: RECENT_SESSIONS })).filter((s) => s.endedAt >= from),
	listCheckins: (from) => listCheckins({ from }),
	addCheckin: ({ time, score }) => addCheckin({ time, score, moment: 'before', sessionId: null }),
	notify: (row, title) => void notify(row, title)
};

/** How often a plan's view re-reads storage and the clock while it is on screen. */
const TICK_MS = 30_000;

/**
 * Loads a plan's view and keeps it in step with the clock: every tick and whenever the page
 * becomes visible again, so a phone waking from sleep is right at once. Returns the cleanup.
 */
export function followPlan(today: PlanToday): () => void {
	void today.load();
	const timer = setInterval(() => void today.sync(), TICK_MS);
	const onVisible = () => {
		if (document.visibilityState === 'visible') void today.sync();
	};
	document.addEventListener('visibilitychange', onVisible);
	return () => {
		clearInterval(timer);
		document.removeEventListener('visibilitychange', onVisible);
	};
}
