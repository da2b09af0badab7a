/**
 * The routine format as a whole: every field (shape.ts), then the routine's total length and
 * size (size.ts), so nothing a phone cannot play gets through.
 */
import * as v from 'valibot';
import { RoutineObjectSchema } from './shape';
import { sizeProblems } from './size';

export * from './shape';

/** The routine format: every field checked, then its total length and size (size.ts). */
export const RoutineSchema = v.pipe(
	RoutineObjectSchema,
	v.rawCheck(({ dataset, addIssue }) => {
		if (!dataset.typed) return;
		const routine = dataset.value;
		for (const message of sizeProblems(routine)) {
			const item = { type: 'object', origin: 'value', input: routine, key: 'steps' } as const;
			addIssue({ message, path: [{ ...item, value: routine.steps }] });
		}
	})
);
