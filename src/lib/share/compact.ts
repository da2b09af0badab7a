/**
 * Short keys for the link: the routine format's field names, one or two letters each. DEFLATE
 * already shrinks repeated keys, but not to nothing; this saves about 6 % of a link, which is
 * what keeps a ten-step routine inside a QR code a phone camera reads off a laptop screen.
 * Keys not in the table pass through unchanged, so the schema still reports them by name.
 */

const LONG_TO_SHORT: Record<string, string> = {
	type: 't',
	name: 'n',
	instructions: 'i',
	cue: 'c',
	breathing: 'b',
	stopIf: 's',
	perSide: 'p',
	switchSeconds: 'w',
	duration: 'd',
	// A get-ready step's time (format 3).
	seconds: 'z',
	hold: 'h',
	relax: 'r',
	reps: 'x',
	up: 'u',
	down: 'o',
	// Its own keys are `up` and `down`, shortened like the step's timing keys.
	phases: 'a',
	sets: 'e',
	restBetween: 'k',
	steps: 'S',
	inhale: 'I',
	exhale: 'E',
	// A timed step's reminder ("Check your skin…") and its own two keys.
	remind: 'R',
	every: 'v',
	say: 'y',
	figure: 'f',
	formatVersion: 'F',
	id: 'D',
	version: 'V',
	title: 'T',
	summary: 'M',
	level: 'L',
	stage: 'g',
	position: 'P',
	tags: 'G',
	equipment: 'Q',
	safety: 'Y',
	// Its values are condition names ("pregnancy"), left as they are.
	cautions: 'C'
};

const SHORT_TO_LONG = Object.fromEntries(
	Object.entries(LONG_TO_SHORT).map(([long, short]) => [short, long])
);

function rename(value: unknown, table: Record<string, string>): unknown {
	if (Array.isArray(value)) return value.map((item) => rename(item, table));
	if (typeof value !== 'object' || value === null) return value;
	const out: Record<string, unknown> = {};
	for (const [key, item] of Object.entries(value)) {
		// `figure` holds pose names, not routine fields: its own keys stay as they are.
		out[Object.hasOwn(table, key) ? table[key]! : key] =
			key === 'figure' || key === 'f' ? item : rename(item, table);
	}
	return out;
}

/** The routine with short keys, for the link. */
export function compactKeys(routine: unknown): unknown {
	return rename(routine, LONG_TO_SHORT);
}

/** Short keys back to the format's names. */
export function expandKeys(value: unknown): unknown {
	return rename(value, SHORT_TO_LONG);
}
