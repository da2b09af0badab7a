/**
 * Whether a routine is in progress on this page. The update notice waits while it is,
 * because applying an update reloads the page.
 */
export const activity = $state({ sessionActive: false });
