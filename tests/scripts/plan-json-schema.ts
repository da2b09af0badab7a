import { toJsonSchema } from '@valibot/to-json-schema';
import { PlanSchema } from '../../src/lib/plan/schema';

/** routines/plans/schema.json as text, generated from the one valibot plan schema. */
export function planJsonSchemaText(): string {
	const schema = toJsonSchema(PlanSchema, { errorMode: 'ignore', target: 'draft-07' });
	const withMeta = {
		...schema,
		title: 'Backbeat plan',
		description:
			'One Backbeat plan (format 1): phases over days, each listing routines and when they are due. Generated from src/lib/plan/schema.ts by `npm run schema`; do not edit by hand.'
	};
	return JSON.stringify(withMeta, null, '\t') + '\n';
}
