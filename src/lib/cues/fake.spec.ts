import { describe, expect, it } from 'vitest';
import { createRecordingCuePlayer } from './fake';

describe('createRecordingCuePlayer', () => {
	it('records beeps, speech, vibration and cancels in order', () => {
		const p = createRecordingCuePlayer();
		p.beep('countdown', { at: 1000 });
		p.beep('go');
		p.speak('Bridge', { interrupt: true });
		p.speak('Hold');
		expect(p.vibrate([200])).toBe(true);
		p.cancelScheduled();
		expect(p.calls).toEqual([
			{ type: 'beep', kind: 'countdown', at: 1000 },
			{ type: 'beep', kind: 'go' },
			{ type: 'speak', text: 'Bridge', interrupt: true },
			{ type: 'speak', text: 'Hold' },
			{ type: 'vibrate', pattern: [200] },
			{ type: 'cancel' }
		]);
		expect(p.ofType('beep')).toHaveLength(2);
	});

	it('copies the vibration pattern so later mutation does not rewrite history', () => {
		const p = createRecordingCuePlayer();
		const pattern = [80, 80, 80];
		p.vibrate(pattern);
		pattern.push(1);
		expect(p.calls[0]?.pattern).toEqual([80, 80, 80]);
	});

	it('answers vibrate false when off or unsupported, so a flash can be tested', () => {
		const p = createRecordingCuePlayer();
		p.setOptions({ vibration: false });
		expect(p.vibrate([60])).toBe(false);
		p.setOptions({ vibration: true });
		p.vibrationSupported = false;
		expect(p.vibrate([60])).toBe(false);
	});

	it('tracks options, unlocks, dispose and clear', async () => {
		const p = createRecordingCuePlayer();
		p.setOptions({ volume: 0.2 });
		p.setOptions({ voiceOn: false });
		expect(p.options).toMatchObject({ volume: 0.2, voiceOn: false, soundOn: true });
		await p.unlock();
		p.beep('tick');
		p.clear();
		p.dispose();
		expect(p.unlocks).toBe(1);
		expect(p.calls).toEqual([]);
		expect(p.disposed).toBe(true);
	});
});
