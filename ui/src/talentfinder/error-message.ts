import type { TalentfinderStrings } from './strings';
import { isTalentServiceError, TalentProblem } from './talent-service-error';

/**
 * What to tell the user about a failed call: the service's own (localised) message when it sent one; otherwise
 * ours. Developer details (`error.message`) never reach the screen (style.md 7).
 */
export function userMessageOf(error: unknown, strings: TalentfinderStrings): string {
  if (!isTalentServiceError(error)) return strings.genericError;
  if (error.userMessage) return error.userMessage;
  if (error.code === TalentProblem.network) return strings.networkError;
  if (error.code === TalentProblem.unauthenticated) return strings.signInAgain;
  if (error.code === TalentProblem.invalidResponse) return strings.invalidResponse;
  return strings.genericError;
}
