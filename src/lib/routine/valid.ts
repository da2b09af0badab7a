/**
 * The validators that the routine format (shape.ts) and the plan format (plan/schema.ts) share:
 * whole numbers in a range, bounded lists and lowercase-with-dashes ids. Each error names what
 * was expected and describes what was found without quoting it whole (quote.ts).
 */
import * as v from 'valibot';

import { got as received } from './quote';

/** A whole number in [min, max]; the error names the range and `what` ("seconds", "a count"). */
export const whole = (min: number, max: number, what: string) => {
	const message = (issue: { input: unknown }) =>
		`expected ${what} between ${min} and ${max}, ${received(issue)}`;
	return v.pipe(
		v.number(message),
		v.integer(message),
		v.minValue(min, message),
		v.maxValue(max, message)
	);
};

/** A list of min to max items, each checked by `item`. */
export const list = <T extends v.GenericSchema>(item: T, min: number, max: number, what: string) =>
	v.pipe(
		v.array(item, (issue) => `expected a list of ${what}, ${received(issue)}`),
		v.minLength(min, (issue) => `expected at least ${min} ${what}, got ${issue.input.length}`),
		v.maxLength(max, (issue) => `expected at most ${max} ${what}, got ${issue.input.length}`)
	);

/** An id in lowercase-with-dashes of at most `max` characters. */
export const slug = (what: string, max: number) =>
	v.pipe(
		v.string((issue) => `expected ${what} as text, ${received(issue)}`),
		v.regex(
			/^[a-z0-9]+(?:-[a-z0-9]+)*$/,
			(issue) => `expected ${what} in lowercase-with-dashes, ${received(issue)}`
		),
		v.maxLength(max, (issue) => `expected ${what} of at most ${max} characters, ${received(issue)}`)
	);

/**
 * A list like `list`, where no item may appear twice: each repeat is reported at its own place
 * (`cautions[2]`), naming the item (`each` is what one item is called). `uniqueItems` also goes
 * into the generated JSON Schema, so editors underline a repeat while typing.
 */
export const uniqueList = <T extends v.GenericSchema>(
	item: T,
	min: number,
	max: number,
	what: string,
	each: string
) =>
	v.pipe(
		list(item, min, max, what),
		v.metadata({ uniqueItems: true }),
		v.rawCheck<v.InferOutput<T>[]>(({ dataset, addIssue }) => {
			if (!dataset.typed) return;
			const seen = new Set<unknown>();
			dataset.value.forEach((value: unknown, index) => {
				if (seen.has(value)) {
					const at = { type: 'array', origin: 'value', input: dataset.value, key: index } as const;
					addIssue({
						message: `expected each ${each} once, ${received({ input: value })} again`,
						path: [{ ...at, value }]
					});
				}
				seen.add(value);
			});
		})
	);
