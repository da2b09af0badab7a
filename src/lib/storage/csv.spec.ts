import { describe, expect, it } from 'vitest';
import { csvCell, sessionsCsv } from './csv';
import { session } from './fixtures/factories';

const iso = (ms: number) => new Date(ms).toISOString().slice(0, 16).replace('T', ' ');

describe('sessions CSV', () => {
	it('has the header and one row per session, oldest first, with CRLF line ends', () => {
		const later = session({ startedAt: Date.UTC(2024, 2, 2, 9), routineTitle: 'Later' });
		const earlier = session({
			startedAt: Date.UTC(2024, 2, 1, 18, 5),
			routineTitle: 'Pelvic tilts',
			activeSeconds: 545,
			outcome: 'ended',
			painBefore: 6,
			painAfter: null,
			stepsCompleted: 5,
			stepsSkipped: 2
		});
		expect(sessionsCsv([later, earlier], { formatDate: iso })).toBe(
			'date,routine,minutes,outcome,pain before,pain after,steps completed,steps skipped\r\n' +
				'2024-03-01 18:05,Pelvic tilts,9.1,ended,6,,5,2\r\n' +
				'2024-03-02 09:00,Later,9,finished,5,3,8,0\r\n'
		);
	});

	it('quotes commas, quotes and line breaks (RFC 4180)', () => {
		expect(csvCell('plain')).toBe('plain');
		expect(csvCell('Neck, shoulders')).toBe('"Neck, shoulders"');
		expect(csvCell('The "gentle" one')).toBe('"The ""gentle"" one"');
		expect(csvCell('two\nlines')).toBe('"two\nlines"');
		expect(csvCell(' padded')).toBe('" padded"');
	});

	it('defuses cells a spreadsheet would run as formulas', () => {
		expect(csvCell('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
		expect(csvCell('+1')).toBe("'+1");
		expect(csvCell('-2+3')).toBe("'-2+3");
		expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
		expect(csvCell('\tcmd')).toBe("'\tcmd");
		const row = sessionsCsv([session({ routineTitle: '=1+1' })], { formatDate: () => '@now' });
		expect(row.split('\r\n')[1]).toMatch(/^'@now,'=1\+1,/);
	});

	it('formats dates in the device locale by default', () => {
		const ms = Date.UTC(2024, 2, 1, 9);
		const expected = new Intl.DateTimeFormat(undefined, {
			dateStyle: 'medium',
			timeStyle: 'short'
		}).format(ms);
		expect(sessionsCsv([session({ startedAt: ms })]).split('\r\n')[1]).toContain(csvCell(expected));
	});
});
