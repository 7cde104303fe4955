import { followKey, likeKey, reportKey, type FeedTarget, type Followed } from '@samen/core';
import { defineList, type ColumnSchema } from './list-schema';

// Every generic list also has SharePoint's built-in Title column, which is required and single-line (255): the
// feed adapters fill it with a readable label (a blog's title, the start of a post's text, a key), and keep what
// the feed means by a title (blogs only) in PostTitle, so a status update never has to invent one.

type Flags = { required?: boolean; indexed?: boolean };

const ID = 64; // Entra object ids and SharePoint item ids fit with room to spare.
const id = (name: string, flags: Flags = {}): ColumnSchema => ({
  name,
  text: { maxLength: ID },
  required: true,
  ...flags,
});
// Indexed: used in $filter (graph-facts.md, "Sites, lists, items": SharePoint refuses others).
const indexedId = (name: string) => id(name, { indexed: true });
const when = (name: string, flags: Flags = {}): ColumnSchema => ({
  name,
  dateTime: { format: 'dateTime' },
  required: true,
  ...flags,
});
// Reasons hold up to 500 characters (core's MAX_REASON_LENGTH), JSON columns up to 50 mentions or 10 links:
// more than a single line of text (255) holds.
const multiline = (name: string, required = false): ColumnSchema => ({
  name,
  text: { allowMultipleLines: true },
  required,
});
const uniqueKey = (name: string): ColumnSchema => ({
  name,
  text: { maxLength: 255 },
  required: true,
  indexed: true,
  enforceUniqueValues: true,
});
const targetKind: ColumnSchema = {
  name: 'TargetKind',
  choice: { choices: ['post', 'comment'] },
  required: true,
};
// Moderation state, written only by moderators: all three or none (a row with one of them is malformed).
const hiddenColumns: ColumnSchema[] = [
  { name: 'HiddenBy', text: { maxLength: ID } },
  multiline('HiddenReason'),
  { name: 'HiddenAt', dateTime: { format: 'dateTime' } },
];
// A random key per create call: a create retried after a lost answer (a 504 after SharePoint did write) meets
// its own first attempt as a 409 instead of writing the post twice; the adapter then reads that item back.
const createKey = uniqueKey('CreateKey');

export const postsList = defineList({
  displayName: 'Samen Posts',
  description: 'Feed: status updates, blogs and live-blog entries. Written by the Samen service.',
  columns: [
    { name: 'Kind', choice: { choices: ['status', 'blog', 'liveblog'] }, required: true },
    // Blogs only; core limits a title to 200 characters.
    { name: 'PostTitle', text: { maxLength: 255 } },
    multiline('BodyHtml', true),
    indexedId('AuthorId'),
    // JSON of core's Topic[] ({key,label}); TopicKeys repeats the keys, space-separated, for people reading the
    // list in SharePoint (10 topics of 50 characters do not fit one line of 255).
    multiline('Topics', true),
    multiline('TopicKeys'),
    multiline('Mentions', true),
    multiline('Links', true),
    { name: 'EventId', text: { maxLength: ID }, indexed: true },
    when('CreatedAt', { indexed: true }),
    when('EditedAt', { required: false }),
    ...hiddenColumns,
    createKey,
  ],
});

export const commentsList = defineList({
  displayName: 'Samen Comments',
  description: 'Feed: comments on posts and replies to comments. Written by the Samen service.',
  columns: [
    indexedId('PostId'),
    // Indexed: removing a comment finds its replies by ParentId.
    { name: 'ParentId', text: { maxLength: ID }, indexed: true },
    id('AuthorId'),
    multiline('BodyHtml', true),
    multiline('Mentions', true),
    when('CreatedAt'),
    when('EditedAt', { required: false }),
    ...hiddenColumns,
    createKey,
  ],
});

export const likesList = defineList({
  displayName: 'Samen Likes',
  description:
    'Feed: one row per person and liked post or comment (unique LikeKey). Written by the Samen service.',
  columns: [
    uniqueKey('LikeKey'),
    targetKind,
    // Post and comment ids come from two lists and can be equal: TargetKind tells them apart after the filter.
    indexedId('TargetId'),
    indexedId('UserId'),
    when('LikedAt'),
  ],
});

export const followsList = defineList({
  displayName: 'Samen Follows',
  description: 'Feed: who follows which person or topic (unique FollowKey). Written by the Samen service.',
  columns: [
    uniqueKey('FollowKey'),
    indexedId('FollowerId'),
    { name: 'FollowedKind', choice: { choices: ['person', 'topic'] }, required: true },
    // A topic key is at most 50 characters, a person an object id.
    id('FollowedId', { indexed: true }),
    when('FollowedAt'),
  ],
});

export const reportsList = defineList({
  displayName: 'Samen Reports',
  description: 'Feed: reports of posts and comments, one per person and thing (unique ReportKey).',
  columns: [
    uniqueKey('ReportKey'),
    targetKind,
    indexedId('TargetId'),
    id('ReporterId'),
    multiline('Reason', true),
    when('ReportedAt'),
  ],
});

export const moderationLogList = defineList({
  displayName: 'Samen Moderation Log',
  description: 'Feed: every moderator action (hide, restore), kept for ever. Append only.',
  columns: [
    targetKind,
    indexedId('TargetId'),
    { name: 'Action', choice: { choices: ['hide', 'restore'] }, required: true },
    id('ModeratorId'),
    multiline('Reason', true),
    when('At'),
  ],
});

export const feedLists = [
  postsList,
  commentsList,
  likesList,
  followsList,
  reportsList,
  moderationLogList,
] as const;

const MAX_KEY = 255;

// SharePoint compares unique values case-insensitively, so keys are stored lower-cased; '%' and '|' in a part are
// percent-encoded first, so no id or topic key can make two different records share a key (or pose as the
// separator). Ids are GUIDs and item numbers and topic keys are folded, so lower-casing merges nothing real.
const escape = (part: string) => part.replace(/%/g, '%25').replace(/\|/g, '%7C');

function stored(kind: string, key: string): string {
  if (key.length > MAX_KEY) throw new RangeError(`The ${kind} key takes ${key.length} characters; 255 fit.`);
  return key.toLowerCase();
}

function nonEmpty(...parts: string[]): void {
  if (parts.some((part) => part.length === 0)) throw new RangeError('Key parts must be non-empty.');
}

const escapedTarget = (target: FeedTarget): FeedTarget => ({ kind: target.kind, id: escape(target.id) });

/** LikeKey: core's `likeKey` over escaped parts, lower-cased. @throws RangeError (empty part, over 255) */
export function storedLikeKey(target: FeedTarget, userId: string): string {
  nonEmpty(target.id, userId);
  return stored('like', likeKey(escapedTarget(target), escape(userId)));
}

/** FollowKey: core's `followKey` over escaped parts, lower-cased. @throws RangeError */
export function storedFollowKey(followerId: string, followed: Followed): string {
  nonEmpty(followerId, followed.id);
  return stored('follow', followKey(escape(followerId), { kind: followed.kind, id: escape(followed.id) }));
}

/** ReportKey: core's `reportKey` over escaped parts, lower-cased. @throws RangeError */
export function storedReportKey(target: FeedTarget, reporterId: string): string {
  nonEmpty(target.id, reporterId);
  return stored('report', reportKey(escapedTarget(target), escape(reporterId)));
}
