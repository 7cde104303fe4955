import { FeedProblem, isFeedServiceError } from './feed-service-error';
import type { FeedStrings } from './strings';

/**
 * What to tell the user about a failed call: the service's own (localised) message when it sent one; otherwise
 * ours. Developer details (`error.message`) never reach the screen (style.md 7).
 */
export function userMessageOf(error: unknown, strings: FeedStrings): string {
  if (!isFeedServiceError(error)) return strings.genericError;
  if (error.userMessage) return error.userMessage;
  if (error.code === FeedProblem.network) return strings.networkError;
  if (error.code === FeedProblem.unauthenticated) return strings.signInAgain;
  if (error.code === FeedProblem.invalidResponse) return strings.invalidResponse;
  return strings.genericError;
}
