import type { z } from 'zod';

/** The HTTP status of an error the official client threw (its GraphError's `statusCode`), if it has one. */
export function statusOf(error: unknown): number | undefined {
  const status = (error as { statusCode?: unknown } | null)?.statusCode;
  return typeof status === 'number' ? status : undefined;
}

/**
 * Graph still throttling (429) or unavailable (503, 504) after the client's own retries: for the caller, "busy,
 * try again" — not a fault of the request, nor of Samen.
 */
export function isGraphBusy(error: unknown): boolean {
  const status = error instanceof GraphRequestFailed ? error.status : statusOf(error);
  return status === 429 || status === 503 || status === 504;
}

/** A `Retry-After` in seconds from a GraphError's response headers, when Graph sent one. */
export function retryAfterOf(error: unknown): number | undefined {
  const headers = (error as { headers?: { get?: (name: string) => string | null } } | null)?.headers;
  const seconds = Number(headers?.get?.('retry-after') ?? Number.NaN);
  return Number.isFinite(seconds) && seconds >= 0 ? seconds : undefined;
}

/** Runs a Graph call and turns the listed statuses into values, so callers match on outcomes, not errors. */
export async function onStatus<T, R>(
  call: Promise<T>,
  outcomes: Readonly<Record<number, R>>,
): Promise<{ ok: true; value: T } | { ok: false; outcome: R }> {
  try {
    return { ok: true, value: await call };
  } catch (error) {
    const status = statusOf(error);
    if (status !== undefined && status in outcomes) return { ok: false, outcome: outcomes[status]! };
    throw error;
  }
}

export function issuesOf(error: z.ZodError): string[] {
  return error.issues.map(
    (issue) => `${issue.path.length > 0 ? issue.path.join('.') : '(root)'}: ${issue.message}`,
  );
}

/** Graph answered something other than what its documentation (and graph-facts.md) says it answers. */
export class MalformedGraphResponse extends Error {
  readonly code = 'malformedGraphResponse';
  constructor(
    /** `METHOD /path` of the request, without query. */
    readonly request: string,
    readonly issues: readonly string[],
  ) {
    super(`Graph answered ${request} with data Samen cannot read: ${issues.join('; ')}`);
    this.name = 'MalformedGraphResponse';
  }
}

export const isMalformedGraphResponse = (error: unknown): error is MalformedGraphResponse =>
  error instanceof MalformedGraphResponse;

/**
 * A row of one of Samen's lists does not hold what its schema says (someone edited it in SharePoint's own UI,
 * or an older version wrote it). Reads that return many rows report such rows beside the good ones instead of
 * failing or guessing; reads of one row throw it.
 */
export class MalformedListItem extends Error {
  readonly code = 'malformedListItem';
  constructor(
    readonly list: string,
    readonly itemId: string,
    readonly issues: readonly string[],
  ) {
    super(`Item ${itemId} of the list '${list}' is malformed: ${issues.join('; ')}`);
    this.name = 'MalformedListItem';
  }
}

export const isMalformedListItem = (error: unknown): error is MalformedListItem =>
  error instanceof MalformedListItem;

/** Parses a Graph answer with its schema. @throws MalformedGraphResponse */
export function parseGraph<T>(schema: z.ZodType<T>, value: unknown, request: string): T {
  const result = schema.safeParse(value);
  if (!result.success) throw new MalformedGraphResponse(request, issuesOf(result.error));
  return result.data;
}

/** A row kept changing under a conditional write (412 on every attempt): someone else is writing it in a loop. */
export class ConcurrentChangeConflict extends Error {
  readonly code = 'concurrentChangeConflict';
  constructor(
    readonly list: string,
    readonly key: string,
    readonly attempts: number,
  ) {
    super(`The row '${key}' of '${list}' changed under each of ${attempts} conditional writes.`);
    this.name = 'ConcurrentChangeConflict';
  }
}

/** Graph refused a request the adapter cannot recover from (a 400 or 403 says the request or the app is wrong). */
export class GraphRequestFailed extends Error {
  readonly code = 'graphRequestFailed';
  constructor(
    readonly request: string,
    readonly status: number,
    readonly graphCode: string | undefined,
  ) {
    super(`Graph answered ${request} with ${status}${graphCode ? ` ${graphCode}` : ''}.`);
    this.name = 'GraphRequestFailed';
  }
}
