/**
 * Plans on this device: the runs (a plan being followed, with its settings) and their ledger.
 * At most one run is active (not stopped); starting a new plan stops the old one.
 */
import type { LedgerEntry } from '../plan/ledger';
import type { PlanRun } from '../plan/run';
import { readEntry, readRun } from './plan-records';
import { queryIndex } from './query';
import { commit, getAll, type Write } from './store';

/** Every stored run (active and stopped), newest first. */
export async function listPlanRuns(): Promise<PlanRun[]> {
	return (await getAll('plan-runs'))
		.map(readRun)
		.filter((r): r is PlanRun => r !== undefined)
		.sort((a, b) => b.startedAt - a.startedAt);
}

/** The run being followed, if any. */
export async function activePlanRun(): Promise<PlanRun | undefined> {
	return (await listPlanRuns()).find((r) => r.stoppedAt === undefined);
}

/** Saves a run; a new active run stops any other active one in the same transaction. */
export async function savePlanRun(run: PlanRun, options: { now: number }): Promise<boolean> {
	const writes: Write[] = [{ store: 'plan-runs', put: run }];
	if (run.stoppedAt === undefined) {
		for (const other of await listPlanRuns()) {
			if (other.id !== run.id && other.stoppedAt === undefined) {
				writes.push({
					store: 'plan-runs',
					put: { ...other, stoppedAt: options.now, savedAt: options.now }
				});
			}
		}
	}
	return commit(writes);
}

/** The ledger of one run, oldest due first. */
export async function listLedger(runId: string): Promise<LedgerEntry[]> {
	const records = await queryIndex('plan-ledger', 'by-run', { lower: runId, upper: runId });
	return records
		.map(readEntry)
		.filter((e): e is LedgerEntry => e !== undefined)
		.sort((a, b) => a.dueAt - b.dueAt);
}

/** Every ledger entry of every run (backup, CSV). */
export async function listAllLedger(): Promise<LedgerEntry[]> {
	return (await getAll('plan-ledger'))
		.map(readEntry)
		.filter((e): e is LedgerEntry => e !== undefined)
		.sort((a, b) => a.dueAt - b.dueAt);
}

/** Records "done" or "skipped" for one occurrence (the latest mark wins). */
export function saveLedgerEntry(entry: LedgerEntry): Promise<boolean> {
	return commit([{ store: 'plan-ledger', put: entry }]);
}

/** Takes back a mark ("Undo"). */
export function deleteLedgerEntry(id: string): Promise<boolean> {
	return commit([{ store: 'plan-ledger', delete: id }]);
}
