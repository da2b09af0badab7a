/**
 * The red-flag tiers and the cautions: each sign the facts list is in exactly one tier, and the
 * line every routine and plan shows only names emergency signs, taken from the one list.
 */
import { describe, expect, it } from 'vitest';
import {
	ADULTS_ONLY,
	APPOINTMENT_FLAGS,
	COLD_HEAT_CAUTIONS,
	EMERGENCY_FLAGS,
	ROUTINE_RED_FLAG_LINE,
	SOON_FLAGS,
	withRedFlagLine
} from './safety';

const now = EMERGENCY_FLAGS.map((f) => f.text).join('\n');
const soon = SOON_FLAGS.map((f) => f.text).join('\n');
const later = APPOINTMENT_FLAGS.map((f) => f.text).join('\n');
const tiers = { now, soon, later } as const;

describe('red-flag tiers', () => {
	it.each([
		[/saddle/, 'now'],
		[/cannot pass urine/, 'now'],
		[/bladder or bowels/, 'now'],
		[/both legs/, 'now'],
		[/one side of your body/, 'now'],
		[/chest pain/i, 'now'],
		// Added by issue 23: a serious injury, worsening weakness or foot drop, sexual function
		// with numbness or bladder/bowel change, sudden tearing pain.
		[/car crash, a fall from a height or a heavy blow/, 'now'],
		[/leg or foot that is getting worse/, 'now'],
		[/foot that drags or slaps/, 'now'],
		[/sexual function together with numbness or changes in your bladder or bowels/, 'now'],
		[/sudden, severe, tearing pain in your back or belly/i, 'now'],
		[/over 50 or have known problems with your circulation/, 'now'],
		[/fever/, 'soon'],
		[/lost weight/, 'soon'],
		[/cancer/, 'soon'],
		[/at night/, 'soon'],
		[/minor fall/, 'soon'],
		[/osteoporosis/, 'soon'],
		[/steroids/, 'soon'],
		[/immune system is weak/, 'soon'],
		[/inject drugs/, 'soon'],
		[/operation or an injection in your spine/, 'soon'],
		[/side or belly/, 'soon'],
		[/first back pain and you are under 20 or over 50/, 'soon'],
		[/severe or keeps getting worse/, 'soon'],
		[/not improved after about 4 to 6 weeks/, 'later'],
		[/keeps coming back/, 'later'],
		[/normal daily life/, 'later']
	] as const)('%s is under "%s" and only there', (sign, tier) => {
		for (const [name, text] of Object.entries(tiers)) {
			if (name === tier) expect(text).toMatch(sign);
			else expect(text).not.toMatch(sign);
		}
	});

	it('keeps "not improved after a few weeks" out of the today-or-tomorrow tier', () => {
		expect(soon).not.toMatch(/weeks/);
	});

	it('says Backbeat is for adults, 16 and over', () => {
		expect(ADULTS_ONLY).toMatch(/adults \(16 and over\)/);
	});

	it('names no medicine brand and gives no dosing', () => {
		expect(`${now}\n${soon}\n${later}`).not.toMatch(/\b(mg|dose|tablet|pill)s?\b/i);
	});
});

describe('the routine red-flag line', () => {
	it('names only emergency signs and points to the page for the rest', () => {
		expect(ROUTINE_RED_FLAG_LINE).toMatch(/^Stop and get emergency help/);
		expect(ROUTINE_RED_FLAG_LINE).toMatch(/When to stop\.$/);
		for (const soonOnly of [/fever/, /cancer/, /night/, /fall/, /weeks/]) {
			expect(ROUTINE_RED_FLAG_LINE).not.toMatch(soonOnly);
		}
		expect(ROUTINE_RED_FLAG_LINE.length).toBeLessThanOrEqual(300);
	});

	it('is built from the emergency list: every short phrase it names belongs to an emergency sign', () => {
		const shorts = EMERGENCY_FLAGS.flatMap((f) => (f.short ? [f.short] : []));
		expect(shorts.length).toBeGreaterThanOrEqual(3);
		for (const short of shorts) expect(ROUTINE_RED_FLAG_LINE).toContain(short);
		expect(SOON_FLAGS.some((f) => f.short)).toBe(false);
	});

	it("follows a routine's own notes once, whether or not an old copy carried it", () => {
		expect(withRedFlagLine(['Breathe.'])).toEqual(['Breathe.', ROUTINE_RED_FLAG_LINE]);
		expect(withRedFlagLine([ROUTINE_RED_FLAG_LINE, 'Breathe.'])).toEqual([
			'Breathe.',
			ROUTINE_RED_FLAG_LINE
		]);
	});
});

describe('cold and heat cautions', () => {
	it.each([
		/never put ice or a hot pack on bare skin/i,
		/never lie or sit on the pack/i,
		/fall asleep/i,
		/every few minutes/i,
		/very red, white/i,
		/blister/i,
		/numb or broken skin/i,
		/diabetes, poor circulation/i,
		/electric heating pad/i,
		/cold urticaria/i,
		/Raynaud/,
		/numb skin has warmed back to normal feeling before any warm pack/i,
		/warmth can ease pain early on too/i
	])('says %s', (caution) => {
		expect(COLD_HEAT_CAUTIONS.join('\n')).toMatch(caution);
	});
});
