import { describe, expect, it } from 'vitest';
import { testPlan } from '../plan/fixtures';
import type { LedgerEntry, LedgerRow, PlayedSession } from '../plan/ledger';
import type { PainCheckin } from '../plan/progress';
import { startRun, type PlanRun } from '../plan/run';
import { PlanToday, type TodayDeps } from './plan-today.svelte';

const H = 3_600_000;
const START = Date.UTC(2026, 4, 4, 8); // 08:00 UTC, a Monday

/** Fake storage and clock; `notified` records what a system notification would have said. */
function fakes(run: PlanRun) {
	const state = {
		now: START,
		run: run as PlanRun | undefined,
		entries: [] as LedgerEntry[],
		sessions: [] as PlayedSession[],
		checkins: [] as PainCheckin[],
		notified: [] as string[]
	};
	const deps: TodayDeps = {
		now: () => state.now,
		loadRun: () => Promise.resolve(state.run?.stoppedAt === undefined ? state.run : undefined),
		saveRun: (r) => Promise.resolve((state.run = r)),
		listLedger: () => Promise.resolve([...state.entries]),
		saveEntry: (e) => Promise.resolve(state.entries.push(e)),
		deleteEntry: (id) =>
			Promise.resolve((state.entries = state.entries.filter((e) => e.id !== id))),
		listSessions: () => Promise.resolve([...state.sessions]),
		listCheckins: () => Promise.resolve([...state.checkins]),
		addCheckin: (c) => Promise.resolve(state.checkins.push({ ...c, moment: 'before' })),
		notify: (row: LedgerRow, title: string) => state.notified.push(`${title} ${row.minutes}`)
	};
	return { state, deps };
}

const newRun = () =>
	startRun({
		id: 'r',
		plan: testPlan(),
		titles: {
			'walk-break': 'Walk break',
			'cold-compress': 'Cold compress',
			'pelvic-tilts': 'Pelvic tilts'
		},
		startedAt: START,
		timeZone: 'UTC',
		waking: { from: '09:00', to: '21:00' },
		now: START
	});

describe('PlanToday', () => {
	it('shows what is next, then due, and marks by hand; a finished session counts too', async () => {
		const { state, deps } = fakes(newRun());
		const today = new PlanToday(deps);
		await today.load();
		expect(today.day).toBe(1);
		expect(today.summary.next).toMatchObject({ routine: 'walk-break', at: START + H });
		state.now = START + H + 60_000;
		await today.refresh();
		const walk = today.summary.due[0]!;
		await today.markRow(walk, 'done');
		expect(today.summary.done.map((r) => r.by)).toEqual(['hand']);
		await today.undo(walk);
		expect(today.summary.due.map((r) => r.routine)).toEqual(['walk-break']);
		state.sessions.push({
			routineId: 'walk-break',
			endedAt: START + H + 5 * 60_000,
			outcome: 'finished'
		});
		// A session saved after the view opened is picked up by the next tick's sync.
		await today.refresh();
		expect(today.summary.done).toEqual([]);
		await today.sync();
		expect(today.summary.done.map((r) => r.by)).toEqual(['routine']);
	});

	it('notifies each newly due item once, only when reminders are on', async () => {
		const { state, deps } = fakes(newRun());
		const today = new PlanToday(deps);
		await today.load();
		await today.setReminders(true);
		state.now = START + H + 1;
		await today.refresh();
		await today.refresh();
		expect(state.notified).toEqual(['Walk break 540']);
		await today.setReminders(false);
		state.now = START + 2 * H + 1;
		await today.refresh();
		expect(state.notified).toEqual(['Walk break 540']);
	});

	it('moves on by itself with a reason, and offers a step back after a flare', async () => {
		const { state, deps } = fakes(newRun());
		state.checkins.push({ time: START, score: 5, moment: 'before' });
		const today = new PlanToday(deps);
		await today.load();
		state.now = START + 3 * 24 * H + H;
		await today.refresh();
		expect(state.run?.phaseIndex).toBe(1);
		expect(today.notice).toBe(
			'Moved on to “Second”. Day 4 has come and your pain is not worse than the 5 you started with.'
		);
		state.now += 60_000;
		await today.checkIn(7);
		expect(today.review).toMatchObject({ kind: 'step-back', to: 0 });
		await today.stepBack();
		expect(state.run).toMatchObject({ phaseIndex: 0, resumeAtPain: 5 });
		expect(today.review.kind).toBe('hold');
		await today.moveOnAnyway();
		expect(state.run?.phaseIndex).toBe(1);
		expect(state.run?.changes.map((c) => c.by)).toEqual(['schedule', 'person', 'person']);
	});

	it('answers a flare in the first phase calmly; "keep going" puts it to rest', async () => {
		const { state, deps } = fakes(newRun());
		state.checkins.push({ time: START, score: 4, moment: 'before' });
		const today = new PlanToday(deps);
		await today.load();
		state.now = START + 2 * H;
		await today.checkIn(6);
		expect(today.review.kind).toBe('flare');
		expect(state.run?.phaseIndex).toBe(0);
		await today.keepGoing();
		expect(state.run?.flareSeenAt).toBe(START + 2 * H);
		expect(today.review.kind).toBe('stay');
	});

	it('says what to do next from the plan’s last day on', async () => {
		const run = newRun();
		const { state, deps } = fakes({
			...run,
			plan: { ...run.plan, afterwards: 'Keep walking every day.' }
		});
		const today = new PlanToday(deps);
		await today.load();
		expect(today.afterwards).toBeUndefined();
		state.now = START + 6 * 24 * H; // day 7 of 7
		await today.refresh();
		expect(today.afterwards).toBe('Keep walking every day.');
		expect(today.review.kind).not.toBe('finished');
		state.now = START + 7 * 24 * H;
		await today.refresh();
		expect(today.review.kind).toBe('finished');
		expect(today.afterwards).toBe('Keep walking every day.');
	});

	it('follows new waking hours at once', async () => {
		const { state, deps } = fakes(newRun());
		const today = new PlanToday(deps);
		await today.load();
		await today.setWaking({ from: '10:00', to: '19:00' });
		expect(state.run?.waking).toEqual({ from: '10:00', to: '19:00' });
		expect(today.summary.next).toMatchObject({ routine: 'walk-break', at: START + 2 * H });
		expect(today.rows.filter((r) => r.routine === 'walk-break').map((r) => r.minutes)).toEqual([
			600, 780, 960, 1140
		]);
	});

	it('stops the plan', async () => {
		const { state, deps } = fakes(newRun());
		const today = new PlanToday(deps);
		await today.load();
		await today.stop();
		expect(state.run?.stoppedAt).toBe(START);
		expect(today.run).toBeUndefined();
	});
});
