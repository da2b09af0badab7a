/**
 * Every sentence of the app's frame (header, banners, notices shown on every page), in one
 * place per language. Kept apart from player.ts because the frame is in every page's first
 * paint and the player's words are not. Whole sentences with parameters; a bold part is
 * marked with asterisks (see emphasis.ts). Pure.
 */

export const APP = {
	name: 'Backbeat',

	/** The main navigation. */
	nav: {
		label: 'Main',
		routines: 'Routines',
		learn: 'Learn',
		progress: 'Progress',
		settings: 'Settings',
		safety: 'Safety'
	},

	offline: 'Offline · everything still works',

	/** The first link on every page, for keyboards and screen readers. */
	skipToContent: 'Skip to content',

	/** The page for an unknown address or a failure while showing a page. */
	error: {
		notFoundTitle: 'Page not found · Backbeat',
		notFound: 'Page not found',
		notFoundLead: 'There is no page at this address. Your routines and progress are safe.',
		failedTitle: 'Something went wrong · Backbeat',
		failed: 'Something went wrong',
		failedLead: 'Backbeat hit a problem showing this page. Your routines and progress are safe.',
		back: 'Back to routines'
	},

	/** The banner offering an unfinished routine on every page. */
	resumeBanner: {
		label: 'Unfinished routine',
		lead: 'You have an unfinished routine.',
		resume: (title: string, step: number, of: number) => `Resume ${title} at step ${step} of ${of}`,
		discard: 'Discard'
	},

	/** Shown when saving stopped; the reason (storage/status.ts) follows the lead. */
	storage: {
		lead: 'Not saving.',
		reload: 'Reload'
	},

	update: {
		ready: 'Update ready.',
		now: 'Update now'
	},

	/** Settings → install. */
	install: {
		installed: 'Backbeat is installed on this device.',
		offer: 'Install Backbeat to open it from your home screen, full screen and offline.',
		button: 'Install app',
		ios: 'To install on iPhone or iPad: open Backbeat in Safari, tap *Share*, then *Add to Home Screen*.',
		other:
			"To install, use your browser's menu: *Install app* or *Add to Home screen*. On iPhone and iPad, use Safari's *Share → Add to Home Screen*."
	}
} as const;
