/** Problem codes the Talentfinder reacts to. The service may send others; they are shown, not switched on. */
export const TalentProblem = {
  invalidRequest: 'invalidRequest',
  unauthenticated: 'unauthenticated',
  forbidden: 'forbidden',
  notFound: 'notFound',
  unavailable: 'unavailable',
  duplicateEndorsement: 'talent.endorsement.duplicate',
  selfEndorsement: 'talent.endorsement.self',
  /** No answer at all: offline, DNS, CORS, connection reset. */
  network: 'network',
  /** An answer that is not the API's shape: a proxy's HTML page, a version mismatch. */
  invalidResponse: 'invalidResponse',
} as const;

/**
 * A failed call to the Samen service, normalised once at the edge (style.md 6). `userMessage` is the service's
 * message, already in the caller's language, and the only text fit to show; `message` is for developers.
 */
export class TalentServiceError extends Error {
  override readonly name = 'TalentServiceError';

  constructor(
    readonly status: number,
    readonly code: string,
    readonly userMessage: string | undefined,
    detail: string,
  ) {
    super(detail);
  }
}

export function isTalentServiceError(error: unknown, code?: string): error is TalentServiceError {
  return error instanceof TalentServiceError && (code === undefined || error.code === code);
}

export { isAbort } from '../shared/service-http';
