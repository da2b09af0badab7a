import { describe, expect, it } from 'vitest';
import { testPlan } from './fixtures';
import { afterwardsText, findFlare, reviewPhase, type PainCheckin, type Review } from './progress';
import { changePhase, startRun, type PlanRun } from './run';

const H = 3_600_000;
const D = 24 * H;
const zone = 'Europe/Berlin';
const startedAt = Date.UTC(2026, 2, 26, 8); // a Thursday; the clocks change on Sunday
const run: PlanRun = startRun({
	id: 'r1',
	plan: testPlan(),
	titles: {},
	startedAt,
	timeZone: zone,
	waking: { from: '09:00', to: '21:00' },
	now: startedAt
});
const checkin = (
	time: number,
	score: number,
	moment: PainCheckin['moment'] = 'before'
): PainCheckin => ({
	time,
	score,
	moment
});

/** Checks the kind and that the reason says what it should. */
function expectReview(review: Review, kind: Review['kind'], reason: RegExp) {
	expect(review.kind).toBe(kind);
	expect('reason' in review ? review.reason : '').toMatch(reason);
}

describe('reviewPhase', () => {
	it('stays before the day comes, then moves on when pain is not worse', () => {
		const checkins = [checkin(startedAt - H, 5), checkin(startedAt + 2 * D, 4)];
		expect(reviewPhase({ run, checkins, now: startedAt + 2 * D + 3 * H })).toEqual({
			kind: 'stay'
		});
		const review = reviewPhase({ run, checkins, now: startedAt + 3 * D });
		expect(review).toMatchObject({ kind: 'advance', to: 1 });
		expect(review.kind !== 'stay' && review.reason).toBe(
			'Day 4 has come and your pain is not worse than the 5 you started with.'
		);
	});

	it('moves on with no check-ins at all, saying so', () => {
		const review = reviewPhase({ run, checkins: [], now: startedAt + 3 * D });
		expect(review).toMatchObject({ kind: 'advance', to: 1 });
		expect(review.kind === 'advance' && review.reason).toMatch(
			/no check-in says your pain is worse/
		);
	});

	it('holds when pain is worse than at the start, and says why', () => {
		const checkins = [checkin(startedAt + H, 3), checkin(startedAt + 3 * D - H, 4)];
		expect(reviewPhase({ run, checkins, now: startedAt + 3 * D })).toEqual({
			kind: 'hold',
			to: 1,
			reason:
				'Your pain is 4 now, higher than the 3 you started with, so the plan stays here until it settles.'
		});
	});

	it('waits for a pain gate on the phase itself', () => {
		const plan = testPlan();
		plan.phases[1]!.start = { day: 3, painAtMost: 3 };
		const gated = { ...run, plan };
		const at = startedAt + 3 * D;
		expectReview(reviewPhase({ run: gated, checkins: [], now: at }), 'hold', /Check in your pain/);
		expectReview(
			reviewPhase({ run: gated, checkins: [checkin(at - H, 5)], now: at }),
			'hold',
			/3 or lower; it is 5 now/
		);
		expectReview(
			reviewPhase({ run: gated, checkins: [checkin(startedAt, 6), checkin(at - H, 3)], now: at }),
			'advance',
			/within the 3 this phase waits for/
		);
		// Pain alone opens a phase that has no day.
		plan.phases[1]!.start = { painAtMost: 3 };
		expect(
			reviewPhase({ run: gated, checkins: [checkin(startedAt + H, 2)], now: startedAt + 2 * H })
		).toMatchObject({
			kind: 'advance',
			to: 1
		});
	});

	it('offers to step back after pain rises by 2, with the reason', () => {
		const moved = changePhase(run, { to: 1, reason: 'x', by: 'schedule', now: startedAt + 3 * D });
		const checkins = [checkin(startedAt + 3 * D - H, 3), checkin(startedAt + 4 * D, 5, 'after')];
		expect(reviewPhase({ run: moved, checkins, now: startedAt + 4 * D + H })).toEqual({
			kind: 'step-back',
			to: 0,
			reason:
				'Your pain went from 3 to 5 since this phase began. Going back to “First” for a while may help.'
		});
		// A rise of one is not a flare.
		expect(
			reviewPhase({
				run: moved,
				checkins: [checkin(startedAt + 3 * D - H, 3), checkin(startedAt + 4 * D, 4)],
				now: startedAt + 4 * D + H
			}).kind
		).toBe('stay');
	});

	it('counts two "It hurts" on one local day as a flare, but not on two days', () => {
		const moved = changePhase(run, { to: 1, reason: 'x', by: 'schedule', now: startedAt + 3 * D });
		const base = Date.UTC(2026, 2, 30, 0); // 02:00 in Berlin
		const twoDays = [checkin(base - 3 * H, 6, 'hurts'), checkin(base + 2 * H, 6, 'hurts')]; // 23:00 and 04:00
		expect(findFlare(moved, twoDays)).toBeUndefined();
		const oneDay = [checkin(base + 2 * H, 6, 'hurts'), checkin(base + 9 * H, 6, 'hurts')];
		expect(findFlare(moved, oneDay)).toBe('You pressed “It hurts” 2 times in one day.');
		expect(reviewPhase({ run: moved, checkins: oneDay, now: base + 10 * H })).toMatchObject({
			kind: 'step-back',
			to: 0
		});
		// "Keep going" silences that flare.
		expect(
			reviewPhase({
				run: { ...moved, flareSeenAt: base + 10 * H },
				checkins: oneDay,
				now: base + 11 * H
			}).kind
		).toBe('stay');
	});

	it('after a step back, moves on again only once pain is back down', () => {
		const moved = changePhase(run, { to: 1, reason: 'x', by: 'schedule', now: startedAt + 3 * D });
		const back = changePhase(moved, {
			to: 0,
			reason: 'flare',
			by: 'person',
			now: startedAt + 4 * D,
			resumeAtPain: 3
		});
		const checkins = [checkin(startedAt, 7), checkin(startedAt + 4 * D - H, 5)];
		expectReview(
			reviewPhase({ run: back, checkins, now: startedAt + 4 * D + H }),
			'hold',
			/once your pain is 3 or lower \(it is 5 now\)/
		);
		checkins.push(checkin(startedAt + 5 * D, 3));
		expect(reviewPhase({ run: back, checkins, now: startedAt + 5 * D + H })).toMatchObject({
			kind: 'advance',
			to: 1
		});
		expect(back.changes.map((c) => [c.from, c.to, c.by])).toEqual([
			[0, 1, 'schedule'],
			[1, 0, 'person']
		]);
	});

	it('says when the plan is over', () => {
		expect(reviewPhase({ run, checkins: [], now: startedAt + 7 * D })).toMatchObject({
			kind: 'finished'
		});
	});

	it('notices a flare in the first phase too, with gentler options instead of a step back', () => {
		const checkins = [checkin(startedAt - H, 4), checkin(startedAt + D, 6, 'after')];
		const review = reviewPhase({ run, checkins, now: startedAt + D + H });
		expect(review).toEqual({
			kind: 'flare',
			reason:
				'Your pain went from 4 to 6 since this phase began. Flare-ups can happen in the first days. Do a little less next time rather than stopping altogether: rest in a comfortable position, breathe slowly, and keep your walks short and easy.'
		});
		// Calm: it never says to stop moving, and offers no phase to go to.
		expect(review.kind === 'flare' && review.reason).not.toMatch(/stop (all|moving|exercis)/i);
		expect('to' in review).toBe(false);
	});

	it('counts two "It hurts" in the first phase as a flare, and "keep going" answers it', () => {
		const hurts = [checkin(startedAt + 2 * H, 5, 'hurts'), checkin(startedAt + 5 * H, 5, 'hurts')];
		expectReview(
			reviewPhase({ run, checkins: hurts, now: startedAt + 6 * H }),
			'flare',
			/^You pressed “It hurts” 2 times in one day\. .*do a little less next time/i
		);
		const seen = { ...run, flareSeenAt: startedAt + 6 * H };
		expect(reviewPhase({ run: seen, checkins: hurts, now: startedAt + 7 * H })).toEqual({
			kind: 'stay'
		});
		// A new flare after that is noticed again.
		const again = [
			...hurts,
			checkin(startedAt + 8 * H, 5, 'hurts'),
			checkin(startedAt + 9 * H, 5, 'hurts')
		];
		expect(reviewPhase({ run: seen, checkins: again, now: startedAt + 10 * H }).kind).toBe('flare');
	});

	it('waits for the flare to be answered before the calendar moves on', () => {
		const checkins = [checkin(startedAt - H, 3), checkin(startedAt + 2 * D, 5)];
		expect(reviewPhase({ run, checkins, now: startedAt + 3 * D }).kind).toBe('flare');
	});
});

describe('afterwardsText', () => {
	const afterwards = 'Keep walking, and book an appointment if the pain has not settled.';
	const withText = { ...run, plan: testPlan({ afterwards }) };

	it('shows the plan’s text from its last day on, not before', () => {
		// The plan runs 7 days (0–6): day 6 is the last.
		expect(afterwardsText({ run: withText, now: startedAt + 5 * D })).toBeUndefined();
		expect(afterwardsText({ run: withText, now: startedAt + 6 * D })).toBe(afterwards);
		expect(afterwardsText({ run: withText, now: startedAt + 9 * D })).toBe(afterwards);
	});

	it('says nothing for a plan without the text or without an end', () => {
		expect(afterwardsText({ run, now: startedAt + 9 * D })).toBeUndefined();
		const endless = { ...run, plan: testPlan({ afterwards, days: undefined }) };
		expect(afterwardsText({ run: endless, now: startedAt + 90 * D })).toBeUndefined();
	});
});
