/**
 * Progress that listens to pain. The calendar proposes the next phase; the plan takes it only
 * while pain check-ins are not worse than at the start. After a flare (pain up by 2 or more
 * since the phase began, or "It hurts" twice in a day) it offers to step back, or, in the first
 * phase, gentler options. Every answer carries a reason in plain words; the person can always
 * override.
 */
import { PLANS } from '../text/plans';
import type { PlanRun } from './run';
import { dayNumber } from './schedule';
import { dateKey, civilDate } from './zone';

/** The words of every reason (text/plans.ts). */
const R = PLANS.reason;

/** A pain check-in, as far as the plan cares (storage's Checkin fits). */
export interface PainCheckin {
	time: number;
	score: number;
	moment: 'before' | 'after' | 'hurts';
}

export type Review =
	/** Nothing to do. `reason` may explain why the plan is waiting. */
	| { kind: 'stay'; reason?: string }
	/** Move on now by itself; tell the person why. */
	| { kind: 'advance'; to: number; reason: string }
	/** The calendar says move on, pain says wait; the person may move on anyway. */
	| { kind: 'hold'; to: number; reason: string }
	/** A flare: offer the gentler phase. */
	| { kind: 'step-back'; to: number; reason: string }
	/**
	 * A flare in the first phase, where there is no gentler one: a calm word and gentler
	 * options, which the person acknowledges ("keep going").
	 */
	| { kind: 'flare'; reason: string }
	/** The plan has run its days. */
	| { kind: 'finished'; reason: string };

/** A rise of this much (0–10 scale) since the phase began is a flare. */
export const FLARE_RISE = 2;
/** This many "It hurts" on one local day is a flare. */
export const FLARE_HURTS = 2;
/** A check-in this long before the start still tells the pain at the start. */
const BASELINE_WINDOW_MS = 3 * 86_400_000;

/** The pain when the plan started: the latest check-in shortly before, else the first after. */
export function baselinePain(
	checkins: readonly PainCheckin[],
	startedAt: number
): number | undefined {
	const sorted = [...checkins].sort((a, b) => a.time - b.time);
	const before = sorted
		.filter((c) => c.time <= startedAt && c.time >= startedAt - BASELINE_WINDOW_MS)
		.at(-1);
	return (before ?? sorted.find((c) => c.time > startedAt))?.score;
}

/** The latest score at or before `ms`. */
export function painAt(checkins: readonly PainCheckin[], ms: number): number | undefined {
	let best: PainCheckin | undefined;
	for (const c of checkins) if (c.time <= ms && (!best || c.time >= best.time)) best = c;
	return best?.score;
}

/** What the plan should do now. Pure: the caller applies the answer (run.ts changePhase). */
export function reviewPhase(options: {
	run: PlanRun;
	checkins: readonly PainCheckin[];
	now: number;
}): Review {
	const { run, now } = options;
	const { plan, timeZone } = run;
	const checkins = options.checkins.filter((c) => c.time <= now);
	const day = dayNumber(run.startedAt, now, timeZone);
	if (plan.days !== undefined && day >= plan.days) {
		return { kind: 'finished', reason: R.over(plan.days) };
	}
	const flare = findFlare(run, checkins);
	if (flare && run.phaseIndex > 0) {
		const gentler = plan.phases[run.phaseIndex - 1]!;
		return {
			kind: 'step-back',
			to: run.phaseIndex - 1,
			reason: R.stepBack(flare, gentler.title)
		};
	}
	// The first phase has nothing gentler to go back to, but a flare there still deserves an
	// answer: do less next time, not stop moving.
	if (flare) return { kind: 'flare', reason: R.flareFirst(flare) };
	const to = run.phaseIndex + 1;
	const next = plan.phases[to];
	if (!next) return { kind: 'stay' };
	if (next.start.day !== undefined && day < next.start.day) return { kind: 'stay' };

	const current = painAt(checkins, now);
	const baseline = baselinePain(checkins, run.startedAt);
	if (next.start.painAtMost !== undefined) {
		if (current === undefined) {
			return {
				kind: 'hold',
				to,
				reason: R.waitNoCheckin(next.title, next.start.painAtMost)
			};
		}
		if (current > next.start.painAtMost) {
			return {
				kind: 'hold',
				to,
				reason: R.waitPain(next.title, next.start.painAtMost, current)
			};
		}
	}
	if (run.resumeAtPain !== undefined && (current === undefined || current > run.resumeAtPain)) {
		return {
			kind: 'hold',
			to,
			reason: R.afterFlare(run.resumeAtPain, current)
		};
	}
	if (current !== undefined && baseline !== undefined && current > baseline) {
		return {
			kind: 'hold',
			to,
			reason: R.worse(current, baseline)
		};
	}
	const reason = R.advance({
		day: next.start.day === undefined ? undefined : next.start.day + 1,
		current,
		atMost: next.start.painAtMost,
		baseline
	});
	return { kind: 'advance', to, reason };
}

/**
 * Why this is a flare, or undefined. Looks only at check-ins since the phase began (and since
 * the person last said "keep going").
 */
export function findFlare(run: PlanRun, checkins: readonly PainCheckin[]): string | undefined {
	const since = Math.max(run.phaseSince, run.flareSeenAt ?? 0);
	const recent = checkins.filter((c) => c.time > since).sort((a, b) => a.time - b.time);
	const reference = painAt(checkins, run.phaseSince) ?? baselinePain(checkins, run.startedAt);
	if (reference !== undefined) {
		const high = recent.find((c) => c.score - reference >= FLARE_RISE);
		if (high) {
			return R.rose(reference, high.score);
		}
	}
	const hurtsByDay = new Map<string, number>();
	for (const c of recent) {
		if (c.moment !== 'hurts') continue;
		const key = dateKey(civilDate(c.time, run.timeZone));
		const n = (hurtsByDay.get(key) ?? 0) + 1;
		hurtsByDay.set(key, n);
		if (n >= FLARE_HURTS) return R.hurts(n);
	}
	return undefined;
}

/**
 * What the plan says to do once it is over (its `afterwards`), from its last day on; undefined
 * before that, or for a plan without an end or without such a text.
 */
export function afterwardsText(options: { run: PlanRun; now: number }): string | undefined {
	const { run, now } = options;
	const { plan } = run;
	if (plan.days === undefined || plan.afterwards === undefined) return undefined;
	const day = dayNumber(run.startedAt, now, run.timeZone);
	return day >= plan.days - 1 ? plan.afterwards : undefined;
}
