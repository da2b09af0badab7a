/**
 * The Today view's brain: a plan's day, its ledger and its pain-gated phase, recomputed from the
 * clock. Storage, the clock and notifications are injected, so the spec drives it with fakes;
 * the component only shows it.
 */
import {
	ledgerRows,
	mark,
	summarize,
	type LedgerEntry,
	type LedgerRow,
	type PlayedSession
} from '../plan/ledger';
import {
	afterwardsText,
	reviewPhase,
	painAt,
	type PainCheckin,
	type Review
} from '../plan/progress';
import { toAnnounce } from '../plan/reminders';
import { lessonOfDay } from '../plan/parse';
import { changePhase, type PlanRun } from '../plan/run';
import { dayNumber, planDay } from '../plan/schedule';
import type { WakingHours } from '../plan/schema';
import { civilDate } from '../plan/zone';
import { PLANS } from '../text/plans';

export interface TodayDeps {
	now(): number;
	loadRun(): Promise<PlanRun | undefined>;
	saveRun(run: PlanRun): Promise<unknown>;
	listLedger(runId: string): Promise<LedgerEntry[]>;
	saveEntry(entry: LedgerEntry): Promise<unknown>;
	deleteEntry(id: string): Promise<unknown>;
	/** Sessions and check-ins from `from` on (the plan's start, less a few days). */
	listSessions(from: number): Promise<PlayedSession[]>;
	listCheckins(from: number): Promise<PainCheckin[]>;
	addCheckin(checkin: { time: number; score: number }): Promise<unknown>;
	/** Shows a system notification; only called when the person turned reminders on. */
	notify(row: LedgerRow, title: string): void;
}

const LOOK_BACK_MS = 3 * 86_400_000;

export class PlanToday {
	run = $state.raw<PlanRun | undefined>(undefined);
	rows = $state.raw<LedgerRow[]>([]);
	review = $state.raw<Review>({ kind: 'stay' });
	/** Why the plan just moved on by itself; shown until dismissed. */
	notice = $state.raw<string | undefined>(undefined);
	now = $state(0);
	pain = $state.raw<number | undefined>(undefined);
	loaded = $state(false);

	#deps: TodayDeps;
	#entries: LedgerEntry[] = [];
	#sessions: PlayedSession[] = [];
	#checkins: PainCheckin[] = [];
	// Bookkeeping only, never shown: a plain Set, not reactive state.
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	#announced = new Set<string>();

	constructor(deps: TodayDeps) {
		this.#deps = deps;
	}

	/** Today at a glance: due now, next, done, skipped, missed. */
	get summary() {
		return summarize(this.rows);
	}

	/** 1-based day of the plan ("Day 2 of 14"). */
	get day(): number {
		return this.run ? dayNumber(this.run.startedAt, this.now, this.run.timeZone) + 1 : 0;
	}

	/** The id of today's lesson, when the plan names one for this day (issue 24). */
	get lesson(): string | undefined {
		return this.run ? lessonOfDay(this.run.plan, this.day) : undefined;
	}

	/** What to do once the plan is over: from its last day on, else undefined. */
	get afterwards(): string | undefined {
		return this.run ? afterwardsText({ run: this.run, now: this.now }) : undefined;
	}

	/** Reads the run, then everything it depends on, then recomputes. */
	async load(): Promise<void> {
		this.run = await this.#deps.loadRun();
		this.loaded = true;
		await this.sync();
	}

