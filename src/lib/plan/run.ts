/**
 * A plan someone is following: the plan as it was when started (so an app update cannot change
 * a course halfway), when and where it started, waking hours, the phase it is in and why.
 */
import type { Plan, WakingHours } from './schema';

/** A move between phases and the reason given for it. */
export interface PhaseChange {
	at: number;
	from: number;
	to: number;
	reason: string;
	/** "schedule": the plan moved on by itself; "person": the person chose. */
	by: 'schedule' | 'person';
}

export interface PlanRun {
	id: string;
	plan: Plan;
	/** Routine titles by id, taken when the plan was started. */
	titles: Record<string, string>;
	startedAt: number;
	/** The IANA zone the plan's times are read in ("Europe/Berlin"). */
	timeZone: string;
	waking: WakingHours;
	phaseIndex: number;
	/** When the current phase began. */
	phaseSince: number;
	changes: PhaseChange[];
	/** Flare offers only look at check-ins after this (the person said "keep going"). */
	flareSeenAt?: number;
	/**
	 * After a step back, the calendar moves on again only once pain is at most this (it was
	 * the pain when the gentler phase was left).
	 */
	resumeAtPain?: number;
	/** System notifications while the app is open; the in-app banner is always on. */
	reminders: boolean;
	/** No system notifications between these local times (the banner still shows). */
	quietHours: WakingHours | null;
	/** Set when the person stops the plan; a stopped run stays in the ledger's history. */
	stoppedAt?: number;
	savedAt: number;
}

/** A run moved to phase `to`, recording why. */
export function changePhase(
	run: PlanRun,
	change: { to: number; reason: string; by: PhaseChange['by']; now: number; resumeAtPain?: number }
): PlanRun {
	const { to, reason, by, now, resumeAtPain } = change;
	const next: PlanRun = {
		...run,
		phaseIndex: to,
		phaseSince: now,
		changes: [...run.changes, { at: now, from: run.phaseIndex, to, reason, by }],
		savedAt: now
	};
	if (resumeAtPain === undefined) delete next.resumeAtPain;
	else next.resumeAtPain = resumeAtPain;
	return next;
}

/** A new run of `plan` starting at `startedAt`. */
export function startRun(options: {
	id: string;
	plan: Plan;
	titles: Record<string, string>;
	startedAt: number;
	timeZone: string;
	waking: WakingHours;
	now: number;
}): PlanRun {
	const { now, ...rest } = options;
	return {
		...rest,
		phaseIndex: 0,
		phaseSince: options.startedAt,
		changes: [],
		reminders: false,
		quietHours: null,
		savedAt: now
	};
}
