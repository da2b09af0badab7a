/**
 * The routine for the moment a back seizes up (issue 24). It is one tap away wherever that
 * moment may find someone: the home page (first visit included), the plan's Today view and the
 * card after a routine that made the pain rise. Straight to its player, not its page: the Start
 * tap there is the one the browser needs before it lets the player speak and beep.
 */
export const FLARE_UP_ROUTINE = 'flare-up-first-aid';

/** Where the one tap goes. */
export const FLARE_UP_HREF = `/play/${FLARE_UP_ROUTINE}`;
