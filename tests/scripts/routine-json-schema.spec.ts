import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { routineJsonSchemaText } from './routine-json-schema';

describe('routines/schema.json', () => {
	it('is up to date with src/lib/routine/schema.ts (run `npm run schema` if not)', () => {
		const checkedIn = readFileSync(new URL('../../routines/schema.json', import.meta.url), 'utf8');
		expect(checkedIn).toBe(routineJsonSchemaText());
	});

	it('describes the step types and rejects unknown fields', () => {
		const schema = JSON.parse(routineJsonSchemaText()) as {
			additionalProperties: unknown;
			required: string[];
		};
		expect(schema.additionalProperties).toBe(false);
		expect(schema.required).toEqual(expect.arrayContaining(['formatVersion', 'id', 'steps']));
		const text = JSON.stringify(schema);
		for (const type of ['timed', 'hold', 'tempo', 'get-ready', 'untimed', 'rest', 'sets']) {
			expect(text).toContain(`"const":"${type}"`);
		}
	});
});
