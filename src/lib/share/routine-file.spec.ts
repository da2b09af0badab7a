import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseRoutineJson } from '../routine/parse';
import type { Routine } from '../routine/schema';
import { freeId, isSafeId, exportFileName } from './outside';
import { keepBoth, readRoutineFile, routineFile } from './routine-file';

const text = readFileSync(new URL('../../../routines/pelvic-tilts.json', import.meta.url), 'utf8');
const parsed = parseRoutineJson(text);
if (!parsed.ok) throw new Error(parsed.errors.join());
const pelvic: Routine = parsed.routine;
const none = () => false;

describe('routine files', () => {
	it('exports the built-in file format, named after the id, and reads it back', () => {
		const file = routineFile(pelvic);
		expect(file.name).toBe('pelvic-tilts.json');
		expect(Object.keys(JSON.parse(file.text) as object)[0]).toBe('formatVersion');
		const back = readRoutineFile(file.text, none);
		const { $schema: _schema, ...expected } = pelvic;
		expect(back).toEqual({ ok: true, routine: expected, exists: false });
	});

	it('writes every field of the built-in file, cautions too, in the same order', () => {
		expect(pelvic.cautions).toEqual(['pregnancy']);
		const exported = Object.keys(JSON.parse(routineFile(pelvic).text) as object);
		const builtIn = Object.keys(JSON.parse(text) as object).filter((key) => key !== '$schema');
		expect(exported).toEqual(builtIn);
	});

	it('names the JSON path of each problem in a broken file', () => {
		const broken = JSON.parse(text) as { steps: Record<string, unknown>[] };
		broken.steps[0]!.hodl = 3;
		const result = readRoutineFile(JSON.stringify(broken), none);
		expect(result.ok || result.errors).toContain(
			'steps[0].hodl: unknown field (not part of the routine format)'
		);
		const notJson = readRoutineFile('{"title": ', none);
		expect(notJson.ok || notJson.errors[0]).toMatch(/^\(file\): not valid JSON/);
		expect(readRoutineFile('  ', none)).toEqual({
			ok: false,
			errors: ['(file): the file is empty']
		});
	});

	it('refuses a newer format with a request to update the app', () => {
		const result = readRoutineFile(JSON.stringify({ ...pelvic, formatVersion: 7 }), none);
		expect(result.ok || result.errors[0]).toMatch(/^formatVersion: .*Update the app/);
	});

	it('says when the id is already in use, and keeps both under a free id', () => {
		const taken = new Set(['pelvic-tilts', 'pelvic-tilts-2']);
		const exists = (id: string) => taken.has(id);
		const result = readRoutineFile(text, exists);
		expect(result.ok && result.exists).toBe(true);
		const copy = keepBoth(pelvic, exists);
		expect(copy.id).toBe('pelvic-tilts-3');
		expect(copy.title).toBe(`${pelvic.title} (copy)`);
	});

	it('keeps a renamed id within 60 characters and safe', () => {
		const long = 'a'.repeat(60);
		const id = freeId(long, (c) => c === long);
		expect(id).toHaveLength(60);
		expect(isSafeId(id)).toBe(true);
		expect(freeId('../x', none)).toBe('my-routine-2');
		expect(exportFileName('../../etc/passwd')).toBe('routine.json');
	});
});
