/**
 * What the app's shell starts once per page load in the browser, whoever renders the page:
 * SvelteKit's root layout on most pages, the home page's island entry (src/islands/home.ts) on
 * `/`, which runs without SvelteKit's client (issue 15). One home for both.
 */
import type { Component } from 'svelte';
import { install } from '$lib/pwa/install.svelte';
import { network } from '$lib/pwa/network.svelte';
import { update } from '$lib/pwa/update.svelte';
import { hasStoredData } from '$lib/state/has-data';
import { refreshIfAsked } from '$lib/state/progress-stale';
import { settings } from '$lib/state/settings.svelte';
import { nextTask } from '$lib/state/next-task';
import { storageStatus } from '$lib/state/storage-status.svelte';

/**
 * Starts the listeners (storage status, network, install offer, other tabs' settings) and
 * follows the chosen theme; then, in a task of its own so as not to lengthen the one hydrating
 * the page (issue 15), registers the service worker, loads the settings and rebuilds the
 * progress figures if the page before asked for it. Call it once the page's controls work: when
 * all this has started it marks `<html data-hydrated>`, on which tests (and people) can rely.
 */
export function startShell(): void {
	storageStatus.listen();
	network.listen();
	install.listen();
	settings.listen();
	// The person's theme choice wins over the system's; 'system' leaves it to the media query.
	$effect.root(() => {
		$effect(() => {
			const theme = settings.current.theme;
			if (theme === 'system') delete document.documentElement.dataset.theme;
			else document.documentElement.dataset.theme = theme;
		});
	});
	void nextTask().then(() => {
		void update.register();
		// Issue 15: on a first visit there is nothing stored, so the storage code is not fetched.
		void settings.load({ ifStored: true });
		// A workout just ended on the page before (it was left for this one with a page load).
		refreshIfAsked();
		document.documentElement.dataset.hydrated = '';
	});
}

/**
 * The resume banner, loaded after the first paint and only when something is stored: a first
 * visit does not fetch it. Null when there is nothing stored.
 */
export async function loadResumeBanner(): Promise<Component | null> {
	if (!(await hasStoredData())) return null;
	return (await import('./ResumeBanner.svelte')).default;
}
