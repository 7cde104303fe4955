import type { GraphClient, GraphRequestBuilder } from '../graph-client';
import { z } from 'zod';
import type { ListSchema } from '../lists/list-schema';
import {
  GraphRequestFailed,
  issuesOf,
  MalformedListItem,
  onStatus,
  parseGraph,
  statusOf,
} from './graph-errors';
import { readDeltaRound, readPages } from './paging';

/** Where one of Samen's lists lives: the hub site and the list's declaration (`defineList`). */
export interface ListLocation {
  siteId: string;
  list: ListSchema;
}

/** A list item as the adapters need it: its id, its ETag for `If-Match`, and its (unvalidated) fields. */
export interface RawItem {
  id: string;
  etag: string;
  fields: Record<string, unknown>;
}

export type DeltaEntry = RawItem | { id: string; deleted: true };

const itemSchema = z
  .looseObject({
    id: z.string(),
    eTag: z.string().optional(),
    '@odata.etag': z.string().optional(),
    fields: z.record(z.string(), z.unknown()),
  })
  .refine((item) => (item.eTag ?? item['@odata.etag']) !== undefined, { message: 'the item has no eTag' });

const fieldsAnswerSchema = z.looseObject({ '@odata.etag': z.string().min(1) });

const deletedSchema = z.looseObject({ id: z.string(), deleted: z.looseObject({ state: z.string() }) });

// SharePoint's largest page (its list view threshold); the dev tenant's maximum too (dev-tenant/README.md).
const PAGE_SIZE = 5000;

/** A string literal in an OData `$filter`: quotes doubled, then the whole filter is URL-encoded by the caller. */
export const odataString = (value: string) => `'${value.replace(/'/g, "''")}'`;

/**
 * The item operations the talent stores share, over `/sites/{site}/lists/{title}/items`. Filters only on
 * indexed columns (SharePoint refuses others: graph-facts.md, "Sites, lists, items"); writes go with `If-Match`
 * so a concurrent change is a 412, never silently overwritten.
 */
export class ListItems {
  readonly name: string;
  private readonly path: string;

  constructor(
    private readonly client: GraphClient,
    location: ListLocation,
  ) {
    this.name = location.list.displayName;
    // Graph addresses a list by id or by title; the title is what the schema declares.
    this.path = `/sites/${location.siteId}/lists/${encodeURIComponent(this.name)}/items`;
  }

  /** `POST .../items`: 'conflict' when a unique column already holds one of the values (409). */
  async create(fields: Record<string, unknown>): Promise<'created' | 'conflict'> {
    const result = await onStatus(this.client.api(this.path).post({ fields }), { 409: 'conflict' as const });
    return result.ok ? 'created' : result.outcome;
  }

  /** Items whose indexed `column` equals `value`, with the named fields, in pages of 5,000. */
  async where(column: string, value: string, select: readonly string[]): Promise<RawItem[]> {
    const filter = encodeURIComponent(`fields/${column} eq ${odataString(value)}`);
    return this.readAll(this.items(select).filter(filter));
  }

  /** Every item, with the named fields, in pages of 5,000. */
  async all(select: readonly string[]): Promise<RawItem[]> {
    return this.readAll(this.items(select));
  }

  /** `PATCH .../items/{id}/fields` with `If-Match`: 'stale' on 412, 'gone' on 404. */
  async patchFields(item: RawItem, fields: Record<string, unknown>): Promise<'updated' | 'stale' | 'gone'> {
    const request = this.client.api(`${this.path}/${item.id}/fields`).header('If-Match', item.etag);
    const result = await onStatus(request.patch(fields), { 412: 'stale' as const, 404: 'gone' as const });
    return result.ok ? 'updated' : result.outcome;
  }

  /**
   * `PATCH .../items/{id}/fields` with `If-Match`, for a caller that writes again after: the item's new ETag
   * (the answer's fields carry it as `@odata.etag`), 'stale' on 412, 'gone' on 404.
   */
  async update(item: RawItem, fields: Record<string, unknown>): Promise<{ etag: string } | 'stale' | 'gone'> {
    const request = this.client.api(`${this.path}/${item.id}/fields`).header('If-Match', item.etag);
    const result = await onStatus(request.patch(fields), { 412: 'stale' as const, 404: 'gone' as const });
    if (!result.ok) return result.outcome;
    const answer = parseGraph(fieldsAnswerSchema, result.value, `PATCH ${this.path}/{id}/fields`);
    return { etag: answer['@odata.etag'] };
  }

