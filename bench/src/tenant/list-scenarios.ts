import { measure, type Operation } from '../measure';
import type { GraphHttp } from './graph-http';

/** Buckets of the indexed number column: a 5,000-item list holds 20 items per bucket, one `$top=20` page. */
export const BUCKETS = 250;
export const QUERY_PAGE = 20;
/** Graph's limit of requests in one $batch. */
const BATCH_SIZE = 20;
const FILL_CONCURRENCY = 4;
const FILL_MAX_MS = 120_000;

export interface BenchList {
  itemsPath: string;
  /** Items created so far; the create scenario and the fill both add to it. */
  itemCount: number;
}

/** Fields of the n-th item: Bucket cycles through all buckets so each holds the same number of items. */
function itemFields(n: number) {
  return { Title: `Bench item ${n}`, Bucket: n % BUCKETS, Tag: `tag-${n % 97}` };
}

/** A list like Samen's own: a number and a text column, both indexed (each write maintains two indexes). */
export async function createBenchList(http: GraphHttp, siteId: string): Promise<BenchList> {
  const list = await http.json<{ id: string }>('POST', `/sites/${siteId}/lists`, {
    displayName: `Bench ${new Date().toISOString()}`,
    columns: [
      { name: 'Bucket', number: {}, indexed: true },
      { name: 'Tag', text: {}, indexed: true },
    ],
    list: { template: 'genericList' },
  });
  return { itemsPath: `/sites/${siteId}/lists/${list.id}/items`, itemCount: 0 };
}

export function createItem(http: GraphHttp, list: BenchList): Operation {
  return async (index) => {
    await http.send('POST', list.itemsPath, { fields: itemFields(index) });
    list.itemCount += 1;
  };
}

/**
 * Tops the list up to `target` items with $batch (20 creates a request), the fastest way Graph offers, so
 * that setting up the query scenario costs seconds rather than the create scenario's time again.
 */
export async function fillList(http: GraphHttp, list: BenchList, target: number): Promise<number> {
  const first = list.itemCount;
  const batches = Math.ceil(Math.max(0, target - first) / BATCH_SIZE);
  if (batches === 0) return 0;
  const batch: Operation = async (index) => {
    const start = first + index * BATCH_SIZE;
    const count = Math.min(BATCH_SIZE, target - start);
    const requests = Array.from({ length: count }, (_, i) => ({
      id: String(i + 1),
      method: 'POST',
      url: list.itemsPath,
      headers: { 'Content-Type': 'application/json' },
      body: { fields: itemFields(start + i) },
    }));
    const reply = await http.json<{ responses: Array<{ status: number }> }>('POST', '/$batch', { requests });
    const failed = reply.responses.filter((r) => r.status !== 201);
    list.itemCount += count - failed.length;
    if (failed.length > 0)
      throw new Error(`${failed.length} creates in a $batch failed (${failed[0]?.status})`);
  };
  const run = await measure(batch, {
    count: batches,
    concurrency: FILL_CONCURRENCY,
    maxDurationMs: FILL_MAX_MS,
  });
  if (run.errors > 0 || run.stoppedBy === 'time') {
    throw new Error(`filling the list failed: ${run.errors} failed batches; ${run.errorSamples.join('; ')}`);
  }
  return run.durationMs / 1000;
}

/** `n*97 mod 250` visits every bucket (97 and 250 share no factor) without the tenant seeing a simple pattern. */
const bucketOf = (index: number) => (index * 97) % BUCKETS;

export function queryPath(list: BenchList, bucket: number): string {
  // Always with the `$`: Graph v1.0 accepts the bare names for some APIs only, and its docs advise the `$`.
  const filter = encodeURIComponent(`fields/Bucket eq ${bucket}`);
  return `${list.itemsPath}?$filter=${filter}&$expand=fields&$top=${QUERY_PAGE}`;
}

export function queryItems(http: GraphHttp, list: BenchList): Operation {
  return async (index) => {
    await http.send('GET', queryPath(list, bucketOf(index)));
  };
}

/** One answer looked at before timing: a query that returned nothing would make a fine but meaningless figure. */
export async function sampleQuery(http: GraphHttp, list: BenchList) {
  const page = await http.json<{ value: Array<{ fields?: unknown }> }>('GET', queryPath(list, 1));
  return { items: page.value.length, hasFields: page.value.every((item) => item.fields !== undefined) };
}
