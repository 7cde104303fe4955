import {
  MAX_BLOG_TEXT_LENGTH,
  MAX_BODY_HTML_LENGTH,
  MAX_COMMENT_TEXT_LENGTH,
  MAX_LINKS_PER_POST,
  MAX_MENTIONS,
  MAX_STATUS_TEXT_LENGTH,
  MAX_TITLE_LENGTH,
  MAX_TOPIC_LENGTH,
} from '../contract/limits';
import { cleanText } from '../talent/text/normalise';
import { InvalidFeedInputError } from './errors';
import type { DocumentLink, PostKind } from './model';
import type { DocumentLinks, FeedPeople, HtmlSanitiser } from './ports';
import { readTopics, type Topic } from './topics';

/** A body as it will be stored: sanitised, within limits, with the people it mentions and the topics it names. */
export interface ReadBody {
  readonly html: string;
  readonly mentions: readonly string[];
  readonly hashtags: readonly string[];
  readonly linkUrls: readonly string[];
}

export interface BodyDeps {
  readonly sanitiser: HtmlSanitiser;
  readonly people: FeedPeople;
}

const TEXT_LIMIT: Record<PostKind | 'comment', number> = {
  status: MAX_STATUS_TEXT_LENGTH,
  blog: MAX_BLOG_TEXT_LENGTH,
  liveblog: MAX_STATUS_TEXT_LENGTH,
  comment: MAX_COMMENT_TEXT_LENGTH,
};

// A #hashtag in running text: after a space or at the start, so "C#" and URLs' fragments are not topics.
const HASHTAG = /(?:^|\s)#([\p{L}\p{N}][\p{L}\p{N}_-]*)/gu;

/**
 * Sanitises a body and checks what people will read of it. Mentions of ids that are not colleagues are not
 * mentions (nobody to tell); the text that showed them stays.
 */
export async function readBody(deps: BodyDeps, html: unknown, kind: PostKind | 'comment'): Promise<ReadBody> {
  if (typeof html !== 'string') throw new InvalidFeedInputError('bodyHtml', 'required');
  const clean = deps.sanitiser.sanitise(html);
  const text = cleanText(clean.text);
  if (text === '') throw new InvalidFeedInputError('bodyHtml', 'required');
  if (text.length > TEXT_LIMIT[kind])
    throw new InvalidFeedInputError('bodyHtml', 'too-long', TEXT_LIMIT[kind]);
  if (clean.html.length > MAX_BODY_HTML_LENGTH)
    throw new InvalidFeedInputError('bodyHtml', 'too-long', MAX_BODY_HTML_LENGTH);
  if (clean.mentionIds.length > MAX_MENTIONS)
    throw new InvalidFeedInputError('mentions', 'too-many', MAX_MENTIONS);
  if (clean.linkUrls.length > MAX_LINKS_PER_POST)
    throw new InvalidFeedInputError('links', 'too-many', MAX_LINKS_PER_POST);
  const known =
    clean.mentionIds.length === 0 ? new Set<string>() : await deps.people.existing(clean.mentionIds);
  return {
    html: clean.html,
    mentions: clean.mentionIds.filter((id) => known.has(id)),
    // A hashtag too long to be a topic stays text rather than refusing the post.
    hashtags: [...text.matchAll(HASHTAG)]
      .map((match) => match[1] ?? '')
      .filter((tag) => tag.length <= MAX_TOPIC_LENGTH),
    linkUrls: clean.linkUrls,
  };
}

/** A blog's title is required; other kinds have none. */
export function readTitle(kind: PostKind, title: unknown): string | undefined {
  if (kind !== 'blog') {
    if (title !== undefined && title !== null && title !== '')
      throw new InvalidFeedInputError('title', 'not-allowed');
    return undefined;
  }
  const clean = typeof title === 'string' ? cleanText(title) : '';
  if (clean === '') throw new InvalidFeedInputError('title', 'required');
  if (clean.length > MAX_TITLE_LENGTH) throw new InvalidFeedInputError('title', 'too-long', MAX_TITLE_LENGTH);
  return clean;
}

/** Topics typed beside the body, then those written in it as #hashtags: each once. */
export function postTopics(typed: unknown, body: ReadBody): Topic[] {
  if (typed !== undefined && (!Array.isArray(typed) || typed.some((t) => typeof t !== 'string')))
    throw new InvalidFeedInputError('topics', 'malformed');
  return readTopics([...((typed as string[] | undefined) ?? []), ...body.hashtags]);
}

/** The documents the body links to, as cards; none when nothing links or no describer is configured. */
export async function documentCards(
  links: DocumentLinks | undefined,
  body: ReadBody,
): Promise<readonly DocumentLink[]> {
  if (!links || body.linkUrls.length === 0) return [];
  return links.describe(body.linkUrls);
}
