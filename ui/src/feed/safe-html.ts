import DOMPurify from 'dompurify';
import { EDITOR_ATTRIBUTES, EDITOR_TAGS, type EditorTag } from '@samen/core/contract';

// The service sanitises every body before storing it (bot/src/feed/html-sanitiser.ts); the browser sanitises
// again before rendering, so a bug or a bypass on one side is not enough. The allow-list is the editor's output,
// the same as the service's. The result is a DOM fragment that SafeHtml turns into React elements: nothing is
// ever set as innerHTML.

const ALLOWED_TAGS: readonly string[] = EDITOR_TAGS;
const ALLOWED_ATTR = [...new Set(Object.values(EDITOR_ATTRIBUTES).flat())];
/** http(s) and mailto only; relative and protocol-relative addresses are not links people wrote. */
const SAFE_URL = /^(?:https?:\/\/|mailto:)/i;

export type AllowedTag = EditorTag;

export function isAllowedTag(tag: string): tag is AllowedTag {
  return ALLOWED_TAGS.includes(tag);
}

export function isSafeUrl(href: string | null): href is string {
  return href !== null && SAFE_URL.test(href);
}

/** The body as a fragment of allowed elements and attributes only. */
export function sanitisedFragment(html: string): DocumentFragment {
  return DOMPurify.sanitize(html, {
    ALLOWED_TAGS: [...ALLOWED_TAGS],
    ALLOWED_ATTR,
    // DOMPurify checks every allowed attribute's value against this pattern unless it is "URI-safe": only href
    // holds an address, the others hold words and ids.
    ALLOWED_URI_REGEXP: SAFE_URL,
    ADD_URI_SAFE_ATTR: ['rel', 'target', 'data-external', 'data-mention'],
    // Only the two data attributes above: no other data-* reaches the page.
    ALLOW_DATA_ATTR: false,
    ALLOW_ARIA_ATTR: false,
    RETURN_DOM_FRAGMENT: true,
  });
}
