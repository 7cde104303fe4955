import type { GraphClient } from '../graph-client';
import { z } from 'zod';
import type { ListSchema } from '../lists/list-schema';
import { onStatus, parseGraph } from '../talent/graph-errors';
import { ListItems, odataString, type RawItem } from '../talent/list-items';

const itemSchema = z
  .looseObject({
    id: z.string(),
    eTag: z.string().optional(),
    '@odata.etag': z.string().optional(),
    fields: z.record(z.string(), z.unknown()),
  })
  .refine((item) => (item.eTag ?? item['@odata.etag']) !== undefined, { message: 'the item has no eTag' });

// SharePoint item ids are whole numbers. Anything else names no item, and must never reach a URL path.
const ITEM_ID = /^[1-9]\d{0,15}$/;
export const isItemId = (id: string) => ITEM_ID.test(id);

/** SharePoint's largest page (its list view threshold), as in ListItems. */
export const PAGE_SIZE = 5000;

/**
 * One feed list: the talent stores' `ListItems` (filters on indexed columns, If-Match writes, item delta) plus
 * what the feed needs besides: an item by id, a create that answers with the item, and the relative URLs
 * `$batch` sub-requests use.
 */
export class FeedItems extends ListItems {
  /** `/sites/{site}/lists/{title}/items`, relative to Graph's version root (what `$batch` wants). */
  readonly itemsPath: string;

  constructor(
    private readonly graph: GraphClient,
    siteId: string,
    readonly list: ListSchema,
  ) {
    super(graph, { siteId, list });
    this.itemsPath = `/sites/${siteId}/lists/${encodeURIComponent(list.displayName)}/items`;
  }

  /** `POST .../items` → 201 with the item as stored; 'conflict' when a unique column holds a value (409). */
  async createItem(fields: Record<string, unknown>): Promise<RawItem | 'conflict'> {
    const result = await onStatus(this.graph.api(this.itemsPath).post({ fields }), {
      409: 'conflict' as const,
    });
    return result.ok ? this.rawItem(result.value, 'POST') : result.outcome;
  }

  /** `GET .../items/{id}?$expand=fields`: undefined for an id that is no item (404, or not a number). */
  async getItem(id: string): Promise<RawItem | undefined> {
    if (!isItemId(id)) return undefined;
    const request = this.graph.api(`${this.itemsPath}/${id}`).expand('fields').get();
    const result = await onStatus(request, { 404: undefined });
    return result.ok ? this.rawItem(result.value, 'GET') : undefined;
  }

  /** The relative URL of `GET` items whose indexed `column` equals `value`, for a `$batch` sub-request. */
  whereUrl(column: string, value: string, select: readonly string[]): string {
    const filter = encodeURIComponent(`fields/${column} eq ${odataString(value)}`);
    return `${this.itemsPath}?$expand=fields($select=${select.join(',')})&$filter=${filter}&$top=${PAGE_SIZE}`;
  }

  itemUrl(id: string): string {
    return `${this.itemsPath}/${id}`;
  }

  /** An item as Graph answers it (a page's value, a 201, a batch sub-response's body). */
  rawItem(value: unknown, method: string): RawItem {
    const item = parseGraph(itemSchema, value, `${method} ${this.itemsPath}`);
    return { id: item.id, etag: (item.eTag ?? item['@odata.etag'])!, fields: item.fields };
  }
}
