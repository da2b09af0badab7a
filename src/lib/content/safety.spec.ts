/**
 * The red-flag tiers and the cautions: each sign the facts list is in exactly one tier, and the
 * line every routine carries only names emergency signs.
 */
import { describe, expect, it } from 'vitest';
import { COLD_HEAT_CAUTIONS, EMERGENCY_FLAGS, ROUTINE_RED_FLAG_LINE, SOON_FLAGS } from './safety';

const now = EMERGENCY_FLAGS.map((f) => f.text).join('\n');
const soon = SOON_FLAGS.map((f) => f.text).join('\n');

describe('red-flag tiers', () => {
	it.each([
		[/saddle/, 'now'],
		[/cannot pass urine/, 'now'],
		[/bladder or bowels/, 'now'],
		[/both legs/, 'now'],
		[/one side of your body/, 'now'],
		[/chest pain/i, 'now'],
		[/fever/, 'soon'],
		[/lost weight/, 'soon'],
		[/cancer/, 'soon'],
		[/at night/, 'soon'],
		[/fall, an accident or an injury/, 'soon'],
		[/osteoporosis/, 'soon'],
		[/side or belly/, 'soon'],
		[/severe or keeps getting worse/, 'soon'],
		[/not improved after a few weeks/, 'soon']
	] as const)('%s is under "%s" and only there', (sign, tier) => {
		expect(tier === 'now' ? now : soon).toMatch(sign);
		expect(tier === 'now' ? soon : now).not.toMatch(sign);
	});

	it('names no medicine brand and gives no dosing', () => {
		expect(`${now}\n${soon}`).not.toMatch(/\b(mg|dose|tablet|pill)s?\b/i);
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
		/electric heating pad/i
	])('says %s', (caution) => {
		expect(COLD_HEAT_CAUTIONS.join('\n')).toMatch(caution);
	});
});
