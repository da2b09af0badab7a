/**
 * Every sentence Backbeat speaks, in one place per language. Whole sentences with their
 * numbers and names as parameters, so a translation can reorder them. Pure: the engine
 * imports it while compiling a routine.
 */

/** A numbered repeat: rep 2 of 8, set 1 of 3. */
interface Count {
	n: number;
	of: number;
}

export const SPOKEN = {
	getReady: 'Get ready',
	/** Before the first timed step: "Get ready: Pelvic tilt". */
	getReadyFor: (name: string) => `Get ready: ${name}`,
	/** An untimed step whose routine gives no cue of its own. */
	untimed: (name: string) => `${name}. Tap Done when ready.`,
	switchSides: 'Switch sides',
	rightSide: 'Right side',
	relax: 'Relax',
	rest: 'Rest',
	restThenSet: (next: Count) => `Rest. Set ${next.n} of ${next.of} next.`,
	nextUp: (name: string) => `Next up: ${name}`,
	/** Full guidance, before a step: "Next: Bridge, 8 times, each side." (the how-long part when it fits). */
	nextStep: (o: { name: string; howLong?: string | undefined }) =>
		o.howLong ? `Next: ${o.name}, ${o.howLong}.` : `Next: ${o.name}.`,
	/** How long a step runs, said aloud: "8 times, each side", "45 seconds". */
	howLong: (o: { reps?: number | undefined; seconds?: number | undefined; eachSide: boolean }) => {
		const what =
			o.reps !== undefined
				? o.reps === 1
					? 'once'
					: `${o.reps} times`
				: `${o.seconds ?? 0} seconds`;
		return o.eachSide ? `${what}, each side` : what;
	},
	/** Full guidance, the last rep of a step: "Last one. Hold. 5 of 5", or just "Last one". */
	lastOne: (count?: string) => (count ? `Last one. ${count}` : 'Last one'),
	holdRep: (rep: Count) => `Hold. ${rep.n} of ${rep.of}`,
	/** The start of a tempo rep: its count, after the step's own word when it has one ("Lift, 2"). */
	upRep: (n: number, word?: string) => (word ? `${word}, ${n}` : `${n}`),
	/** The turn of a tempo rep: the step's own word ("Lower", "Rock right"), else "Down". */
	down: (word?: string) => word ?? 'Down',
	halfway: 'Halfway',
	inhale: 'Breathe in',
	exhale: 'Breathe out',
	finish: 'Finished. Well done.',
	/** The count-in before time runs again after a resume: "3", "2", "1". */
	countIn: (n: number) => `${n}`,
	/** "N seconds left", rounded up like the big countdown. */
	secondsLeft: (ms: number) => {
		const s = Math.max(0, Math.ceil(ms / 1000));
		return s === 1 ? '1 second left' : `${s} seconds left`;
	},
	/** The first segment of a pass: "Set 2 of 3. Left side. Cat-camel". */
	passStart: (o: { cue: string; set?: Count | undefined; left: boolean }) => {
		if (o.set && o.left) return `Set ${o.set.n} of ${o.set.of}. Left side. ${o.cue}`;
		if (o.set) return `Set ${o.set.n} of ${o.set.of}. ${o.cue}`;
		if (o.left) return `Left side. ${o.cue}`;
		return o.cue;
	},
	/**
	 * Where the routine is, after a gap: "Bridge, left side, rep 3 of 8. Relax. 4 seconds left".
	 */
	whereNow: (o: {
		name: string;
		side?: 'left' | 'right' | undefined;
		rep?: Count | undefined;
		set?: Count | undefined;
		relaxing: boolean;
		leftMs: number;
	}) => {
		const where = [
			o.name,
			o.side && `${o.side} side`,
			o.rep && `rep ${o.rep.n} of ${o.rep.of}`,
			o.set && `set ${o.set.n} of ${o.set.of}`
		]
			.filter(Boolean)
			.join(', ');
		const left = SPOKEN.secondsLeft(o.leftMs);
		return o.relaxing ? `${where}. Relax. ${left}` : `${where}. ${left}`;
	},
	/** The get-ready segment after a gap: "Get ready: Pelvic tilt. 3 seconds left". */
	preparingNow: (said: string, leftMs: number) => `${said}. ${SPOKEN.secondsLeft(leftMs)}`
} as const;
