import { toJsonSchema } from '@valibot/to-json-schema';
import { FigureSchema, LIMITS, RoutineSchema } from '../../src/lib/routine/schema';

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
			'One Backbeat routine (format 1). Generated from src/lib/routine/schema.ts by `npm run schema`; do not edit by hand. ' +
			// What JSON Schema cannot say; the app checks it (src/lib/routine/limits.ts).
			`Also checked by the app: the whole routine lasts at most ${LIMITS.totalSeconds / 3600} h and has at most ${LIMITS.segments} parts (each hold, relax, up, down, rest, side switch and untimed step, counting every set), and text has a visible character and no control, text-direction or invisible characters.`
	};
	return JSON.stringify(withMeta, null, '\t') + '\n';
}
