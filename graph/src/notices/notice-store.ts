import type { Notice, NoticeClaim, NoticeRows, NoticeStore, StoredNotice } from '@samen/core';
import { LOCALES, type Locale } from '@samen/core/contract';
import { z } from 'zod';
import type { GraphClient } from '../graph-client';
import type { ListSchema } from '../lists/list-schema';
import { noticeKey, presenceNoticesList } from '../lists/notice-lists';
import { MalformedListItem } from '../talent/graph-errors';
import { ListItems, readRow, readRows, type RawItem } from '../talent/list-items';

const FIELDS = [
  'NoticeKey',
  'WatcherId',
  'PersonId',
  'PersonName',
  'PersonUpn',
  'Topic',
  'Locale',
  'Conversation',
  'CreatedAt',
  'ExpiresAt',
  'ClaimedBy',
  'ClaimedUntil',
] as const;

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const objectId = z.string().regex(GUID, 'expected a directory object id');
const dateTime = z.iso.datetime({ offset: true });
const locale = z.string().refine((l): l is Locale => (LOCALES as readonly string[]).includes(l), {
  message: `expected one of ${LOCALES.join(', ')}`,
});

/** The Conversation column: JSON of an object (the channel's reference), which the bot's edge validates again. */
const conversation = z.string().transform((text, ctx) => {
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value === 'object' && value !== null && !Array.isArray(value))
      return value as Record<string, unknown>;
  } catch {
    // reported below
  }
  ctx.addIssue({ code: 'custom', message: 'expected the JSON of an object' });
  return z.NEVER;
});

const rowSchema = z
  .looseObject({
    NoticeKey: z.string(),
    WatcherId: objectId,
    PersonId: objectId,
    PersonName: z.string().min(1),
    PersonUpn: z.string().min(1),
    Topic: z.string().min(1),
    Locale: locale,
    Conversation: conversation,
    CreatedAt: dateTime,
    ExpiresAt: dateTime,
    // SharePoint leaves empty fields out: no claim.
    ClaimedBy: z.string().min(1).optional(),
    ClaimedUntil: dateTime.optional(),
  })
  // A row whose key does not match its parts would let a second notice for the same pair in.
  .refine((row) => row.NoticeKey.toLowerCase() === noticeKey(row.WatcherId, row.PersonId), {
    message: 'NoticeKey does not match WatcherId|PersonId',
    path: ['NoticeKey'],
  });

type Row = z.infer<typeof rowSchema>;

function noticeOf(item: RawItem, row: Row): StoredNotice {
  const claim =
    row.ClaimedBy && row.ClaimedUntil ? { by: row.ClaimedBy, until: new Date(row.ClaimedUntil) } : undefined;
  return {
    id: item.id,
    version: item.etag,
    watcherId: row.WatcherId.toLowerCase(),
    person: { userId: row.PersonId, displayName: row.PersonName, userPrincipalName: row.PersonUpn },
    topic: row.Topic,
    conversation: row.Conversation,
    locale: row.Locale as Locale,
    createdAt: new Date(row.CreatedAt),
    expiresAt: new Date(row.ExpiresAt),
    ...(claim ? { claim } : {}),
  };
}

/**
 * Pending notices in the `Samen Presence Notices` list on the hub site. Creation never reads first (the unique
 * NoticeKey refuses a second notice for the pair: 409); claims and deletes carry the row's ETag, so of two
 * service instances only one gets each notice.
 */
export class GraphNoticeStore implements NoticeStore {
  private readonly items: ListItems;

  constructor(client: GraphClient, location: { siteId: string; list?: ListSchema }) {
    this.items = new ListItems(client, {
      siteId: location.siteId,
      list: location.list ?? presenceNoticesList,
    });
  }

  /** One request. @throws RangeError for an empty id or one containing '|' */
  async create(notice: Notice): Promise<'created' | 'duplicate'> {
    const key = noticeKey(notice.watcherId, notice.person.userId);
    const fields = {
      // Title is required in every list; the key keeps rows readable in SharePoint's own UI.
      Title: key,
      NoticeKey: key,
      WatcherId: notice.watcherId.toLowerCase(),
      PersonId: notice.person.userId,
      PersonName: notice.person.displayName,
      PersonUpn: notice.person.userPrincipalName,
      Topic: notice.topic,
      Locale: notice.locale,
      Conversation: JSON.stringify(notice.conversation),
      CreatedAt: notice.createdAt.toISOString(),
      ExpiresAt: notice.expiresAt.toISOString(),
    };
    return (await this.items.create(fields)) === 'created' ? 'created' : 'duplicate';
  }

  /** One request per 5,000 (indexed WatcherId). */
  async ofWatcher(watcherId: string): Promise<NoticeRows> {
    return this.rows(await this.items.where('WatcherId', watcherId.toLowerCase(), FIELDS));
  }

  /** One request per 5,000: the list holds only what is pending. */
  async pending(): Promise<NoticeRows> {
    return this.rows(await this.items.all(FIELDS));
  }

  /** One request: a PATCH with the ETag read. */
  async claim(notice: StoredNotice, claim: NoticeClaim): Promise<StoredNotice | 'lost'> {
    const fields = { ClaimedBy: claim.by, ClaimedUntil: claim.until.toISOString() };
    const updated = await this.items.update(this.itemOf(notice), fields);
    if (updated === 'stale' || updated === 'gone') return 'lost';
    return {
      ...notice,
      version: updated.etag,
      claim: { by: claim.by, until: new Date(fields.ClaimedUntil) },
    };
  }

  /** One request: a DELETE with the ETag read. */
  async remove(notice: StoredNotice): Promise<'removed' | 'lost'> {
    return (await this.items.delete(this.itemOf(notice))) === 'deleted' ? 'removed' : 'lost';
  }

  private itemOf(notice: StoredNotice): RawItem {
    return { id: notice.id, etag: notice.version, fields: {} };
  }

  private rows(items: readonly RawItem[]): NoticeRows {
    const { rows, malformed } = readRows(items, (item) => {
      const row = readRow(this.items.name, item, rowSchema);
      return row instanceof MalformedListItem ? row : noticeOf(item, row);
    });
    return { notices: rows, malformed };
  }
}
