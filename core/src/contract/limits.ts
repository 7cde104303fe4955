// Limits that the service enforces and the hosts offer, in one place so that a web part's property pane, the
// app's paging and the service's validation cannot disagree.

/** People on one page of Talentfinder results: the `top` the service accepts, and what hosts may configure. */
export const MIN_PAGE_SIZE = 1;
export const MAX_PAGE_SIZE = 50;
export const DEFAULT_PAGE_SIZE = 10;

/**
 * A configured page size as one the service accepts: rounded and brought within the limits; anything that
 * is not a number (an empty property, NaN) is the default.
 */
export function pageSizeWithin(requested: number | undefined): number {
  if (requested === undefined || !Number.isFinite(requested)) return DEFAULT_PAGE_SIZE;
  return Math.min(MAX_PAGE_SIZE, Math.max(MIN_PAGE_SIZE, Math.round(requested)));
}

/** A person's own expertise: how many skills and languages they may list, and how long one may be. */
export const MAX_OWN_SKILLS = 50;
export const MAX_LANGUAGES = 20;
export const MAX_LANGUAGE_LENGTH = 40;
/** A skill named in an endorsement or a profile. */
export const MAX_SKILL_LENGTH = 80;
