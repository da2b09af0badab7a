/**
 * The player's screens from Start on: the running screen with its figure, and the finish
 * screen. Player.svelte imports them once it is mounted, not with the page (issue 15): the
 * page's first screen never needs them, and their code (the figure's poses among it) and styles
 * then stay out of the prerendered page and out of the work before it comes alive.
 */
export { default as FinishScreen } from './FinishScreen.svelte';
export { default as PlayerScreen } from './PlayerScreen.svelte';
export { default as PlayerFigure } from '../PlayerFigure.svelte';
