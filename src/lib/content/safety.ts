/**
 * When to stop and get care: written in our own words from shared/content/back-care-facts.md.
 * Shown before the first routine and one tap away from every routine page.
 */
export const RED_FLAGS: readonly { text: string; urgent?: boolean }[] = [
	{ text: 'You cannot control your bladder or bowels.', urgent: true },
	{ text: 'You have chest pain.', urgent: true },
	{ text: 'Numbness, tingling or weakness on one side of your body.' },
	{ text: 'You have lost feeling in an arm or a leg.' },
	{ text: 'New weakness in your arms or legs.' },
	{ text: 'Your balance or coordination is poor.' },
	{ text: 'The pain is severe, keeps getting worse, or has not eased after several weeks.' },
	{ text: 'The pain started after a fall, an accident or another injury.' }
];

/** The rule that holds during every exercise. */
export const DURING_EXERCISE =
	'Stop if the pain becomes sharper or spreads down a leg. A mild stretching feeling is fine; pain is not.';

/** What the app says about pain relief, and no more. */
export const PAIN_RELIEF_NOTE =
	'For advice on pain relief, ask a pharmacist or your doctor. Backbeat does not give medical advice.';
