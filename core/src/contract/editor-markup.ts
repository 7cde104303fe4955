// What the Feed's editor writes, and so all that a stored body may hold: the service's sanitiser keeps only
// this, and the browser's sanitiser allows only this again before rendering. One list, so the two cannot drift.

/** Paragraphs, bold, italic, underline, strikethrough, lists, links, mentions; headings, quotes and code in blogs. */
export const EDITOR_TAGS = [
  'p',
  'br',
  'strong',
  'b',
  'em',
  'i',
  'u',
  's',
  'ul',
  'ol',
  'li',
  'a',
  'span',
  'blockquote',
  'h2',
  'h3',
  'code',
  'pre',
] as const;

export type EditorTag = (typeof EDITOR_TAGS)[number];

/** Attributes by tag: a link's address and how it opens (and whether it leaves the tenant); a mention's user id. */
export const EDITOR_ATTRIBUTES = {
  a: ['href', 'rel', 'target', 'data-external'],
  span: ['data-mention'],
} as const satisfies Partial<Record<EditorTag, readonly string[]>>;

/** The only addresses a link may have: web pages and mail. */
export const LINK_SCHEMES = ['http', 'https', 'mailto'] as const;
