/**
 * When to stop and get care: written in our own words from shared/content/back-care-facts.md,
 * sorted into the three tiers low back pain guidelines use (NICE NG59 and the red-flag lists
 * clinicians screen with). One list: /safety, the gate before the first routine, every routine
 * page and every plan show it or the line derived from it (ROUTINE_RED_FLAG_LINE); no routine or plan
 * file carries a copy of its own.
 */

/** A warning sign, as shown on /safety and before the first routine. */
export interface RedFlag {
	text: string;
	/** For the emergency signs the routine line names: a few words that fit in a sentence. */
	short?: string;
}

/** Signs that need emergency help now (an emergency department or the emergency number). */
export const EMERGENCY_FLAGS: readonly RedFlag[] = [
	{
		text: 'Numbness or tingling in your groin, buttocks or between your legs (the "saddle" area).',
		short: 'numbness between your legs or around your bottom'
	},
	{
		text: 'You cannot pass urine or it is newly hard to start, you have new leaking of urine or stool, or you cannot control your bladder or bowels.',
		short: 'new trouble passing urine or controlling your bladder or bowels'
	},
	{
		text: 'Weakness or numbness in both legs, pain spreading down both legs, or a leg that gives way under you.',
		short: 'weakness in both legs'
	},
	{
		text: 'Weakness in a leg or foot that is getting worse, or a foot that drags or slaps on the ground when you walk.',
		short: 'a leg or foot that is getting weaker'
	},
	{
		text: 'New problems with sexual function together with numbness or changes in your bladder or bowels.'
	},
	{
		text: 'Numbness, tingling or weakness down one side of your body, or your balance or coordination is suddenly poor.'
	},
	{ text: 'Chest pain.' },
	{
		text: 'Back pain after a serious injury, such as a car crash, a fall from a height or a heavy blow.'
	},
	{
		text: 'Sudden, severe, tearing pain in your back or belly, especially if you are over 50 or have known problems with your circulation.'
	}
];

/** Signs that need a doctor soon: the same day or the next. */
export const SOON_FLAGS: readonly RedFlag[] = [
	{ text: 'You have a fever or feel generally unwell as well as the back pain.' },
	{ text: 'You have lost weight without trying.' },
	{ text: 'You have had cancer.' },
	{ text: 'The pain is constant, including at night and when you lie still.' },
	{
		text: 'The pain began after a minor fall or knock, and you have thin bones (osteoporosis) or have taken steroids for a long time.'
	},
	{
		text: 'Your immune system is weak (from an illness or from medicines), you inject drugs, or you have recently had an operation or an injection in your spine.'
	},
	{
		text: 'Pain in your side or belly together with pain, burning or changes when you pass urine.'
	},
	{
		text: 'This is your first back pain and you are under 20 or over 50, with no clear cause.'
	},
	{ text: 'New weakness in an arm or a leg, or you have lost feeling in one.' },
	{ text: 'The pain is severe or keeps getting worse.' }
];

/** Reasons to book an appointment with a GP or a physiotherapist: not urgent, within a few weeks. */
export const APPOINTMENT_FLAGS: readonly RedFlag[] = [
	{ text: 'The pain has not improved after about 4 to 6 weeks.' },
	{ text: 'The pain keeps coming back.' },
	{ text: 'The pain stops you doing your normal daily life.' }
];

/** Who Backbeat is for. */
export const ADULTS_ONLY =
	'Backbeat is for adults (16 and over). For a child or a teenager with back pain, ask a doctor.';

/** The rule that holds during every exercise. */
export const DURING_EXERCISE =
	'Stop if the pain becomes sharper or spreads down a leg. A mild stretching feeling is fine; pain is not.';

/** What the app says about pain relief, and no more. */
export const PAIN_RELIEF_NOTE =
	'For advice on pain relief, ask a pharmacist or your doctor. Backbeat does not give medical advice.';

/** "a, b or c" */
function orList(items: readonly string[]): string {
	return items.length < 2
		? (items[0] ?? '')
		: `${items.slice(0, -1).join(', ')} or ${items.at(-1)}`;
}

/**
 * The red-flag line shown with every routine (built-in, own or shared) and every plan. It is
 * built from EMERGENCY_FLAGS (the signs with a `short`), so it cannot drift from the list, and
 * points to the page for the rest.
 */
export const ROUTINE_RED_FLAG_LINE = `Stop and get emergency help for ${orList(
	EMERGENCY_FLAGS.flatMap((f) => (f.short ? [f.short] : []))
)}. Other warning signs are under When to stop.`;

/** A routine's or a plan's safety notes as shown: its own, then the shared red-flag line. */
export function withRedFlagLine(notes: readonly string[]): string[] {
	return [...notes.filter((n) => n !== ROUTINE_RED_FLAG_LINE), ROUTINE_RED_FLAG_LINE];
}

/** Using a cold or warm pack safely; shown on /safety and echoed in the pack routines. */
export const COLD_HEAT_CAUTIONS: readonly string[] = [
	'Wrap the pack in a thin, dry towel. Never put ice or a hot pack on bare skin.',
	'Never lie or sit on the pack, and do not fall asleep with one on.',
	'Check your skin every few minutes. If it turns very red, white, blotchy or blistered, or goes numb, take the pack off at once and let the skin recover; ask a pharmacist or doctor about a blister or a burn.',
	'Do not use a pack on numb or broken skin. With diabetes, poor circulation or reduced feeling, take extra care or ask a health professional first.',
	'A damp towel is fine with a microwave or hot-water pack, but never use a damp towel with an electric heating pad.',
	"Do not use cold if cold brings you out in hives (cold urticaria) or if you have Raynaud's. After a cold pack, wait until numb skin has warmed back to normal feeling before any warm pack goes on.",
	'Cold is a common choice in the first day or two after an injury with swelling (10 to 15 minutes at a time). Warmth can ease pain early on too, once any swelling has settled (up to 20 minutes at a time). Neither is a treatment on its own: both are there to help you move.'
];
