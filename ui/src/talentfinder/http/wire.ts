import {
  availabilityOf,
  endorsementCount,
  myExpertise,
  searchPage,
  suggestions,
  type EndorsementCountWire,
  type ExpertiseChangeBody,
  type ExpertResultWire,
  type MyExpertiseWire,
  type SearchPageWire,
  type SearchQuery,
} from '@samen/core/contract';
import type {
  EndorsementCount,
  ExpertiseChange,
  MyExpertise,
  SkillSuggestion,
  TalentQuery,
  TalentResult,
  TalentSearchPage,
} from '../talent-service';

/**
 * The service's JSON, checked at the edge against the HTTP contract (core/src/contract, the schemas the service
 * is tested against) and turned into the port's types (style.md 5). Graph profile fields that people never
 * filled in arrive as null and become ''. A reply the contract does not allow throws a WireError.
 */
export class WireError extends Error {
  override readonly name = 'WireError';
}

// Requests, typed by the contract: a renamed or misspelt parameter (which the service refuses) does not compile.

export function searchQueryOf(query: TalentQuery): SearchQuery {
  return {
    q: query.q,
    available: query.available ? 'true' : 'false',
    top: String(query.top),
    skip: String(query.skip),
    // Blank filters are left out rather than sent empty.
    ...(query.department ? { department: query.department } : {}),
    ...(query.location ? { location: query.location } : {}),
  };
}

export function expertiseChangeOf(change: ExpertiseChange): ExpertiseChangeBody {
  return {
    ...(change.skills ? { skills: [...change.skills] } : {}),
    ...(change.openToQuestions === undefined ? {} : { openToQuestions: change.openToQuestions }),
    ...(change.languages ? { languages: [...change.languages] } : {}),
  };
}

// Replies.

/** What every parser does first: the contract's schema, or a WireError naming where the reply is wrong. */
function checked<T>(schema: { safeParse(value: unknown): WireParse<T> }, value: unknown, what: string): T {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const where = parsed.error.issues.map((issue) => `${[what, ...issue.path].join('.')}: ${issue.message}`);
  throw new WireError(where.join('; '));
}

type WireParse<T> =
  | { success: true; data: T }
  | { success: false; error: { issues: readonly { path: PropertyKey[]; message: string }[] } };

function result(wire: ExpertResultWire): TalentResult {
  return {
    ...wire,
    jobTitle: wire.jobTitle ?? '',
    department: wire.department ?? '',
    officeLocation: wire.officeLocation ?? '',
    presence: { availability: availabilityOf(wire.presence.availability), activity: wire.presence.activity },
  };
}

export function searchPageOf(wire: SearchPageWire): TalentSearchPage {
  return { ...wire, results: wire.results.map(result) };
}

export function parseSearchPage(value: unknown): TalentSearchPage {
  return searchPageOf(checked(searchPage, value, 'search'));
}

export function parseSuggestions(value: unknown): SkillSuggestion[] {
  return checked(suggestions, value, 'suggest').suggestions;
}

export function parseEndorsementCount(value: unknown): EndorsementCount {
  const wire: EndorsementCountWire = checked(endorsementCount, value, 'endorsement');
  return wire;
}

export function parseMyExpertise(value: unknown): MyExpertise {
  const wire: MyExpertiseWire = checked(myExpertise, value, 'me');
  return wire;
}
