// The feed's HTML sanitiser (core's HtmlSanitiser port) over sanitize-html: what the editor makes (paragraphs,
// bold, italic, lists, links, mentions; headings and quotes in blogs) survives, everything else goes. Scripts,
// styles, event handlers, frames and forms are dropped; links keep only http(s) and mailto; links outside the
// tenant are marked external and open without handing over the page (rel=noopener noreferrer).
import type { HtmlSanitiser, SanitisedHtml } from '@samen/core';
import { plainText } from '@samen/core';
import { EDITOR_ATTRIBUTES, EDITOR_TAGS, LINK_SCHEMES } from '@samen/core/contract';
import sanitizeHtml from 'sanitize-html';

// A mention names a directory object id; anything else in the attribute is not a mention.
const MENTION_ID = /^[A-Za-z0-9-]{1,64}$/;

export interface SanitiserOptions {
  /** Hosts whose links are not external: the tenant's SharePoint and OneDrive (contoso.sharepoint.com, ...). */
  readonly internalHosts: readonly string[];
}

export class FeedHtmlSanitiser implements HtmlSanitiser {
  private readonly internal: ReadonlySet<string>;

  constructor(options: SanitiserOptions) {
    this.internal = new Set(options.internalHosts.map((host) => host.toLowerCase()));
  }

  sanitise(html: string): SanitisedHtml {
    const mentionIds = new Set<string>();
    const linkUrls = new Set<string>();
    const clean = sanitizeHtml(html, {
      allowedTags: [...EDITOR_TAGS],
      allowedAttributes: { a: [...EDITOR_ATTRIBUTES.a], span: [...EDITOR_ATTRIBUTES.span] },
      allowedSchemes: [...LINK_SCHEMES],
      allowedSchemesAppliedToAttributes: ['href'],
      allowProtocolRelative: false,
      disallowedTagsMode: 'discard',
      // Text inside these is code or chrome, not something the author wrote for people to read.
      nonTextTags: [
        'script',
        'style',
        'textarea',
        'option',
        'noscript',
        'title',
        'template',
        'iframe',
        'object',
      ],
      transformTags: {
        a: (_tag, attributes) => this.link(attributes, linkUrls),
        span: (_tag, attributes) => mention(attributes, mentionIds),
      },
      // A link the sanitiser emptied of its address is text, not a dead link.
      exclusiveFilter: (frame) => frame.tag === 'a' && !frame.attribs['href'],
    });
    return { html: clean, text: textOf(clean), mentionIds: [...mentionIds], linkUrls: [...linkUrls] };
  }

  private link(attributes: sanitizeHtml.Attributes, found: Set<string>): sanitizeHtml.Tag {
    const href = safeHref(attributes['href']);
    if (href === undefined) return { tagName: 'a', attribs: {} };
    const external = href.protocol !== 'mailto:' && !this.internal.has(href.hostname.toLowerCase());
    if (href.protocol !== 'mailto:') found.add(href.href);
    return {
      tagName: 'a',
      attribs: {
        href: href.href,
        rel: external ? 'noopener noreferrer nofollow' : 'noopener',
        target: '_blank',
        ...(external ? { 'data-external': 'true' } : {}),
      },
    };
  }
}

// Blocks and line breaks separate words; inline tags do not ("<strong>#glas</strong>vezel" is one word).
const BLOCK_TAG = /<\/?(?:p|br|li|ul|ol|blockquote|h2|h3|pre)\b[^>]*>/gi;
const ANY_TAG = /<[^>]*>/g;

/** What people read of sanitised HTML: words as they appear, entities decoded, spaces collapsed. */
function textOf(clean: string): string {
  return plainText(clean.replace(BLOCK_TAG, ' ').replace(ANY_TAG, '')).replace(/\s+/g, ' ').trim();
}

function safeHref(raw: string | undefined): URL | undefined {
  if (raw === undefined) return undefined;
  try {
    const url = new URL(raw.trim());
    return ['http:', 'https:', 'mailto:'].includes(url.protocol) ? url : undefined;
  } catch {
    return undefined;
  }
}

function mention(attributes: sanitizeHtml.Attributes, found: Set<string>): sanitizeHtml.Tag {
  const id = attributes['data-mention'];
  if (id === undefined || !MENTION_ID.test(id)) return { tagName: 'span', attribs: {} };
  found.add(id);
  return { tagName: 'span', attribs: { 'data-mention': id } };
}
