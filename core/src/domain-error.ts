/**
 * A rule of the domain was broken. `code` is stable and machine-readable: the edges (HTTP problem responses,
 * bot cards, UI messages) map it to a status and a localised text. `message` is for developers and logs only.
 */
export abstract class DomainError extends Error {
  abstract readonly code: string;

  protected constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}

export function isDomainError(error: unknown): error is DomainError {
  return error instanceof DomainError;
}

/** True for a domain error with exactly this code: `if (hasErrorCode(e, 'talent.query.empty')) ...`. */
export function hasErrorCode<C extends string>(error: unknown, code: C): error is DomainError & { code: C } {
  return isDomainError(error) && error.code === code;
}
