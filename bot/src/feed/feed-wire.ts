import type { CommentView, Hidden, Locale, Presence, PostView } from '@samen/core';
import type { CommentThreadWire, CommentWire, PostWire } from '@samen/core/contract';
import type { FeedRuntime } from './feed-runtime';

// The read model's views as the HTTP contract shapes them: authors by name (from the directory), presence when
// it was read for the page, dates as ISO text.

const FORMER_COLLEAGUE: Record<Locale, string> = { 'en-US': 'Former colleague', 'nl-NL': 'Oud-collega' };

export interface WireContext {
  readonly runtime: FeedRuntime;
  readonly locale: Locale;
  readonly presence: ReadonlyMap<string, Presence>;
}

function author(context: WireContext, userId: string): PostWire['author'] {
  const presence = context.presence.get(userId);
  return {
    id: userId,
    // Someone who left keeps their posts; their name is no longer in the directory.
    displayName: context.runtime.person(userId)?.displayName ?? FORMER_COLLEAGUE[context.locale],
    ...(presence ? { presence: { availability: presence.availability, activity: presence.activity } } : {}),
  };
}

const hiddenWire = (hidden: Hidden | undefined) =>
  hidden ? { hidden: { reason: hidden.reason, at: hidden.at.toISOString() } } : {};

export function postWire(context: WireContext, view: PostView): PostWire {
  const { post } = view;
  return {
    id: post.id,
    kind: post.kind,
    ...(post.title === undefined ? {} : { title: post.title }),
    bodyHtml: post.bodyHtml,
    author: author(context, post.authorId),
    topics: post.topics.map((topic) => ({ key: topic.key, label: topic.label })),
    mentions: [...post.mentions],
    links: post.links.map((link) => ({ url: link.url, title: link.title, type: link.type })),
    createdAt: post.createdAt.toISOString(),
    ...(post.editedAt ? { editedAt: post.editedAt.toISOString() } : {}),
    likeCount: view.likeCount,
    commentCount: view.commentCount,
    likedByMe: view.likedByMe,
    ...hiddenWire(post.hidden),
    ...(view.because ? { because: view.because } : {}),
  };
}

export function commentWire(context: WireContext, view: Omit<CommentView, 'replies'>): CommentWire {
  const { comment } = view;
  return {
    id: comment.id,
    postId: comment.postId,
    ...(comment.parentId === undefined ? {} : { parentId: comment.parentId }),
    author: author(context, comment.authorId),
    bodyHtml: comment.bodyHtml,
    createdAt: comment.createdAt.toISOString(),
    ...(comment.editedAt ? { editedAt: comment.editedAt.toISOString() } : {}),
    likeCount: view.likeCount,
    likedByMe: view.likedByMe,
    ...hiddenWire(comment.hidden),
  };
}

export function threadWire(context: WireContext, view: CommentView): CommentThreadWire {
  return { ...commentWire(context, view), replies: view.replies.map((reply) => commentWire(context, reply)) };
}
