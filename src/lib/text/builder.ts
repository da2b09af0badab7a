/**
 * Every sentence of the routine builder (/mine/edit and its step editors), in one place per
 * language. Whole sentences with their values as parameters. The errors under a field are the
 * routine format's own messages (routine/), the same wording as for a routine file. Pure.
 */

/** "Step 2: Cat–cow", "Inner step 1". */
const stepLabel = (inner: boolean, n: number, name: string) =>
	`${inner ? 'Inner step' : 'Step'} ${n}${name ? `: ${name}` : ''}`;

export const BUILDER = {
	title: (original: string | undefined) =>
		original === undefined ? 'New routine · Backbeat' : `Edit ${original} · Backbeat`,
	heading: (original: string | undefined) =>
		original === undefined ? 'New routine' : `Edit “${original}”`,
	back: '← Your routines',
	leave: 'Leave without saving? Your changes stay here as a draft until you save or discard them.',
	restored: 'Your unsaved draft from before is back.',
	discard: 'Discard draft',
	saved: (title: string) => `Saved “${title}”.`,

	about: {
		legend: 'About this routine',
		title: 'Title',
		summary: 'Summary',
		summaryHint: 'One or two sentences for the routine card.',
		level: 'Level',
		stage: 'Stage: when it suits',
		position: 'Position',
		focus: 'Focus',
		equipment: 'Equipment',
		equipmentItem: (n: number) => `Item ${n}`,
		removeEquipment: (n: number) => `Remove item ${n}`,
		addEquipment: 'Add equipment',
		safety: 'Safety lines',
		safetyItem: (n: number) => `Safety line ${n}`,
		removeSafety: (n: number) => `Remove safety line ${n}`,
		addSafety: 'Add a safety line',
		cautions: 'Take care if…',
		cautionsHint:
			'Tick the conditions this routine’s moves need care with; its page then shows a short word on each.',
		/** The condition checkboxes (the words shown on routine pages are in content/conditions.ts). */
		condition: {
			pregnancy: 'Pregnancy',
			osteoporosis: 'Thin bones (osteoporosis)',
			'hip-replacement': 'Hip replacement'
		}
	},

	steps: 'Steps',
	/** The duration is already worded. */
	total: (duration: string) => `Total ${duration}`,
	save: 'Save routine',
	tryIt: 'Try it',
	toFix: (count: number) =>
		count === 1 ? '1 thing to fix before saving.' : `${count} things to fix before saving.`,
	toFixHeading: 'To fix',
	preview: 'Preview',
	/** The preview's line; the duration is already worded. */
	previewLine: (title: string, duration: string) => `${title || 'Untitled routine'} · ${duration}`,

	/** The new routine's first safety line, as every built-in routine carries it. */
	standardSafety:
		'Stop if the pain gets sharper or spreads down a leg. Mild stretching discomfort is fine; pain is not.',

	/** The list of steps. */
	list: {
		stepLabel,
		dragHandle: (step: string) => `Drag to reorder ${step}; or use the arrow keys`,
		moved: (name: string, to: number, of: number) =>
			`${name || 'Step'} moved to position ${to} of ${of}.`,
		added: (n: number) => `Added step ${n}.`,
		duplicated: (n: number, as: number) => `Duplicated step ${n} as step ${as}.`,
		removed: (name: string, n: number) => `Removed ${name || `step ${n}`}.`,
		moveUp: 'Move up',
		moveDown: 'Move down',
		duplicate: 'Duplicate',
		remove: 'Remove',
		newStep: (inner: boolean) => (inner ? 'New step in this block' : 'New step'),
		add: (inner: boolean) => (inner ? 'Add to block' : 'Add step'),
		/** The "New step" choices. */
		kinds: {
			timed: 'Timed',
			hold: 'Hold and relax',
			tempo: 'Reps at a tempo',
			'get-ready': 'Get into position (timed)',
			untimed: 'Waits for a tap',
			rest: 'Rest',
			sets: 'Sets block'
		}
	},

	/** One step's fields. */
	step: {
		kind: 'Kind of step',
		kinds: {
			timed: 'Timed (runs for a set time)',
			hold: 'Hold and relax, with reps',
			tempo: 'Reps at a tempo (up, down)',
			'get-ready': 'Get into position (timed, spoken)',
			untimed: 'Waits for a tap on Done',
			rest: 'Rest',
			sets: 'Sets (a block repeated)'
		},
		/** The name of a new rest step, and of an unnamed step in the preview. */
		restName: 'Rest',
		untitled: 'Untitled step',
		name: (optional: boolean) => (optional ? 'Name (optional)' : 'Name'),
		instructions: (optional: boolean) => (optional ? 'Instructions (optional)' : 'Instructions'),
		instructionsHint: 'One to three short sentences; they may be read aloud.',
		/** A number field's label with its unit: "Hold (s)"; no unit for a count. */
		seconds: (label: string) => `${label} (s)`,
		duration: 'Duration',
		getReadySeconds: 'Time to get ready',
		hold: 'Hold',
		relax: 'Relax',
		reps: 'Reps',
		up: 'Up',
		down: 'Down',
		sets: 'Sets',
		restBetween: 'Rest between sets',
		upWord: 'Word for the up phase (optional)',
		upWordHint: 'Shown and said as it starts, such as Lift or Bend; Up when empty.',
		downWord: 'Word for the down phase (optional)',
		downWordHint: 'Such as Lower or Stand; Down when empty.',
		perSide: 'Do it on each side (left, then right)',
		switchSides: 'Pause to switch sides',
		extras: 'Spoken cue, stop-if line and breathing',
		cue: 'Spoken cue (optional)',
		cueHint: 'Said when the step starts; the name is said when empty.',
		stopIf: 'Stop if (optional)',
		stopIfHint: 'A safety line shown with the step.',
		breathing: 'Guide the breathing',
		inhale: 'Breathe in',
		exhale: 'Breathe out'
	},

	/** A step's figure. Pose names are shown as written, dashes as spaces. */
	figure: {
		legend: 'Figure',
		start: 'Start pose',
		none: 'No figure',
		end: 'End pose',
		sameAsStart: 'Same as the start',
		cadence: 'Moves per minute, looping start and end (optional)',
		pose: (name: string) => name.replaceAll('-', ' '),
		startCaption: (pose: string) => `Start: ${pose}`,
		endCaption: (pose: string) => `End: ${pose}`
	}
} as const;
