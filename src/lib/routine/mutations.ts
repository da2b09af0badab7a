/**
 * Test support (imported by the fuzz specs only): fast-check arbitraries that break a valid JSON
 * value the ways untrusted files break: wrong types, huge, negative and fractional numbers, deep
 * nesting, control and invisible characters, long text, odd keys, missing and duplicated items,
 * truncated text and random JSON. Seeded runs make any failure reproducible.
 */
import fc from 'fast-check';

type Json = unknown;

const deep = (n: number): Json => JSON.parse('['.repeat(n) + ']'.repeat(n)) as Json;

/** Values that have broken parsers before. */
const NASTY: Json[] = [
	null,
	true,
	0,
	-1,
	0.5,
	-0,
	1e300,
	-1e300,
	8_640_000_000_000_001,
	Number.MAX_SAFE_INTEGER,
	2 ** 31,
	'',
	' ',
	'\u0000',
	'A\u202Eevil',
	'\u200B',
	'\uD800',
	'\u3164',
	'x'.repeat(5000),
	'__proto__',
	'constructor',
	[],
	{},
	{ toString: 1 },
	[[[[]]]],
	{ __proto__: null }
];

const nasty: fc.Arbitrary<Json> = fc.oneof(
	{ arbitrary: fc.constantFrom(...NASTY), weight: 6 },
	{ arbitrary: fc.integer({ min: 1, max: 3000 }).map(deep), weight: 1 },
	{ arbitrary: fc.jsonValue({ maxDepth: 3 }), weight: 3 },
	{ arbitrary: fc.double(), weight: 1 },
	{ arbitrary: fc.string({ unit: 'binary', maxLength: 30 }), weight: 2 }
);

/** Every path to an object field or list item in `value` (walks only values we built). */
function pathsOf(value: Json, prefix: (string | number)[] = [], out: (string | number)[][] = []) {
	if (out.length > 400 || prefix.length > 8) return out;
	if (Array.isArray(value)) {
		value.forEach((item, i) => {
			out.push([...prefix, i]);
			pathsOf(item, [...prefix, i], out);
		});
	} else if (typeof value === 'object' && value !== null) {
		for (const key of Object.keys(value)) {
			out.push([...prefix, key]);
			pathsOf((value as Record<string, Json>)[key], [...prefix, key], out);
		}
	}
	return out;
}

type Mutation =
	| { kind: 'set'; at: number; value: Json }
	| { kind: 'delete'; at: number }
	| { kind: 'duplicate'; at: number; times: number }
	| { kind: 'add-key'; at: number; key: string; value: Json }
	| { kind: 'number'; at: number; factor: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
	fc.record({ kind: fc.constant('set' as const), at: fc.nat(), value: nasty }),
	fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
	fc.record({
		kind: fc.constant('duplicate' as const),
		at: fc.nat(),
		times: fc.integer({ min: 1, max: 60 })
	}),
	fc.record({
		kind: fc.constant('add-key' as const),
		at: fc.nat(),
		key: fc.constantFrom('a.b', 'x[0]', 'line\nbreak', '', '__proto__', 'k'.repeat(300), 'extra'),
		value: nasty
	}),
	fc.record({
		kind: fc.constant('number' as const),
		at: fc.nat(),
		factor: fc.constantFrom(-1, 0, 10, 1000, 1e6, 0.001, 1.5)
	})
);

/** Sets an own property, even `__proto__` (plain assignment would swap the prototype). */
function put(target: Record<string | number, Json>, key: string | number, value: Json) {
	if (Array.isArray(target)) target[key as number] = value;
	else
		Object.defineProperty(target, key, {
			value,
			enumerable: true,
			writable: true,
			configurable: true
		});
}

function apply(root: Json, m: Mutation): Json {
	const paths = pathsOf(root);
	if (paths.length === 0) return m.kind === 'set' ? m.value : root;
	const path = paths[m.at % paths.length]!;
	const parent = path.slice(0, -1).reduce<Json>((o, k) => (o as Record<string, Json>)[k], root);
	const key = path[path.length - 1]!;
	const box = parent as Record<string | number, Json>;
	switch (m.kind) {
		case 'set':
			put(box, key, m.value);
			break;
		case 'delete':
			if (Array.isArray(parent)) parent.splice(key as number, 1);
			else delete box[key];
			break;
		case 'duplicate':
			if (Array.isArray(parent)) {
				// The same item again, not a copy: a copy of a 3,000-deep list would recurse.
				const list = parent as Json[];
				const copies = Array.from({ length: m.times }, (): Json => list[key as number]);
				list.splice(key as number, 0, ...copies);
			} else put(box, key, [box[key], box[key]]);
			break;
		case 'add-key': {
			const target = box[key];
			if (typeof target === 'object' && target !== null && !Array.isArray(target)) {
				put(target as Record<string, Json>, m.key, m.value);
			} else put(box, key, m.value);
			break;
		}
		case 'number':
			put(box, key, typeof box[key] === 'number' ? box[key] * m.factor : m.factor);
	}
	return root;
}

/** `valid` with 1–4 random mutations (a fresh copy each time). */
export const mutated = (valid: Json): fc.Arbitrary<Json> =>
	fc
		.array(mutation, { minLength: 1, maxLength: 4 })
		.map((ms) => ms.reduce(apply, JSON.parse(JSON.stringify(valid)) as Json));

/** JSON text; a value nested too deep for this stack becomes the deep text itself. */
function toText(value: Json): string {
	try {
		return JSON.stringify(value) ?? 'null';
	} catch {
		return '['.repeat(5000) + ']'.repeat(5000);
	}
}

/**
 * JSON text from `valid`: mutated and serialised, sometimes truncated, sometimes random JSON.
 */
export const mutatedText = (valid: Json): fc.Arbitrary<string> =>
	fc.oneof(
		{ arbitrary: mutated(valid).map(toText), weight: 6 },
		{
			arbitrary: fc
				.tuple(mutated(valid), fc.double({ min: 0, max: 1, noNaN: true }))
				.map(([v, cut]) => {
					const text = toText(v);
					return text.slice(0, Math.floor(text.length * cut));
				}),
			weight: 1
		},
		{ arbitrary: fc.json(), weight: 1 }
	);

/** A fixed seed: CI runs the same cases every time, and a failure prints its path to replay. */
export const FUZZ_SEED = 20_261_130;

/**
 * A generous per-test limit: the fuzz runs take a few seconds, more on a busy CI machine, and
 * vitest's default 5 s would fail them for being slow rather than wrong. Not a timing assertion.
 */
export const FUZZ_TIMEOUT_MS = 60_000;
