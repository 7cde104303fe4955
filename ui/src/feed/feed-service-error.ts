/** Problem codes the Feed reacts to. The service may send others; they are shown, not switched on. */
export const FeedProblem = {
  invalidRequest: 'invalidRequest',
  unauthenticated: 'unauthenticated',
  forbidden: 'forbidden',
  notFound: 'notFound',
  unavailable: 'unavailable',
  likeDuplicate: 'feed.like.duplicate',
  likeNotFound: 'feed.like.not-found',
  followDuplicate: 'feed.follow.duplicate',
  followNotFound: 'feed.follow.not-found',
  cursorInvalid: 'feed.cursor.invalid',
  /** No answer at all: offline, DNS, CORS, connection reset. */
  network: 'network',
  /** An answer that is not the API's shape: a proxy's HTML page, a version mismatch. */
  invalidResponse: 'invalidResponse',
} as const;

/**
 * A failed call to the Samen service, normalised once at the edge (style.md 6). `userMessage` is the service's
 * message, already in the caller's language (feed.invalid worded per field: "The title is required."), and the
 * only text fit to show; `message` is for developers.
 */
export class FeedServiceError extends Error {
  override readonly name = 'FeedServiceError';

  constructor(
    readonly status: number,
    readonly code: string,
    readonly userMessage: string | undefined,
    detail: string,
  ) {
    super(detail);
  }
}

export function isFeedServiceError(error: unknown, code?: string): error is FeedServiceError {
  return error instanceof FeedServiceError && (code === undefined || error.code === code);
}

export { isAbort } from '../shared/service-http';
