/**
 * The home page's only script (issue 15). `/` is prerendered with `csr = false`, so SvelteKit's
 * client (router, loader, its 13 KB) never boots there; this entry brings the page's
 * interactive parts to life with Svelte alone: each `<Island>` in the markup is hydrated in
 * place from the props the server wrote beside it (no markup is replaced: no layout shift), then
 * the shell starts as on every other page. Built as an extra client entry (vite.config.ts,
 * `islands`); src/lib/server/islands.ts puts its hashed URL in the page.
 */
import { hydrate, mount, type Component } from 'svelte';
import Library from '$lib/components/Library.svelte';
import OfflineBadge from '$lib/components/OfflineBadge.svelte';
import StorageBanner from '$lib/components/StorageBanner.svelte';
import UpdateNotice from '$lib/components/UpdateNotice.svelte';
import { loadResumeBanner, startShell } from '$lib/components/shell.svelte';
import { nextTask } from '$lib/state/next-task';

/** The islands the home page may hold, by the `name` it gives each `<Island>`. */
const ISLANDS: Record<string, Component<never> | undefined> = {
	library: Library,
	offline: OfflineBadge,
	storage: StorageBanner,
	update: UpdateNotice
};

/**
 * Hydrates the islands in place, then starts the shell as the root layout does elsewhere. Each
 * in a task of its own (issue 15): on a slow phone, evaluating this script's modules, hydrating
 * the library and starting the shell were one 65 to 90 ms task, long enough to hold back a tap.
 */
async function start(): Promise<void> {
	// Svelte runs this script too when SvelteKit's client renders `/` itself (the root layout
	// turns links and `goto` into page loads, but not every history step): the layout, already
	// started, then drives the page.
	if (document.documentElement.dataset.hydrated !== undefined) return;
	for (const target of document.querySelectorAll<HTMLElement>('[data-island]')) {
		const component = ISLANDS[target.dataset.island ?? ''] as Component | undefined;
		if (!component) throw new Error(`No island named "${target.dataset.island}"`);
		const props = JSON.parse(target.dataset.props ?? '{}') as Record<string, unknown>;
		await nextTask();
		hydrate(component, { target, props });
	}
	await nextTask();
	startShell();
	// The resume banner goes first in <main>, once loaded, as in the root layout.
	const ResumeBanner = await loadResumeBanner();
	const main = document.getElementById('main');
	if (ResumeBanner && main)
		mount(ResumeBanner, { target: main, anchor: main.firstChild ?? undefined });
}

void start();
