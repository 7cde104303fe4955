import type { FeedTarget } from '@samen/core';
import { z } from 'zod';
import type { GraphClient } from '../graph-client';
import { MAX_BATCH_SIZE, sendBatch, type BatchOptions, type BatchRequest } from '../batch';
import { parseGraph } from '../talent/graph-errors';
import { readPages } from '../talent/paging';
import type { FeedItems } from './feed-items';

/** Where the adapters say what they could not do, with item ids (the service's log). */
export type FeedLog = (message: string) => void;

/** An item search on one indexed column, run as a `$batch` sub-request. */
interface Query {
  readonly items: FeedItems;
  readonly column: string;
  readonly value: string;
  readonly select: string;
  /** Keeps only some of the rows found (TargetId is shared by posts and comments: TargetKind tells them apart). */
  readonly keep?: (fields: Record<string, unknown>) => boolean;
}

interface Found {
  readonly items: FeedItems;
  readonly id: string;
}

const chunks = <T>(values: readonly T[]) =>
  Array.from({ length: Math.ceil(values.length / MAX_BATCH_SIZE) }, (_, i) =>
    values.slice(i * MAX_BATCH_SIZE, (i + 1) * MAX_BATCH_SIZE),
  );

const pageSchema = z.looseObject({ value: z.array(z.unknown()), '@odata.nextLink': z.string().optional() });

const ok = (status: number) => status >= 200 && status < 300;

/**
 * Removes what hangs off a removed post or comment: its comments or replies, and the likes and reports of all
 * of them. Reads and deletes both go 20 to a `$batch` (throttled sub-requests retried by `sendBatch`). The
 * thing itself is already gone, so these deletes are unconditional: whatever version a reply has, it goes.
 * What cannot be read or deleted is logged by list and item id, never dropped silently; a reply written while
 * the cascade runs can still be left over (SharePoint has no transactions), and read models skip orphans.
 */
export class FeedCascade {
  constructor(
    private readonly client: GraphClient,
    private readonly lists: { comments: FeedItems; likes: FeedItems; reports: FeedItems },
    private readonly log: FeedLog,
    private readonly batchOptions: BatchOptions = {},
  ) {}

  /** Round trips: 1 `$batch` of reads, 1 per 10 comments found (their likes and reports), 1 per 20 deletes. */
  async afterRemoving(target: FeedTarget): Promise<void> {
    const { comments } = this.lists;
    const childColumn = target.kind === 'post' ? 'PostId' : 'ParentId';
    const [children, ...reactions] = await this.find([
      { items: comments, column: childColumn, value: target.id, select: childColumn },
      ...this.reactionQueries(target),
    ]);
    const childReactions = await this.find(
      children!.flatMap((child) => this.reactionQueries({ kind: 'comment', id: child.id })),
    );
    await this.deleteAll([...children!, ...reactions.flat(), ...childReactions.flat()]);
  }

  private reactionQueries(target: FeedTarget): Query[] {
    const keep = (fields: Record<string, unknown>) => fields.TargetKind === target.kind;
    return [this.lists.likes, this.lists.reports].map((items) => ({
      items,
      column: 'TargetId',
      value: target.id,
      select: 'TargetKind',
      keep,
    }));
  }

  /** Each query's rows, in order; a query that failed finds nothing and is logged. */
  private async find(queries: readonly Query[]): Promise<Found[][]> {
    const found: Found[][] = [];
    for (const chunk of chunks(queries)) found.push(...(await this.findChunk(chunk)));
    return found;
  }

  private async findChunk(queries: readonly Query[]): Promise<Found[][]> {
    const requests: BatchRequest[] = queries.map((q, i) => ({
      id: String(i + 1),
      method: 'GET',
      url: q.items.whereUrl(q.column, q.value, [q.select]),
    }));
    const responses = await this.send(requests, (r) => `could not look for ${this.describe(queries, r)}`);
    if (!responses) return queries.map(() => []);
    return Promise.all(
      queries.map(async (query, i) => {
        const response = responses.get(requests[i]!.id);
        try {
          if (!response || !ok(response.status)) throw new Error(`status ${response?.status}`);
          return await this.rowsOf(query, response.body);
        } catch (error) {
          this.log(`feed: could not look for ${this.describe(queries, requests[i]!)} (${String(error)})`);
          return [];
        }
      }),
    );
  }

  /** A sub-response's page, and the pages after it (a thing with more than 5,000 likes). */
  private async rowsOf(query: Query, body: unknown): Promise<Found[]> {
    const request = `GET ${query.items.name}`;
    const page = parseGraph(pageSchema, body, request);
    const values = [...page.value];
    const nextLink = page['@odata.nextLink'];
    if (nextLink) values.push(...(await readPages(this.client, this.client.api(nextLink), request)).values);
    return values
      .map((value) => query.items.rawItem(value, 'GET'))
      .filter((item) => query.keep?.(item.fields) ?? true)
      .map((item) => ({ items: query.items, id: item.id }));
  }

  private async deleteAll(found: readonly Found[]): Promise<void> {
    for (const chunk of chunks(found)) {
      const requests: BatchRequest[] = chunk.map((f, i) => ({
        id: String(i + 1),
        method: 'DELETE',
        url: f.items.itemUrl(f.id),
      }));
      const what = (r: BatchRequest) => {
        const f = chunk[Number(r.id) - 1]!;
        return `item ${f.id} of '${f.items.name}'`;
      };
      const responses = await this.send(requests, (r) => `could not delete ${what(r)}`);
      for (const request of responses ? requests : []) {
        const status = responses!.get(request.id)?.status ?? 0;
        // 404: someone else deleted it first, which is what we wanted.
        if (!ok(status) && status !== 404) this.log(`feed: could not delete ${what(request)} (${status})`);
      }
    }
  }

  /** One `$batch`; when the batch itself fails, every request in it is logged and undefined returned. */
  private async send(requests: BatchRequest[], failed: (request: BatchRequest) => string) {
    try {
      return await sendBatch(this.client, requests, this.batchOptions);
    } catch (error) {
      for (const request of requests) this.log(`feed: ${failed(request)} (${String(error)})`);
      return undefined;
    }
  }

  private describe(queries: readonly Query[], request: BatchRequest): string {
    const query = queries[Number(request.id) - 1]!;
    return `items of '${query.items.name}' with ${query.column} ${query.value}`;
  }
}
