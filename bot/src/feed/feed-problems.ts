import { InvalidFeedInputError, isFeedError, VersionConflictError, type Locale } from '@samen/core';
import {
  CONFLICT_PROBLEMS,
  FEED_PROBLEMS as CONTRACT_PROBLEMS,
  fieldProblemText,
} from '@samen/core/contract';
import type { ProblemCatalog } from '../http/problems';

/** What people read when a feed request cannot be done: the HTTP contract's statuses and texts. */
export const FEED_PROBLEMS: ProblemCatalog = { ...CONTRACT_PROBLEMS, ...CONFLICT_PROBLEMS };

/** The problem code of a feed error, or undefined when the error is not the feed's. */
export function feedCodeOf(error: unknown): string | undefined {
  if (isFeedError(error)) return error.code;
  if (error instanceof VersionConflictError) return 'conflict';
  return undefined;
}

/** feed.invalid says which field is wrong and how. */
export function feedWordingOf(error: unknown, locale: Locale): string | undefined {
  if (!(error instanceof InvalidFeedInputError)) return undefined;
  return fieldProblemText(error.field, error.reason, error.limit, locale);
}
