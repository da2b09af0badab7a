/**
 * When to stop and get care: written in our own words from shared/content/back-care-facts.md,
 * sorted the way low back pain guidelines (NICE NG59 and the red-flag lists clinicians screen
 * with) sort them. Shown before the first routine and one tap away from every page.
 */

/** A warning sign, as shown on /safety and before the first routine. */
export interface RedFlag {
	text: string;
}

/** Signs that need emergency help now (an emergency department or the emergency number). */
export const EMERGENCY_FLAGS: readonly RedFlag[] = [
	{
		text: 'Numbness or tingling in your groin, buttocks or between your legs (the "saddle" area).'
	},
	{
		text: 'You cannot pass urine or it is newly hard to start, you have new leaking of urine or stool, or you cannot control your bladder or bowels.'
	},
	{
		text: 'Weakness or numbness in both legs, pain spreading down both legs, or a leg that gives way under you.'
	},
	{
		text: 'Numbness, tingling or weakness down one side of your body, or your balance or coordination is suddenly poor.'
	},
	{ text: 'Chest pain.' }
];

/** Signs that need a doctor soon: the same day or the next. */
export const SOON_FLAGS: readonly RedFlag[] = [
	{ text: 'You have a fever or feel generally unwell as well as the back pain.' },
	{ text: 'You have lost weight without trying.' },
	{ text: 'You have had cancer.' },
	{ text: 'The pain is constant, including at night and when you lie still.' },
	{
		text: 'The pain began after a fall, an accident or an injury, or after even a small one if you have thin bones (osteoporosis) or have taken steroids for a long time.'
	},
	{
		text: 'Pain in your side or belly together with pain, burning or changes when you pass urine.'
	},
	{ text: 'New weakness in an arm or a leg, or you have lost feeling in one.' },
	{ text: 'The pain is severe or keeps getting worse.' },
	{ text: 'The pain has not improved after a few weeks.' }
];

/** The rule that holds during every exercise. */
export const DURING_EXERCISE =
	'Stop if the pain becomes sharper or spreads down a leg. A mild stretching feeling is fine; pain is not.';

/** What the app says about pain relief, and no more. */
export const PAIN_RELIEF_NOTE =
	'For advice on pain relief, ask a pharmacist or your doctor. Backbeat does not give medical advice.';

/**
 * The red-flag line every built-in routine carries in its safety notes. It names only signs
 * from EMERGENCY_FLAGS and points to the page for the rest, so a routine never contradicts it.
 */
export const ROUTINE_RED_FLAG_LINE =
	'Stop and get emergency help for numbness between your legs or around your bottom, new trouble passing urine or controlling your bladder or bowels, or weakness in both legs. Other warning signs are under When to stop.';

/** Using a cold or warm pack safely; shown on /safety and echoed in the pack routines. */
export const COLD_HEAT_CAUTIONS: readonly string[] = [
	'Wrap the pack in a thin, dry towel. Never put ice or a hot pack on bare skin.',
	'Never lie or sit on the pack, and do not fall asleep with one on.',
	'Check your skin every few minutes. If it turns very red, white, blotchy or blistered, or goes numb, take the pack off at once and let the skin recover; ask a pharmacist or doctor about a blister or a burn.',
	'Do not use a pack on numb or broken skin. With diabetes, poor circulation or reduced feeling, take extra care or ask a health professional first.',
	'A damp towel is fine with a microwave or hot-water pack, but never use a damp towel with an electric heating pad.',
	'Cold suits the first 24 to 72 hours (10 to 15 minutes at a time); warmth suits the time after (up to 20 minutes at a time).'
];
