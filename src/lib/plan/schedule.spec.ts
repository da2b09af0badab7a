import { describe, expect, it } from 'vitest';
import { testPlan } from './fixtures';
import { dayNumber, phaseOnDay, planDay, slotMinutes } from './schedule';
import { timeOf, zonedParts } from './zone';

const waking = { from: '09:00', to: '21:00' };
const times = (slots: number[]) => slots.map(timeOf);

/** The local "HH:MM" of each occurrence, read back through Intl. */
const localTimes = (ms: number[], zone: string) =>
	ms.map((t) => {
		const p = zonedParts(t, zone);
		return timeOf(p.hour * 60 + p.minute);
	});

describe('slotMinutes', () => {
	it('puts every-N-hours items inside waking hours, both ends included', () => {
		expect(times(slotMinutes({ kind: 'every', hours: 3 }, waking))).toEqual([
			'09:00',
			'12:00',
			'15:00',
			'18:00',
			'21:00'
		]);
		expect(times(slotMinutes({ kind: 'every', hours: 5 }, waking))).toEqual([
			'09:00',
			'14:00',
			'19:00'
		]);
	});

	it('spreads N-times-a-day items evenly, to the quarter hour', () => {
		expect(times(slotMinutes({ kind: 'daily', count: 2 }, waking))).toEqual(['12:00', '18:00']);
		expect(times(slotMinutes({ kind: 'daily', count: 1 }, { from: '08:00', to: '22:00' }))).toEqual(
			['15:00']
		);
		expect(times(slotMinutes({ kind: 'daily', count: 4 }, { from: '08:00', to: '22:00' }))).toEqual(
			['09:45', '13:15', '16:45', '20:15']
		);
	});

	it('keeps fixed times, sorted and without repeats', () => {
		expect(times(slotMinutes({ kind: 'times', at: ['16:00', '07:30', '16:00'] }, waking))).toEqual([
			'07:30',
			'16:00'
		]);
	});
});

/** Each test zone with a spring and an autumn change (or none), as local start dates. */
const ZONES = [
	{
		zone: 'Europe/Berlin',
		spring: { year: 2026, month: 3, day: 27 },
		autumn: { year: 2026, month: 10, day: 23 }
	},
	{
		zone: 'America/New_York',
		spring: { year: 2026, month: 3, day: 6 },
		autumn: { year: 2026, month: 10, day: 30 }
	},
	{
		zone: 'Australia/Sydney',
		spring: { year: 2026, month: 10, day: 2 },
		autumn: { year: 2026, month: 4, day: 3 }
	},
	{
		zone: 'Asia/Kolkata',
		spring: { year: 2026, month: 3, day: 27 },
		autumn: { year: 2026, month: 10, day: 23 }
	}
];

describe('planDay across daylight-saving weeks', () => {
	for (const { zone, spring, autumn } of ZONES) {
		for (const [name, start] of [
			['spring', spring],
			['autumn', autumn]
		] as const) {
			it(`keeps 09:00, 12:00 … 21:00 local in ${zone} across the ${name} change`, () => {
				const plan = testPlan();
				// Started at 08:00 local on the first day.
				const startedAt =
					Date.UTC(start.year, start.month - 1, start.day, 8) - offsetGuess(zone, start);
				const seen: string[][] = [];
				const gaps = new Set<number>();
				for (let d = 0; d < 3; d++) {
					const date = { year: start.year, month: start.month, day: start.day + d };
					const walks = planDay({
						plan,
						phaseIndex: 0,
						startedAt,
						date,
						waking,
						timeZone: zone
					}).filter((o) => o.routine === 'walk-break');
					seen.push(
						localTimes(
							walks.map((o) => o.at),
							zone
						)
					);
					walks.slice(1).forEach((o, i) => gaps.add(o.at - walks[i]!.at));
				}
				for (const day of seen) expect(day).toEqual(['09:00', '12:00', '15:00', '18:00', '21:00']);
				// Three hours apart in real time too: no change happens between 09:00 and 21:00.
				expect([...gaps]).toEqual([3 * 3_600_000]);
			});
		}
	}

	it('drops what fell due before the plan started and everything after it ends', () => {
		const zone = 'Europe/Berlin';
		const startedAt = Date.UTC(2026, 2, 27, 12, 30); // 13:30 in Berlin
		const date = { year: 2026, month: 3, day: 27 };
		const first = planDay({
			plan: testPlan(),
			phaseIndex: 0,
			startedAt,
			date,
			waking,
			timeZone: zone
		});
		expect(
			localTimes(
				first.map((o) => o.at),
				zone
			)
		).toEqual(['15:00', '16:00', '18:00', '21:00']);
		const after = { year: 2026, month: 4, day: 3 };
		expect(
			planDay({ plan: testPlan(), phaseIndex: 0, startedAt, date: after, waking, timeZone: zone })
		).toEqual([]);
	});

	it('gives each occurrence a window that ends when the next of the same item is due', () => {
		const zone = 'Asia/Tokyo';
		const startedAt = Date.UTC(2026, 0, 1, 0); // 09:00 in Tokyo
		const day = planDay({
			plan: testPlan(),
			phaseIndex: 0,
			startedAt,
			date: { year: 2026, month: 1, day: 1 },
			waking,
			timeZone: zone
		});
		const walks = day.filter((o) => o.routine === 'walk-break');
		expect(walks[0]!.until).toBe(walks[1]!.at);
		expect(walks.at(-1)!.until - walks.at(-1)!.at).toBe(3_600_000);
		expect(new Set(day.map((o) => o.key)).size).toBe(day.length);
	});
});

describe('days and phases', () => {
	it('counts calendar days in the plan’s zone', () => {
		const startedAt = Date.UTC(2026, 2, 28, 22); // 23:00 Berlin on the 28th
		expect(dayNumber(startedAt, Date.UTC(2026, 2, 28, 23, 30), 'Europe/Berlin')).toBe(1);
		expect(dayNumber(startedAt, Date.UTC(2026, 2, 28, 23, 30), 'UTC')).toBe(0);
	});

	it('finds the phase the calendar reaches', () => {
		expect(phaseOnDay(testPlan(), 0)).toBe(0);
		expect(phaseOnDay(testPlan(), 2)).toBe(0);
		expect(phaseOnDay(testPlan(), 3)).toBe(1);
	});
});

/** The zone's offset on that date at noon, in ms, to place a local 08:00 start. */
function offsetGuess(zone: string, date: { year: number; month: number; day: number }): number {
	const noon = Date.UTC(date.year, date.month - 1, date.day, 12);
	const p = zonedParts(noon, zone);
	return Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute) - noon;
}

describe('the device zone does not leak in', () => {
	it('gives the same instants whatever TZ the process runs in', () => {
		const before = process.env.TZ;
		const run = (tz: string) => {
			process.env.TZ = tz;
			return planDay({
				plan: testPlan(),
				phaseIndex: 0,
				startedAt: Date.UTC(2026, 9, 24, 6),
				date: { year: 2026, month: 10, day: 25 }, // Berlin falls back this night
				waking,
				timeZone: 'Europe/Berlin'
			}).map((o) => o.at);
		};
		try {
			const reference = run('UTC');
			expect(localTimes(reference, 'Europe/Berlin').slice(0, 2)).toEqual(['09:00', '10:00']);
			for (const tz of ['America/Los_Angeles', 'Asia/Kolkata', 'Australia/Lord_Howe']) {
				expect(run(tz)).toEqual(reference);
			}
		} finally {
			if (before === undefined) delete process.env.TZ;
			else process.env.TZ = before;
		}
	});
});
