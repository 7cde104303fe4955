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

// The feed. SharePoint keeps at most 63,999 characters in a multi-line text column: sanitised HTML must fit.
/** A blog's title. */
export const MAX_TITLE_LENGTH = 200;
/** What people read of a status update, a blog or a comment, tags not counted. */
export const MAX_STATUS_TEXT_LENGTH = 2_000;
export const MAX_BLOG_TEXT_LENGTH = 40_000;
export const MAX_COMMENT_TEXT_LENGTH = 4_000;
/** Sanitised HTML as stored. */
export const MAX_BODY_HTML_LENGTH = 60_000;
export const MAX_TOPICS_PER_POST = 10;
export const MAX_TOPIC_LENGTH = 50;
export const MAX_MENTIONS = 50;
export const MAX_LINKS_PER_POST = 10;
/** A report's or a moderation action's reason. */
export const MAX_REASON_LENGTH = 500;
/** Posts on one page of a feed. */
export const MAX_FEED_PAGE_SIZE = 50;
export const DEFAULT_FEED_PAGE_SIZE = 20;
/** Colleagues the mention picker offers at once. */
export const MAX_PEOPLE_PICKED = 8;
