import { describe, expect, it } from 'vitest';
import { testPlan } from './fixtures';
import { EARLY_MS, ledgerRows, mark, summarize } from './ledger';
import { planDay, type Occurrence } from './schedule';

const zone = 'UTC';
const H = 3_600_000;
const day0 = Date.UTC(2026, 4, 4);
const startedAt = day0 + 8 * H;
const occurrences: Occurrence[] = planDay({
	plan: testPlan(),
	phaseIndex: 0,
	startedAt,
	date: { year: 2026, month: 5, day: 4 },
	waking: { from: '09:00', to: '21:00' },
	timeZone: zone
});
const walk = (hour: number) =>
	occurrences.find((o) => o.routine === 'walk-break' && o.at === day0 + hour * H)!;
const status = (rows: ReturnType<typeof ledgerRows>, o: Occurrence) =>
	rows.find((r) => r.key === o.key)?.status;

describe('ledgerRows', () => {
	it('is upcoming before its time, due until the next one of the item, then missed', () => {
		const at = (now: number) => ledgerRows({ occurrences, entries: [], sessions: [], now });
		expect(status(at(day0 + 8 * H), walk(9))).toBe('upcoming');
		expect(status(at(day0 + 9 * H), walk(9))).toBe('due');
		expect(status(at(day0 + 12 * H - 1), walk(9))).toBe('due');
		expect(status(at(day0 + 12 * H), walk(9))).toBe('missed');
		expect(status(at(day0 + 12 * H), walk(12))).toBe('due');
	});

	it('marks an item done when its routine was finished in its window, once per session', () => {
		const sessions = [
			{ routineId: 'walk-break', endedAt: day0 + 9 * H + 5 * 60_000, outcome: 'finished' as const },
			{ routineId: 'walk-break', endedAt: day0 + 15 * H - EARLY_MS, outcome: 'finished' as const },
			{ routineId: 'walk-break', endedAt: day0 + 18 * H + 60_000, outcome: 'ended' as const }
		];
		const rows = ledgerRows({ occurrences, entries: [], sessions, now: day0 + 22 * H });
		expect(rows.find((r) => r.key === walk(9).key)).toMatchObject({
			status: 'done',
			by: 'routine'
		});
		expect(status(rows, walk(12))).toBe('done'); // the 14:30 walk counts for the 12:00 one
		expect(status(rows, walk(15))).toBe('missed');
		expect(status(rows, walk(18))).toBe('missed'); // ended early does not count
	});

	it('lets a hand-marked done or skip win', () => {
		const entries = [
			mark({ runId: 'r', occurrence: walk(9), status: 'done', now: day0 + 10 * H }),
			mark({ runId: 'r', occurrence: walk(12), status: 'skipped', now: day0 + 12 * H })
		];
		const rows = ledgerRows({ occurrences, entries, sessions: [], now: day0 + 13 * H });
		expect(rows.find((r) => r.key === walk(9).key)).toMatchObject({ status: 'done', by: 'hand' });
		expect(status(rows, walk(12))).toBe('skipped');
		expect(entries[0]!.id).toBe(`r|${walk(9).key}`);
	});

	it('summarizes a day for the Today view', () => {
		const rows = ledgerRows({ occurrences, entries: [], sessions: [], now: day0 + 12 * H + 1 });
		const s = summarize(rows);
		expect(s.due.map((r) => r.routine)).toEqual(['cold-compress', 'walk-break']);
		expect(s.missed.map((r) => r.at)).toEqual([day0 + 9 * H]);
		expect(s.next).toMatchObject({ routine: 'walk-break', at: day0 + 15 * H });
	});
});