  /** `DELETE .../items/{id}` with `If-Match`: 'stale' on 412, 'gone' on 404. */
  async delete(item: RawItem): Promise<'deleted' | 'stale' | 'gone'> {
    const request = this.client.api(`${this.path}/${item.id}`).header('If-Match', item.etag);
    const result = await onStatus(request.delete(), { 412: 'stale' as const, 404: 'gone' as const });
    return result.ok ? 'deleted' : result.outcome;
  }

  /**
   * One round of item delta: from the start (every item, then a deltaLink) when `deltaLink` is undefined,
   * else what changed since, in pages of 5,000 (the deltaLink keeps the page size). 'expired' when Graph
   * answers 410 (the token is too old: start again).
   */
  async delta(deltaLink?: string): Promise<{ entries: DeltaEntry[]; deltaLink: string } | 'expired'> {
    // Not `token=latest`: that skips the existing items, and the index needs them.
    const first = deltaLink
      ? this.client.api(deltaLink)
      : this.client.api(`${this.path}/delta`).expand('fields').top(PAGE_SIZE);
    try {
      const round = await readDeltaRound(this.client, first, `GET ${this.path}/delta`);
      return { entries: round.values.map((value) => this.deltaEntry(value)), deltaLink: round.deltaLink };
    } catch (error) {
      if (statusOf(error) === 410) return 'expired';
      throw error;
    }
  }

  private items(select: readonly string[]): GraphRequestBuilder {
    return this.client
      .api(this.path)
      .expand(`fields($select=${select.join(',')})`)
      .top(PAGE_SIZE);
  }

  private async readAll(request: GraphRequestBuilder): Promise<RawItem[]> {
    const { values } = await readPages(this.client, request, `GET ${this.path}`);
    return values.map((value) => this.item(value));
  }

  private item(value: unknown): RawItem {
    const item = parseGraph(itemSchema, value, `GET ${this.path}`);
    return { id: item.id, etag: (item.eTag ?? item['@odata.etag'])!, fields: item.fields };
  }

  private deltaEntry(value: unknown): DeltaEntry {
    const deleted = deletedSchema.safeParse(value);
    return deleted.success ? { id: deleted.data.id, deleted: true } : this.item(value);
  }
}

/** One round of a list's item delta, as a store applies it. */
export interface ItemDeltaRound {
  readonly entries: DeltaEntry[];
  readonly deltaLink: string;
  /** The token had expired (410) and the list was read again from the start. */
  readonly resynced: boolean;
}

/**
 * The next round of item delta after `deltaLink` (from the start without one). When the token expired (410)
 * the list is read again from the start, and the items delivered before (`delivered`) that are no longer there
 * come first, as deletions: a store applying the round then holds exactly what the list holds.
 */
export async function nextItemDeltaRound(
  items: ListItems,
  deltaLink: string | undefined,
  delivered: Iterable<string>,
): Promise<ItemDeltaRound> {
  const round = await items.delta(deltaLink);
  if (round !== 'expired') return { ...round, resynced: false };
  const fresh = await items.delta();
  if (fresh === 'expired') throw new GraphRequestFailed(`GET ${items.name} items/delta`, 410, undefined);
  const present = new Set(fresh.entries.map((entry) => entry.id));
  const gone: DeltaEntry[] = [...delivered]
    .filter((itemId) => !present.has(itemId))
    .map((itemId) => ({ id: itemId, deleted: true }));
  return { entries: [...gone, ...fresh.entries], deltaLink: fresh.deltaLink, resynced: true };
}

/** What a read of many rows found: the rows that hold what the schema says, and those that do not. */
export interface ListRows<T> {
  readonly rows: T[];
  readonly malformed: MalformedListItem[];
}

/** Validates one item's fields: the row, or why it is malformed. */
export function readRow<T>(list: string, item: RawItem, schema: z.ZodType<T>): T | MalformedListItem {
  const result = schema.safeParse(item.fields);
  return result.success ? result.data : new MalformedListItem(list, item.id, issuesOf(result.error));
}

export function readRows<T>(
  items: readonly RawItem[],
  read: (item: RawItem) => T | MalformedListItem,
): ListRows<T> {
  const rows: T[] = [];
  const malformed: MalformedListItem[] = [];
  for (const item of items) {
    const row = read(item);
    if (row instanceof MalformedListItem) malformed.push(row);
    else rows.push(row);
  }
  return { rows, malformed };
}
