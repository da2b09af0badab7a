import { describe, expect, it } from 'vitest';
import { VIBRATION_PATTERNS } from '$lib/cues/vibration';
import type { Cue, CueType } from '$lib/engine';
import { soundsFor } from './cue-sounds';

const cue = (type: CueType, text?: string): Cue => ({
	id: `0:1:${type}:0`,
	type,
	positionMs: 5000,
	atMs: 15_000,
	segmentIndex: 1,
	stepIndex: 0,
	...(text !== undefined && { text })
});

describe('soundsFor', () => {
	it('countdown: a beep only, no words, no buzz', () => {
		expect(soundsFor(cue('countdown'))).toEqual({ beep: 'countdown' });
	});

	it('go: the go beep and a vibration', () => {
		expect(soundsFor(cue('go'))).toEqual({ beep: 'go', vibrate: VIBRATION_PATTERNS.go });
		expect(VIBRATION_PATTERNS.go.length).toBeGreaterThan(0);
	});

	it('rep and down counts: a tick when silent, the words when spoken (no tick on top)', () => {
		expect(soundsFor(cue('rep'))).toEqual({ beep: 'tick' });
		expect(soundsFor(cue('down'))).toEqual({ beep: 'tick' });
		expect(soundsFor(cue('rep', 'Hold. 2 of 3'))).toEqual({
			speak: 'Hold. 2 of 3',
			priority: 'count'
		});
		expect(soundsFor(cue('down', 'Down'))).toEqual({ speak: 'Down', priority: 'count' });
	});

	it('announce: a step phrase that waits for the sentence in progress (never interrupts)', () => {
		expect(soundsFor(cue('announce', 'Left side. Bridge'))).toEqual({
			speak: 'Left side. Bridge',
			priority: 'step'
		});
	});

	it('passes the short text and the room on to the speaker', () => {
		const long: Cue = {
			...cue('announce', 'Bridge. Lift your hips.'),
			short: 'Bridge',
			roomMs: 4000
		};
		expect(soundsFor(long)).toEqual({
			speak: 'Bridge. Lift your hips.',
			priority: 'step',
			short: 'Bridge',
			roomMs: 4000
		});
	});

	it('finish: the finish beep, the words and the long vibration pattern', () => {
		expect(soundsFor(cue('finish', 'Finished. Well done.'))).toEqual({
			beep: 'finish',
			speak: 'Finished. Well done.',
			priority: 'step',
			vibrate: VIBRATION_PATTERNS.finish
		});
	});

	it('rest and switch sides: their own beep, the words and a vibration', () => {
		expect(soundsFor(cue('rest', 'Rest'))).toEqual({
			beep: 'rest',
			speak: 'Rest',
			priority: 'step',
			vibrate: VIBRATION_PATTERNS.rest
		});
		expect(soundsFor(cue('switch-sides', 'Switch sides'))).toEqual({
			beep: 'switch',
			speak: 'Switch sides',
			priority: 'count',
			vibrate: VIBRATION_PATTERNS.switch
		});
	});

	it('spoken-only cues: words without beep or buzz; extras matter least, breaths are counts', () => {
		for (const type of ['next-up', 'halfway'] as const) {
			expect(soundsFor(cue(type, `say ${type}`)), type).toEqual({
				speak: `say ${type}`,
				priority: 'info'
			});
		}
		for (const type of ['inhale', 'exhale', 'relax'] as const) {
			expect(soundsFor(cue(type, `say ${type}`)), type).toEqual({
				speak: `say ${type}`,
				priority: 'count'
			});
		}
	});

	it("a step's intro (Full guidance) is said like the step itself, never dropped as an extra", () => {
		expect(soundsFor(cue('intro', 'Stop if it hurts more.'))).toEqual({
			speak: 'Stop if it hurts more.',
			priority: 'step'
		});
	});

	it('spoken-only cues without text make no sound at all', () => {
		for (const type of ['next-up', 'halfway', 'inhale', 'exhale', 'relax'] as const) {
			expect(soundsFor(cue(type)), type).toEqual({});
		}
	});

	it("a step's reminder (a skin check) is said as a step phrase and felt, with no beep", () => {
		const skin = 'Check your skin: if it is very red, white, blotchy or numb, take the pack off.';
		expect(soundsFor(cue('remind', skin))).toEqual({
			speak: skin,
			priority: 'step',
			vibrate: VIBRATION_PATTERNS.rest
		});
	});

	it('only go, rest, switch sides, reminders and finish are felt', () => {
		const types: CueType[] = [
			'announce',
			'next-up',
			'intro',
			'countdown',
			'go',
			'halfway',
			'rep',
			'down',
			'switch-sides',
			'inhale',
			'exhale',
			'relax',
			'rest',
			'remind',
			'finish'
		];
		const felt = types.filter((type) => soundsFor(cue(type, 'x')).vibrate);
		expect(felt).toEqual(['go', 'switch-sides', 'rest', 'remind', 'finish']);
	});
});
