/**
 * Every size limit of the routine format, in one place: the schema enforces them, the validator
 * names them in its errors, routines/README.md lists them and the builder can show them.
 *
 * They are set so that a physiotherapist never meets them (the longest built-in routine is
 * under 30 minutes and 40 steps) while a phone can always play what they allow: the largest
 * routine they allow compiles in a few milliseconds (`npm run bench:engine`). Without them a
 * 6 KB file could ask for 400,000 segments and hundreds of megabytes.
 */
export const LIMITS = {
	/** Total timed length of a routine, seconds (3 h). Untimed steps count 0. */
	totalSeconds: 3 * 3600,
	/** Timeline segments a routine compiles to (each hold, relax, up, down, rest, side switch…), "get ready" not counted. */
	segments: 5000,
	/** Top-level steps. */
	steps: 200,
	/** Steps inside one sets block. */
	stepsPerSet: 50,
	/** Repeats of a sets block. */
	sets: 20,
	/** Longest single timed piece (a timed step, a rest, a rest between sets), seconds. */
	pieceSeconds: 3600,
	/** One hold or one relax, seconds. */
	holdSeconds: 300,
	/** One tempo up or down, seconds. */
	tempoSeconds: 30,
	/** Reps of a hold or tempo step. */
	reps: 100,
	/** A get-ready step's time to get into position, seconds (15 when not given). */
	getReadySeconds: { min: 5, max: 120 },
	/** The switch-sides pause, seconds. */
	switchSeconds: 60,
	/** One inhale or exhale, seconds. */
	breathSeconds: 20,
	/** A timed step's spoken reminder ("Check your skin"): how often, seconds. */
	remindEverySeconds: { min: 60, max: 1800 },
	/** The routine's content revision. */
	version: 100_000,
	/** Characters per text field (after trimming). */
	text: {
		id: 60,
		tag: 60,
		title: 80,
		summary: 300,
		name: 60,
		instructions: 600,
		cue: 120,
		stopIf: 200,
		safety: 300,
		equipment: 40,
		/** A tempo step's phase word: "Lift", "Rock left". */
		phase: 20,
		/** A timed step's spoken reminder, said every `remind.every` seconds. */
		remind: 120,
		schemaRef: 200
	},
	/** Items per list. */
	lists: { positions: 3, tags: 12, equipment: 10, safety: 10 }
} as const;
