import type { Presence, PresenceSource } from './ports';
import { PRESENCE_BATCH_LIMIT } from './find-experts';

interface Waiting {
  readonly ids: readonly string[];
  readonly resolve: (presence: ReadonlyMap<string, Presence>) => void;
  readonly reject: (error: unknown) => void;
}

/**
 * Presence asked by many at once, asked of Graph together. Up to `maxInFlight` requests are out at a time; what
 * others ask meanwhile waits and goes out in the next request, merged (at most 650 distinct ids each). Nobody is
 * answered from a request sent before they asked, so presence stays live; under load, many answers share one
 * round trip instead of each spending one of Graph's 1,500 presence calls per 30 s.
 */
export class SharedPresenceSource implements PresenceSource {
  private readonly waiting: Waiting[] = [];
  private inFlight = 0;

  constructor(
    private readonly source: PresenceSource,
    private readonly maxInFlight = 2,
  ) {}

  presenceOf(userIds: readonly string[]): Promise<ReadonlyMap<string, Presence>> {
    if (userIds.length === 0) return Promise.resolve(new Map());
    return new Promise((resolve, reject) => {
      this.waiting.push({ ids: userIds, resolve, reject });
      this.pump();
    });
  }

  private pump(): void {
    while (this.inFlight < this.maxInFlight && this.waiting.length > 0) {
      const batch = this.nextBatch();
      this.inFlight++;
      void this.send(batch).finally(() => {
        this.inFlight--;
        this.pump();
      });
    }
  }

  // The first waiting request always goes; others join while the distinct ids stay within one call's limit.
  private nextBatch(): Waiting[] {
    const batch: Waiting[] = [];
    const ids = new Set<string>();
    while (this.waiting.length > 0) {
      const next = this.waiting[0] as Waiting;
      const merged = new Set([...ids, ...next.ids.map((id) => id.toLowerCase())]);
      if (batch.length > 0 && merged.size > PRESENCE_BATCH_LIMIT) break;
      batch.push(next);
      this.waiting.shift();
      for (const id of merged) ids.add(id);
    }
    return batch;
  }

  private async send(batch: readonly Waiting[]): Promise<void> {
    if (batch.length === 1) return this.sendAlone(batch[0] as Waiting);
    const ids = [
      ...new Map(batch.flatMap((w) => w.ids.map((id) => [id.toLowerCase(), id] as const))).values(),
    ];
    let answer: ReadonlyMap<string, Presence>;
    try {
      answer = await this.source.presenceOf(ids);
    } catch (error) {
      // One request's bad id must not fail the others it was merged with: each is asked on its own.
      if (error instanceof RangeError) return void (await Promise.all(batch.map((w) => this.sendAlone(w))));
      for (const waiting of batch) waiting.reject(error);
      return;
    }
    const byLowerCase = new Map([...answer].map(([id, presence]) => [id.toLowerCase(), presence]));
    for (const waiting of batch) waiting.resolve(subset(byLowerCase, waiting.ids));
  }

  private async sendAlone(waiting: Waiting): Promise<void> {
    try {
      waiting.resolve(await this.source.presenceOf(waiting.ids));
    } catch (error) {
      waiting.reject(error);
    }
  }
}

/** The presence of `ids`, keyed as they were asked. */
function subset(byLowerCase: ReadonlyMap<string, Presence>, ids: readonly string[]): Map<string, Presence> {
  const presence = new Map<string, Presence>();
  for (const id of ids) {
    const found = byLowerCase.get(id.toLowerCase());
    if (found) presence.set(id, found);
  }
  return presence;
}
