import { FORMAT_VERSION } from './constants';
import { describeValue } from './quote';

/**
 * Upgrades a routine object written in an older formatVersion to the current one.
 * Each entry turns version n into n + 1, tested with a fixture in migrate.spec.ts.
 */
const upgrades: Record<number, (old: Record<string, unknown>) => Record<string, unknown>> = {
	// Format 2 made `stage` required. An older routine gets "recovering" unless it already says
	// otherwise: a person in the first days of a spasm then sees the "meant for later" notice,
	// which errs on the careful side.
	1: (old) => ({ ...old, stage: old.stage ?? 'recovering' }),
	// Format 3 added the `get-ready` step. Nothing older changes meaning: an untimed step still
	// waits for Done, so an old file plays exactly as it did.
	2: (old) => old
};

export type MigrateResult =
	{ ok: true; value: Record<string, unknown> } | { ok: false; error: string };

/** Brings `input` to FORMAT_VERSION, or explains why it cannot. */
export function migrateRoutine(input: Record<string, unknown>): MigrateResult {
	const version = input.formatVersion;
	if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
		return {
			ok: false,
			error: `formatVersion: expected a whole number (this app reads 1 to ${FORMAT_VERSION}), got ${describeValue(version)}`
		};
	}
	if (version > FORMAT_VERSION) {
		return {
			ok: false,
			error: `formatVersion: this routine uses format ${version}, but this version of Backbeat reads up to format ${FORMAT_VERSION}. Update the app to open it.`
		};
	}
	let value = input;
	for (let n = version; n < FORMAT_VERSION; n++) {
		const step = upgrades[n];
		if (!step) return { ok: false, error: `formatVersion: no upgrade from format ${n}` };
		value = { ...step(value), formatVersion: n + 1 };
	}
	return { ok: true, value };
}
