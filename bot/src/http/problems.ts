import type { Locale } from './locale';

/**
 * The error shape every API answer uses: a stable machine-readable `code` the clients switch on, a `message` in
 * the caller's language for people, and `status`. Developer details never reach the message.
 */
export interface Problem {
  status: number;
  code: string;
  message: string;
}

export type ProblemCatalog = Record<string, { status: number; 'en-US': string; 'nl-NL': string }>;

export const GENERAL_PROBLEMS: ProblemCatalog = {
  unauthenticated: { status: 401, 'en-US': 'Please sign in again.', 'nl-NL': 'Meld je opnieuw aan.' },
  forbidden: { status: 403, 'en-US': 'You are not allowed to do this.', 'nl-NL': 'Je mag dit niet doen.' },
  notFound: { status: 404, 'en-US': 'We could not find that.', 'nl-NL': 'Dat konden we niet vinden.' },
  invalidRequest: {
    status: 400,
    'en-US': 'Something in the request is not right.',
    'nl-NL': 'Er klopt iets niet in het verzoek.',
  },
  payloadTooLarge: { status: 413, 'en-US': 'That is too much at once.', 'nl-NL': 'Dat is te veel tegelijk.' },
  unavailable: {
    status: 503,
    'en-US': 'Samen is busy right now. Please try again in a moment.',
    'nl-NL': 'Samen heeft het even druk. Probeer het zo nog eens.',
  },
  internal: {
    status: 500,
    'en-US': 'Something went wrong on our side. Please try again.',
    'nl-NL': 'Er ging bij ons iets mis. Probeer het nog eens.',
  },
};

/** Turns error codes into Problems; features bring the messages for their own codes, in both languages. */
export class Problems {
  private readonly catalog: ProblemCatalog;

  constructor(...catalogs: ProblemCatalog[]) {
    this.catalog = {};
    for (const entries of [GENERAL_PROBLEMS, ...catalogs]) {
      for (const [code, entry] of Object.entries(entries)) {
        if (this.catalog[code]) throw new Error(`Problem code '${code}' is defined twice.`);
        this.catalog[code] = entry;
      }
    }
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
