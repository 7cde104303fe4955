// The feed's records as list rows: fields to write, and zod schemas that read rows back. A row that does not
// hold what its list's schema says (edited in SharePoint's own UI) is a MalformedListItem, never a guess.
import {
  plainText,
  type Comment,
  type CommentChanges,
  type Follow,
  type Hidden,
  type Like,
  type NewComment,
  type NewPost,
  type Post,
  type PostChanges,
} from '@samen/core';
import { z } from 'zod';
import { storedFollowKey, storedLikeKey } from '../lists/feed-lists';
import { MalformedListItem } from '../talent/graph-errors';
import { readRow, type RawItem } from '../talent/list-items';

type Fields = Record<string, unknown>;

const TITLE_MAX = 255;
const iso = (date: Date) => date.toISOString();

/** The built-in Title: something a person reading the list in SharePoint recognises. */
function label(title: string | undefined, bodyHtml: string, fallback: string): string {
  const text = (title ?? plainText(bodyHtml)).replace(/\s+/g, ' ').trim();
  return (text === '' ? fallback : text).slice(0, TITLE_MAX);
}

function hiddenFields(hidden: Hidden | null | undefined): Fields {
  if (hidden === undefined) return {};
  // null clears the columns (SharePoint then leaves them out of `fields`).
  if (hidden === null) return { HiddenBy: null, HiddenReason: null, HiddenAt: null };
  return { HiddenBy: hidden.by, HiddenReason: hidden.reason, HiddenAt: iso(hidden.at) };
}

/** Only what is given: an absent property is left as it is. */
function defined(fields: Fields): Fields {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined));
}

export function newPostFields(post: NewPost, createKey: string): Fields {
  return defined({
    Title: label(post.title, post.bodyHtml, `${post.kind} by ${post.authorId}`),
    Kind: post.kind,
    PostTitle: post.title,
    BodyHtml: post.bodyHtml,
    AuthorId: post.authorId,
    Topics: JSON.stringify(post.topics),
    TopicKeys: post.topics.map((t) => t.key).join(' '),
    Mentions: JSON.stringify(post.mentions),
    Links: JSON.stringify(post.links),
    EventId: post.eventId,
    CreatedAt: iso(post.createdAt),
    EditedAt: post.editedAt && iso(post.editedAt),
    ...hiddenFields(post.hidden),
    CreateKey: createKey,
  });
}

export function postChangeFields(changes: PostChanges): Fields {
  return defined({
    // Title follows a blog's title; a status keeps the label it was created with.
    Title: changes.title && label(changes.title, '', ''),
    PostTitle: changes.title,
    BodyHtml: changes.bodyHtml,
    Topics: changes.topics && JSON.stringify(changes.topics),
    TopicKeys: changes.topics?.map((t) => t.key).join(' '),
    Mentions: changes.mentions && JSON.stringify(changes.mentions),
    Links: changes.links && JSON.stringify(changes.links),
    EditedAt: changes.editedAt && iso(changes.editedAt),
    ...hiddenFields(changes.hidden),
  });
}

export function newCommentFields(comment: NewComment, createKey: string): Fields {
  return defined({
    Title: label(undefined, comment.bodyHtml, `comment by ${comment.authorId}`),
    PostId: comment.postId,
    ParentId: comment.parentId,
    AuthorId: comment.authorId,
    BodyHtml: comment.bodyHtml,
    Mentions: JSON.stringify(comment.mentions),
    CreatedAt: iso(comment.createdAt),
    EditedAt: comment.editedAt && iso(comment.editedAt),
    ...hiddenFields(comment.hidden),
    CreateKey: createKey,
  });
}

export function commentChangeFields(changes: CommentChanges): Fields {
  return defined({
    BodyHtml: changes.bodyHtml,
    Mentions: changes.mentions && JSON.stringify(changes.mentions),
    EditedAt: changes.editedAt && iso(changes.editedAt),
    ...hiddenFields(changes.hidden),
  });
}

// --- reading rows ---

const id = z.string().min(1);
const date = z.iso.datetime({ offset: true });
// SharePoint leaves empty fields out of `fields`; a cleared one may come back as null.
const optional = <T extends z.ZodType>(schema: T) => schema.nullish();

/** A column holding JSON: parsed, then checked like any other value. */
function json<T extends z.ZodType>(schema: T) {
  return z
    .string()
    .transform((text, ctx) => {
      try {
        return JSON.parse(text) as unknown;
      } catch {
        ctx.addIssue({ code: 'custom', message: 'not JSON' });
        return z.NEVER;
      }
    })
    .pipe(schema);
}

const hiddenSchema = {
  HiddenBy: optional(id),
  HiddenReason: optional(z.string().min(1)),
  HiddenAt: optional(date),
};
type HiddenRow = { HiddenBy?: string | null; HiddenReason?: string | null; HiddenAt?: string | null };
const hiddenComplete = (row: HiddenRow) =>
  [row.HiddenBy, row.HiddenReason, row.HiddenAt].filter((v) => v !== undefined && v !== null).length % 3 ===
  0;
const hiddenRule = { message: 'HiddenBy, HiddenReason and HiddenAt go together', path: ['HiddenBy'] };

