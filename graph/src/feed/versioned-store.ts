import type { Versioned, WriteOutcome } from '@samen/core';
import { MalformedListItem } from '../talent/graph-errors';
import type { RawItem } from '../talent/list-items';
import { isItemId, type FeedItems } from './feed-items';

/**
 * What posts and comments share: items with an eTag, created with a random CreateKey, updated and deleted with
 * `If-Match` (a stale eTag is SharePoint's 412: nothing changes, the use case reads again and decides again).
 */
export class VersionedStore<T> {
  constructor(
    readonly items: FeedItems,
    private readonly read: (list: string, item: RawItem) => T | MalformedListItem,
    /** The columns a row is read from, for reading back a create that met its own CreateKey. */
    private readonly fields: readonly string[],
    private readonly newKey: () => string = () => globalThis.crypto.randomUUID(),
  ) {}

  /**
   * One request. The SDK retries a throttled POST (429: not executed) and a 503/504 (maybe executed): a retry
   * of one that was written meets the unique CreateKey (409), and the item written then is read back (one
   * more request). @throws MalformedListItem when SharePoint stores something else than was sent
   */
  async create(fields: (createKey: string) => Record<string, unknown>): Promise<T> {
    const createKey = this.newKey();
    const created = await this.items.createItem(fields(createKey));
    const item =
      created === 'conflict' ? (await this.items.where('CreateKey', createKey, this.fields))[0] : created;
    if (!item) throw new Error(`'${this.items.name}' refused CreateKey ${createKey} but holds no such item.`);
    return this.value(item);
  }

  /** One request; undefined for an id that is no item. @throws MalformedListItem */
  async get(id: string): Promise<Versioned<T> | undefined> {
    const item = await this.items.getItem(id);
    return item && { value: this.value(item), etag: item.etag };
  }

  /** One request: PATCH fields with If-Match. */
  async update(id: string, fields: Record<string, unknown>, etag: string): Promise<WriteOutcome> {
    if (!isItemId(id)) return 'not-found';
    const outcome = await this.items.patchFields({ id, etag, fields: {} }, fields);
    return outcome === 'updated' ? 'written' : outcome === 'stale' ? 'stale' : 'not-found';
  }

  /** One request: DELETE with If-Match. */
  async remove(id: string, etag: string): Promise<WriteOutcome> {
    if (!isItemId(id)) return 'not-found';
    const outcome = await this.items.delete({ id, etag, fields: {} });
    return outcome === 'deleted' ? 'written' : outcome === 'stale' ? 'stale' : 'not-found';
  }

  private value(item: RawItem): T {
    const value = this.read(this.items.name, item);
    if (value instanceof MalformedListItem) throw value;
    return value;
  }
}
