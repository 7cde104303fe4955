/** How people whose profile could not be read are asked for again. */
export interface RereadPolicy {
  /** At most this many people are read again per round, so a throttled tenant is not flooded (default 200). */
  readonly maxPerRound: number;
  /** The wait after the first failed re-read; it doubles with each further failure (default 30 s). */
  readonly firstBackoffMs: number;
  /** The longest wait between two attempts for one person (default 15 minutes). */
  readonly maxBackoffMs: number;
}

export const DEFAULT_REREAD_POLICY: RereadPolicy = {
  maxPerRound: 200,
  firstBackoffMs: 30_000,
  maxBackoffMs: 15 * 60_000,
};

interface Pending {
  /** Failed re-reads so far (the miss in a delta round is not counted). */
  failures: number;
  dueAt: number;
}

/**
 * People whose profile Graph would not give (429/503 even after the batch's own retries). Each stays here
 * until a read succeeds or they leave the directory: nobody silently drops out of the index. A new miss is
 * due at once (the next round); every failed re-read doubles the wait, up to `maxBackoffMs`.
 */
export class ProfileRereads {
  private readonly pending = new Map<string, Pending>();

  constructor(private readonly policy: RereadPolicy = DEFAULT_REREAD_POLICY) {}

  get size(): number {
    return this.pending.size;
  }

  has(userId: string): boolean {
    return this.pending.has(userId);
  }

  /** Missed in a delta round: due now, unless already waiting (a miss does not reset the backoff). */
  missed(userIds: readonly string[], now: Date): void {
    for (const id of userIds)
      if (!this.pending.has(id)) this.pending.set(id, { failures: 0, dueAt: now.getTime() });
  }

  /** A re-read that failed again: the next attempt waits twice as long as the previous one did. */
  failed(userIds: readonly string[], now: Date): void {
    for (const id of userIds) {
      const failures = (this.pending.get(id)?.failures ?? 0) + 1;
      this.pending.set(id, { failures, dueAt: now.getTime() + this.backoffMs(failures) });
    }
  }

  /** Read at last, or gone from the directory. */
  settled(userIds: readonly string[]): void {
    for (const id of userIds) this.pending.delete(id);
  }

  /** Who to read this round: those due, longest waiting first, at most `maxPerRound`. */
  due(now: Date): string[] {
    return [...this.pending.entries()]
      .filter(([, p]) => p.dueAt <= now.getTime())
      .sort(([, a], [, b]) => a.dueAt - b.dueAt)
      .slice(0, this.policy.maxPerRound)
      .map(([id]) => id);
  }

  /** When the next of them is due, if anyone is waiting. */
  nextDue(): Date | undefined {
    let first: number | undefined;
    for (const { dueAt } of this.pending.values()) first = Math.min(first ?? dueAt, dueAt);
    return first === undefined ? undefined : new Date(first);
  }

  private backoffMs(failures: number): number {
    return Math.min(this.policy.firstBackoffMs * 2 ** (failures - 1), this.policy.maxBackoffMs);
  }
}