function hiddenOf(row: HiddenRow): { hidden?: Hidden } {
  if (!row.HiddenBy || !row.HiddenReason || !row.HiddenAt) return {};
  return { hidden: { by: row.HiddenBy, reason: row.HiddenReason, at: new Date(row.HiddenAt) } };
}

const postSchema = z
  .looseObject({
    Kind: z.enum(['status', 'blog', 'liveblog']),
    PostTitle: optional(z.string().min(1)),
    BodyHtml: z.string(),
    AuthorId: id,
    Topics: json(z.array(z.strictObject({ key: id, label: id }))),
    Mentions: json(z.array(id)),
    Links: json(z.array(z.strictObject({ url: id, title: z.string(), type: z.string() }))),
    EventId: optional(id),
    CreatedAt: date,
    EditedAt: optional(date),
    ...hiddenSchema,
  })
  .refine(hiddenComplete, hiddenRule);

export function postOf(list: string, item: RawItem): Post | MalformedListItem {
  const row = readRow(list, item, postSchema);
  if (row instanceof MalformedListItem) return row;
  return {
    id: item.id,
    kind: row.Kind,
    ...(row.PostTitle ? { title: row.PostTitle } : {}),
    bodyHtml: row.BodyHtml,
    authorId: row.AuthorId,
    topics: row.Topics,
    mentions: row.Mentions,
    links: row.Links,
    ...(row.EventId ? { eventId: row.EventId } : {}),
    createdAt: new Date(row.CreatedAt),
    ...(row.EditedAt ? { editedAt: new Date(row.EditedAt) } : {}),
    ...hiddenOf(row),
  };
}

const commentSchema = z
  .looseObject({
    PostId: id,
    ParentId: optional(id),
    AuthorId: id,
    BodyHtml: z.string(),
    Mentions: json(z.array(id)),
    CreatedAt: date,
    EditedAt: optional(date),
    ...hiddenSchema,
  })
  .refine(hiddenComplete, hiddenRule);

export function commentOf(list: string, item: RawItem): Comment | MalformedListItem {
  const row = readRow(list, item, commentSchema);
  if (row instanceof MalformedListItem) return row;
  return {
    id: item.id,
    postId: row.PostId,
    ...(row.ParentId ? { parentId: row.ParentId } : {}),
    authorId: row.AuthorId,
    bodyHtml: row.BodyHtml,
    mentions: row.Mentions,
    createdAt: new Date(row.CreatedAt),
    ...(row.EditedAt ? { editedAt: new Date(row.EditedAt) } : {}),
    ...hiddenOf(row),
  };
}

/** A key column must say what its parts say: a hand-edited key could let a second like of the same thing in. */
function keyMatches(key: string, expected: () => string): boolean {
  try {
    return expected() === key.toLowerCase();
  } catch {
    return false;
  }
}

export const LIKE_FIELDS = ['LikeKey', 'TargetKind', 'TargetId', 'UserId', 'LikedAt'] as const;
const likeSchema = z
  .looseObject({
    LikeKey: z.string(),
    TargetKind: z.enum(['post', 'comment']),
    TargetId: id,
    UserId: id,
    LikedAt: date,
  })
  .refine(
    (row) =>
      keyMatches(row.LikeKey, () => storedLikeKey({ kind: row.TargetKind, id: row.TargetId }, row.UserId)),
    { message: 'LikeKey does not match TargetKind:TargetId|UserId', path: ['LikeKey'] },
  );

export function likeFields(like: Like): Fields {
  const key = storedLikeKey(like.target, like.userId);
  return {
    Title: key,
    LikeKey: key,
    TargetKind: like.target.kind,
    TargetId: like.target.id,
    UserId: like.userId,
    LikedAt: iso(like.at),
  };
}

export function likeOf(list: string, item: RawItem): Like | MalformedListItem {
  const row = readRow(list, item, likeSchema);
  if (row instanceof MalformedListItem) return row;
  return {
    target: { kind: row.TargetKind, id: row.TargetId },
    userId: row.UserId,
    at: new Date(row.LikedAt),
  };
}

export const FOLLOW_FIELDS = ['FollowKey', 'FollowerId', 'FollowedKind', 'FollowedId', 'FollowedAt'] as const;
const followSchema = z
  .looseObject({
    FollowKey: z.string(),
    FollowerId: id,
    FollowedKind: z.enum(['person', 'topic']),
    FollowedId: id,
    FollowedAt: date,
  })
  .refine(
    (row) =>
      keyMatches(row.FollowKey, () =>
        storedFollowKey(row.FollowerId, { kind: row.FollowedKind, id: row.FollowedId }),
      ),
    { message: 'FollowKey does not match FollowerId|FollowedKind:FollowedId', path: ['FollowKey'] },
  );

export function followFields(follow: Follow): Fields {
  const key = storedFollowKey(follow.followerId, follow.followed);
  return {
    Title: key,
    FollowKey: key,
    FollowerId: follow.followerId,
    FollowedKind: follow.followed.kind,
    FollowedId: follow.followed.id,
    FollowedAt: iso(follow.at),
  };
}

export function followOf(list: string, item: RawItem): Follow | MalformedListItem {
  const row = readRow(list, item, followSchema);
  if (row instanceof MalformedListItem) return row;
  return {
    followerId: row.FollowerId,
    followed: { kind: row.FollowedKind, id: row.FollowedId },
    at: new Date(row.FollowedAt),
  };
}
