import { describe, expect, it } from 'vitest';
import {
	CUE_LOG_KEY,
	CUE_LOG_MAX,
	enableCueLog,
	enableCueLogFromStorage,
	logCue,
	type CueLogHost
} from './log';

const storage = (items: Record<string, string>) => ({ getItem: (k: string) => items[k] ?? null });

describe('cue log', () => {
	it('is off by default: nothing is recorded or exposed', () => {
		const win: CueLogHost = { localStorage: storage({}) };
		expect(enableCueLogFromStorage(win)).toBe(false);
		expect(logCue({ kind: 'beep', what: 'go', at: 1 }, win)).toBeNull();
		expect(win.__backbeatCues).toBeUndefined();
	});

	it('turns on from localStorage', () => {
		const win: CueLogHost = { localStorage: storage({ [CUE_LOG_KEY]: '1' }) };
		expect(enableCueLogFromStorage(win)).toBe(true);
		logCue({ kind: 'speech', what: 'Bridge', at: 2 }, win);
		expect(win.__backbeatCues).toEqual([{ kind: 'speech', what: 'Bridge', at: 2 }]);
	});

	it('survives a storage that throws', () => {
		const win: CueLogHost = {
			localStorage: {
				getItem: () => {
					throw new Error('SecurityError');
				}
			}
		};
		expect(enableCueLogFromStorage(win)).toBe(false);
	});

	it('turns on from code, idempotently, keeping the same array', () => {
		const win: CueLogHost = {};
		const log = enableCueLog(win);
		logCue({ kind: 'vibrate', what: '200', at: 3, ok: false }, win);
		expect(enableCueLog(win)).toBe(log);
		expect(log).toHaveLength(1);
	});

	it('keeps only the last entries, trimming in place', () => {
		const win: CueLogHost = {};
		const log = enableCueLog(win);
		for (let i = 0; i < CUE_LOG_MAX + 20; i++) logCue({ kind: 'beep', what: 'tick', at: i }, win);
		expect(win.__backbeatCues).toBe(log);
		expect(log).toHaveLength(CUE_LOG_MAX);
		expect(log[0]?.at).toBe(20);
		expect(log.at(-1)?.at).toBe(CUE_LOG_MAX + 19);
	});
});
