import type { Versioned, WriteOutcome } from './ports';

/** Attempts at a versioned write before giving up: each stale answer means someone else just wrote. */
export const MAX_VERSION_ATTEMPTS = 5;

export class VersionConflictError extends Error {
  constructor(readonly attempts: number) {
    super(`The record changed under ${attempts} attempts to write it`);
    this.name = 'VersionConflictError';
  }
}

/** A versioned write's outcome, and what the caller makes of it when it was written. */
export interface Attempt<R> {
  readonly outcome: WriteOutcome;
  readonly result: R;
}

/**
 * Optimistic concurrency (If-Match): read the record, decide and write naming its version; when someone wrote in
 * between, read again and decide again, never overwrite. A record gone in between is `gone()`.
 */
export async function withFreshVersion<T, R>(
  read: () => Promise<Versioned<T>>,
  write: (current: Versioned<T>) => Promise<Attempt<R>>,
  gone: () => Error,
): Promise<R> {
  for (let attempt = 1; attempt <= MAX_VERSION_ATTEMPTS; attempt++) {
    const { outcome, result } = await write(await read());
    if (outcome === 'written') return result;
    if (outcome === 'not-found') throw gone();
  }
  throw new VersionConflictError(MAX_VERSION_ATTEMPTS);
}

/** A write whose caller needs nothing back. */
export async function only(outcome: Promise<WriteOutcome>): Promise<Attempt<void>> {
  return { outcome: await outcome, result: undefined };
}
