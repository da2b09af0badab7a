import { toJsonSchema } from '@valibot/to-json-schema';
import { FigureSchema, RoutineSchema } from '../../src/lib/routine/schema';

/** routines/schema.json as text, generated from the one valibot schema. */
export function routineJsonSchemaText(): string {
	// The figure (with its long list of pose names) is defined once and referenced from each step.
	const schema = toJsonSchema(RoutineSchema, {
		errorMode: 'ignore',
		target: 'draft-07',
		definitions: { Figure: FigureSchema }
	});
	const withMeta = {
		...schema,
		title: 'Backbeat routine',
		description:
			'One Backbeat routine (format 1). Generated from src/lib/routine/schema.ts by `npm run schema`; do not edit by hand.'
	};
	return JSON.stringify(withMeta, null, '\t') + '\n';
}
