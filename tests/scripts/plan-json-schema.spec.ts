import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { planJsonSchemaText } from './plan-json-schema';

describe('routines/plans/schema.json', () => {
	it('is up to date with src/lib/plan/schema.ts (run `npm run schema` if not)', () => {
		const checkedIn = readFileSync(
			new URL('../../routines/plans/schema.json', import.meta.url),
			'utf8'
		);
		expect(checkedIn).toBe(planJsonSchemaText());
	});

	it('describes the schedule kinds and rejects unknown fields', () => {
		const schema = JSON.parse(planJsonSchemaText()) as {
			additionalProperties: unknown;
			required: string[];
		};
		expect(schema.additionalProperties).toBe(false);
		expect(schema.required).toEqual(expect.arrayContaining(['formatVersion', 'id', 'phases']));
		const text = JSON.stringify(schema);
		for (const kind of ['times', 'every', 'daily']) expect(text).toContain(`"const":"${kind}"`);
	});
});
