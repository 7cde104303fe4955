import type { GraphClient } from '../graph-client';
import { MAX_BATCH_SIZE, sendBatch, type BatchOptions, type BatchResponse } from '../batch';

/** At most `limit` tasks at a time; the others wait their turn in order. */
export class Slots {
  private free: number;
  private readonly waiting: Array<() => void> = [];

  constructor(limit: number) {
    if (!(Number.isInteger(limit) && limit >= 1))
      throw new RangeError(`limit must be 1 or more, got ${limit}`);
    this.free = limit;
  }

  async run<T>(task: () => Promise<T>): Promise<T> {
    if (this.free > 0) this.free -= 1;
    else await new Promise<void>((resolve) => this.waiting.push(resolve));
    try {
      return await task();
    } finally {
      const next = this.waiting.shift();
      if (next) next();
      else this.free += 1;
    }
  }
}

type Outcome = { ok: Map<string, BatchResponse> } | { error: unknown };

/**
 * `GET {url(id)}` for ids as they come in, 20 to a `$batch`, with a bounded number of batches in flight: a
 * caller reading delta pages hands over each page's ids and the batches start while later pages are still
 * being read. Each id is read once. After a failed batch no further batch is sent; `finish` throws its error.
 */
export class BatchedReads {
  private buffer: string[] = [];
  private readonly requested = new Set<string>();
  private readonly sent: Array<Promise<Outcome>> = [];
  private failure?: { error: unknown };

  constructor(
    private readonly client: GraphClient,
    private readonly url: (id: string) => string,
    private readonly slots: Slots,
    private readonly options: BatchOptions = {},
  ) {}

  add(id: string): void {
    if (this.requested.has(id)) return;
    this.requested.add(id);
    this.buffer.push(id);
    if (this.buffer.length === MAX_BATCH_SIZE) this.flush();
  }

  /** Sends what is left and waits for every batch: each id's answer, as the batch returned it. */
  async finish(): Promise<Map<string, BatchResponse>> {
    if (this.buffer.length > 0) this.flush();
    const responses = new Map<string, BatchResponse>();
    for (const outcome of await Promise.all(this.sent)) {
      if ('error' in outcome) throw outcome.error;
      for (const [id, response] of outcome.ok) responses.set(id, response);
    }
    return responses;
  }

  private flush(): void {
    const requests = this.buffer.map((id) => ({ id, method: 'GET' as const, url: this.url(id) }));
    this.buffer = [];
    const batch = this.slots.run(async () => {
      if (this.failure) throw this.failure.error;
      return sendBatch(this.client, requests, this.options);
    });
    // Settled into a value at once, so a failure waiting for `finish` is never an unhandled rejection.
    this.sent.push(
      batch.then(
        (ok) => ({ ok }),
        (error: unknown) => {
          this.failure ??= { error };
          return { error: this.failure.error };
        },
      ),
    );
  }
}