	/**
	 * Re-reads the ledger, sessions and check-ins (a routine finished a moment ago may land in
	 * storage just after this view opened), then recomputes. Call on every tick.
	 */
	async sync(): Promise<void> {
		const run = this.run;
		if (run) {
			const from = run.startedAt - LOOK_BACK_MS;
			[this.#entries, this.#sessions, this.#checkins] = await Promise.all([
				this.#deps.listLedger(run.id),
				this.#deps.listSessions(from),
				this.#deps.listCheckins(from)
			]);
		}
		await this.refresh();
	}

	/** Recomputes from the clock; moves the phase on when the plan says so. */
	async refresh(): Promise<void> {
		const run = this.run;
		this.now = this.#deps.now();
		if (!run) return;
		const review = reviewPhase({ run, checkins: this.#checkins, now: this.now });
		if (review.kind === 'advance') {
			this.notice = PLANS.today.movedOn(run.plan.phases[review.to]!.title, review.reason);
			await this.#save(
				changePhase(run, { to: review.to, reason: review.reason, by: 'schedule', now: this.now })
			);
			return this.refresh();
		}
		this.review = review;
		this.pain = painAt(this.#checkins, this.now);
		const occurrences = planDay({
			plan: run.plan,
			phaseIndex: run.phaseIndex,
			startedAt: run.startedAt,
			date: civilDate(this.now, run.timeZone),
			waking: run.waking,
			timeZone: run.timeZone
		});
		this.rows = ledgerRows({
			occurrences,
			entries: this.#entries,
			sessions: this.#sessions,
			now: this.now
		});
		for (const row of toAnnounce({
			run,
			rows: this.rows,
			announced: this.#announced,
			now: this.now
		})) {
			this.#deps.notify(row, this.title(row.routine));
		}
		// Whatever is due now has been seen, announced or not: no burst when reminders go on.
		for (const row of this.rows) if (row.status === 'due') this.#announced.add(row.key);
	}

	/** The routine's title as it was when the plan started. */
	title(routine: string): string {
		return this.run?.titles[routine] ?? routine;
	}

	/** "Done" by hand (a walk without the app) or "Skip". */
	async markRow(row: LedgerRow, status: 'done' | 'skipped'): Promise<void> {
		if (!this.run) return;
		const entry = mark({ runId: this.run.id, occurrence: row, status, now: this.#deps.now() });
		this.#entries = [...this.#entries.filter((e) => e.id !== entry.id), entry];
		await this.#deps.saveEntry(entry);
		await this.refresh();
	}

	/** Takes back a hand mark. */
	async undo(row: LedgerRow): Promise<void> {
		if (!this.run) return;
		const id = `${this.run.id}|${row.key}`;
		this.#entries = this.#entries.filter((e) => e.id !== id);
		await this.#deps.deleteEntry(id);
		await this.refresh();
	}

	/** A pain check-in from the Today view (0–10). */
	async checkIn(score: number): Promise<void> {
		const time = this.#deps.now();
		this.#checkins = [...this.#checkins, { time, score, moment: 'before' }];
		await this.#deps.addCheckin({ time, score });
		await this.refresh();
	}

	/** Accepts the offer to step back after a flare. */
	async stepBack(): Promise<void> {
		const run = this.run;
		if (!run || this.review.kind !== 'step-back') return;
		const now = this.#deps.now();
		const resumeAtPain = painAt(this.#checkins, run.phaseSince);
		const next = changePhase(run, {
			to: this.review.to,
			reason: this.review.reason,
			by: 'person',
			now,
			...(resumeAtPain === undefined ? {} : { resumeAtPain })
		});
		await this.#save({ ...next, flareSeenAt: now });
		this.notice = undefined;
		await this.refresh();
	}

	/**
	 * Declines the step-back offer, or acknowledges a flare in the first phase: this flare is
	 * not raised again.
	 */
	async keepGoing(): Promise<void> {
		if (!this.run) return;
		await this.#save({ ...this.run, flareSeenAt: this.#deps.now(), savedAt: this.#deps.now() });
		await this.refresh();
	}

	/** Moves on although pain says wait (the person's call). */
	async moveOnAnyway(): Promise<void> {
		const run = this.run;
		if (!run || this.review.kind !== 'hold') return;
		await this.#save(
			changePhase(run, {
				to: this.review.to,
				reason: PLANS.reason.chose,
				by: 'person',
				now: this.#deps.now()
			})
		);
		await this.refresh();
	}

	async setReminders(on: boolean): Promise<void> {
		if (this.run) await this.#save({ ...this.run, reminders: on, savedAt: this.#deps.now() });
	}

	/** New waking hours: today's list and the calendar file follow at once. */
	async setWaking(waking: WakingHours): Promise<void> {
		if (!this.run) return;
		await this.#save({ ...this.run, waking, savedAt: this.#deps.now() });
		await this.refresh();
	}

	async setQuietHours(quietHours: WakingHours | null): Promise<void> {
		if (this.run) await this.#save({ ...this.run, quietHours, savedAt: this.#deps.now() });
	}

	/** Stops following the plan; its ledger stays in the history and the backup. */
	async stop(): Promise<void> {
		if (!this.run) return;
		const now = this.#deps.now();
		await this.#deps.saveRun({ ...this.run, stoppedAt: now, savedAt: now });
		this.run = undefined;
		this.rows = [];
	}

	dismissNotice() {
		this.notice = undefined;
	}

	async #save(run: PlanRun) {
		this.run = run;
		await this.#deps.saveRun(run);
	}
}
