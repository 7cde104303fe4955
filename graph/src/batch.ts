import type { GraphClient } from './graph-client';

export interface BatchRequest {
  id: string;
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  /** Relative to the version root, e.g. `/users/{id}?$select=skills`. */
  url: string;
  headers?: Record<string, string>;
  body?: unknown;
  dependsOn?: string[];
}

export interface BatchResponse {
  id: string;
  status: number;
  headers: Record<string, string>;
  body?: unknown;
}

export interface BatchOptions {
  /** Rounds for sub-requests Graph throttled (429) or could not serve (503, 504). */
  maxAttempts?: number;
  /** Waits between rounds; injectable so callers can observe or bound the waiting. */
  wait?: (ms: number) => Promise<void>;
}

export const MAX_BATCH_SIZE = 20;
const RETRYABLE = new Set([429, 503, 504]);
const DEFAULT_RETRY_AFTER_S = 2;

const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function retryAfterMs(response: BatchResponse): number {
  const header = Object.entries(response.headers).find(([k]) => k.toLowerCase() === 'retry-after')?.[1];
  const seconds = Number(header);
  return (Number.isFinite(seconds) && seconds >= 0 ? seconds : DEFAULT_RETRY_AFTER_S) * 1000;
}

async function postBatch(client: GraphClient, requests: BatchRequest[]): Promise<BatchResponse[]> {
  const reply = (await client.api('/$batch').post({ requests })) as { responses: BatchResponse[] };
  return reply.responses.map((r) => ({ ...r, headers: r.headers ?? {} }));
}

/** Requests to send again: throttled ones, and those that failed only because a throttled one did (424). */
function toRetry(requests: BatchRequest[], results: Map<string, BatchResponse>): BatchRequest[] {
  const retry = new Set(
    requests.filter((r) => RETRYABLE.has(results.get(r.id)?.status ?? 0)).map((r) => r.id),
  );
  for (const request of requests) {
    if (results.get(request.id)?.status === 424 && request.dependsOn?.some((d) => retry.has(d)))
      retry.add(request.id);
  }
  return requests.filter((r) => retry.has(r.id));
}

/**
 * Sends up to 20 requests as one `$batch` round trip. Graph throttles sub-requests one by one and the
 * official client does not retry them (toolchain.md), so throttled ones are sent again after the longest
 * Retry-After among them, up to `maxAttempts` rounds; what still fails is returned as it was answered.
 */
export async function sendBatch(
  client: GraphClient,
  requests: BatchRequest[],
  options: BatchOptions = {},
): Promise<Map<string, BatchResponse>> {
  if (requests.length > MAX_BATCH_SIZE)
    throw new RangeError(`A batch holds at most ${MAX_BATCH_SIZE} requests, got ${requests.length}.`);
  const wait = options.wait ?? pause;
  const results = new Map<string, BatchResponse>();
  let pending = requests;
  for (let attempt = 1; pending.length > 0; attempt += 1) {
    for (const response of await postBatch(client, pending)) results.set(response.id, response);
    const again = toRetry(pending, results);
    if (again.length === 0 || attempt >= (options.maxAttempts ?? 4)) break;
    await wait(Math.max(...again.map((r) => retryAfterMs(results.get(r.id)!))));
    pending = again;
  }
  return results;
}
