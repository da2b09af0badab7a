import type { Plan } from './schema';

/** A small valid plan for tests: two phases, every kind of schedule. */
export function testPlan(overrides: Partial<Plan> = {}): Plan {
	return {
		formatVersion: 1,
		id: 'test-plan',
		version: 1,
		title: 'Test plan',
		summary: 'For tests.',
		days: 7,
		wakingHours: { from: '09:00', to: '21:00' },
		safety: ['Stop if it hurts.'],
		phases: [
			{
				id: 'first',
				title: 'First',
				summary: 'Early days.',
				start: { day: 0 },
				items: [
					{ routine: 'walk-break', schedule: { kind: 'every', hours: 3 } },
					{ routine: 'cold-compress', schedule: { kind: 'times', at: ['10:00', '16:00'] } }
				]
			},
			{
				id: 'second',
				title: 'Second',
				summary: 'Later.',
				start: { day: 3 },
				items: [{ routine: 'pelvic-tilts', schedule: { kind: 'daily', count: 2 } }]
			}
		],
		...overrides
	};
}
