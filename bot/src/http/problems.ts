import {
  GENERAL_PROBLEMS as CONTRACT_GENERAL_PROBLEMS,
  type Locale,
  type ProblemDefinition,
} from '@samen/core/contract';

/**
 * The error shape every API answer uses: a stable machine-readable `code` the clients switch on, a `message` in
 * the caller's language for people, and `status`. Developer details never reach the message.
 */
export interface Problem {
  status: number;
  code: string;
  message: string;
}

export type ProblemCatalog = Readonly<Record<string, ProblemDefinition>>;

/** The edge's own problems (unauthenticated, invalidRequest, ...), as the HTTP contract defines them. */
export const GENERAL_PROBLEMS: ProblemCatalog = CONTRACT_GENERAL_PROBLEMS;

/** Turns error codes into Problems; features bring the messages for their own codes, in both languages. */
export class Problems {
  private readonly catalog: ProblemCatalog;

  constructor(...catalogs: ProblemCatalog[]) {
    const catalog: Record<string, ProblemDefinition> = {};
    for (const entries of [GENERAL_PROBLEMS, ...catalogs]) {
      for (const [code, entry] of Object.entries(entries)) {
        if (catalog[code]) throw new Error(`Problem code '${code}' is defined twice.`);
        catalog[code] = entry;
      }
    }
    this.catalog = catalog;
  }

  has(code: string): boolean {
    return code in this.catalog;
  }

  of(code: string, locale: Locale): Problem {
    const known = this.catalog[code];
    const entry = known ?? this.catalog.internal!;
    return { status: entry.status, code: known ? code : 'internal', message: entry[locale] };
  }
}

/** An error meant to become a Problem at the HTTP edge. */
export class ProblemError extends Error {
  constructor(
    readonly code: string,
    detail?: string,
  ) {
    super(detail ?? code);
    this.name = 'ProblemError';
  }
}
