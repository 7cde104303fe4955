// Posts and comments as list rows: the fields to write, and zod schemas that read rows back. A row that does not
// hold what its list's schema says (edited in SharePoint's own UI) is a MalformedListItem, never a guess.
import {
  plainText,
  type Comment,
  type CommentChanges,
  type Hidden,
  type NewComment,
  type NewPost,
  type Post,
  type PostChanges,
} from '@samen/core';
import { z } from 'zod';
import { MalformedListItem } from '../talent/graph-errors';
import { readRow, type RawItem } from '../talent/list-items';
import { date, id, iso, json, optional, type Fields } from './row-values';

const TITLE_MAX = 255;

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
