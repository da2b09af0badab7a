/**
 * Every sentence of sharing: a shared link's page (/shared), the share sheet (file, link,
 * QR code) and importing a routine, with what a person reads for each broken link. In one
 * place per language. Whole sentences; a *bold part* and a `value` are marked (see
 * emphasis.ts). Pure.
 */

export const SHARE = {
	/** /shared: a routine someone sent as a link. */
	page: {
		title: 'Shared routine · Backbeat',
		allRoutines: '← All routines',
		opening: 'Opening the shared routine…',
		cannotOpen: 'This link cannot be opened',
		back: 'Back to routines',
		/** Where a link cannot be opened here: the routine can still come as a file. */
		importFile: 'Import a routine file',
		fromElse:
			'*Shared with you.* This routine was made by someone else, not by Backbeat. Check it suits you, and with whoever treats your back if you are unsure. Nothing is saved until you tap Save.',
		/** "12 min · gentle · lying, sitting": each part is already worded. */
		meta: (duration: string, level: string, positions: string) =>
			`${duration} · ${level} · ${positions}`,
		youNeed: (equipment: string) => `· You need: ${equipment}`,
		saved: 'Saved to your routines.',
		play: (routine: string) => `Play ${routine}`,
		yourRoutines: 'Your routines',
		save: 'Save to my routines',
		safety: 'Safety notes from the sender',
		steps: 'Steps'
	},

	/** Asked when a routine with the same id is already saved (shared page and import). */
	conflict: {
		lead: (id: string) => `A routine with the id \`${id}\` is already saved here.`,
		replace: 'Replace it',
		keepBoth: 'Keep both',
		cancel: 'Cancel'
	},

	/** The share sheet of one routine. */
	sheet: {
		exportFile: 'Export file',
		shareLink: 'Share link',
		savedTo: (file: string) => `Saved ${file} to your downloads.`,
		shared: 'Shared.',
		tooLong: 'This routine is too long for a link. Export it as a file instead.',
		/** Browsers without CompressionStream (Safari before 16.4, Firefox before 113). */
		noLinks:
			'This browser cannot make share links. Update it, or export the file and send that instead.',
		linkFailed: 'The link could not be made. Export the file and send that instead.',
		/** A routine that cannot be encoded: the problem, then its path-named details. */
		invalid: (message: string, errors: readonly string[]) => `${message} ${errors.join('; ')}`,
		link: 'Link to this routine (anyone with it can open a copy)',
		copy: 'Copy link',
		copied: 'Link copied.',
		copyFailed: 'Could not copy: select the link and copy it.',
		showQr: 'Show QR code',
		hideQr: 'Hide QR code',
		qrLabel: (routine: string) => `QR code of the link to ${routine}`,
		qrCaption: (routine: string) => `Scan with a phone camera to open ${routine} in Backbeat.`
	},

	/** Importing a routine from a file or pasted JSON. */
	import: {
		heading: 'Import a routine',
		file: 'From a .json file',
		paste: "Or paste the routine's JSON",
		importPasted: 'Import pasted JSON',
		failed: 'This routine could not be imported:',
		imported: (routine: string) => `Imported “${routine}”.`,
		tooLarge: '(file): the file is larger than 1 MB, too large to be a routine'
	},

	/** What a person reads for each broken link; the path-named details follow for 'invalid'. */
	linkProblem: {
		'not-a-link': 'This is not a Backbeat routine link.',
		'too-long': (most: number) =>
			`This link is too long to be a Backbeat routine (the most is ${most} characters).`,
		truncated:
			'This link is incomplete: its end was lost when it was copied. Ask for the link again, or copy all of it.',
		damaged:
			'This link is damaged: some of its characters were changed, so it cannot be opened. Ask for the link again.',
		newer: 'This link was made by a newer version of Backbeat. Update the app to open it.',
		invalid: 'The routine in this link does not fit the routine format.',
		/** No DecompressionStream here (Safari before 16.4, Firefox before 113). */
		unsupported: 'This browser cannot open share links; update it or import the file instead.',
		/** Anything else that went wrong while opening, so the page never stays on "Opening…". */
		failed:
			'Something went wrong while opening this link. Reload the page to try again, or ask for the routine as a file and import it.'
	}
} as const;
