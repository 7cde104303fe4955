import type { Actor } from '../actor';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, MIN_PAGE_SIZE } from '../contract/limits';
import { AVAILABLE_NOW } from '../contract/presence';
import { EmptyQueryError, InvalidFilterError, InvalidPagingError, QueryTooLongError } from './errors';
import type { ExpertiseHit, ExpertiseIndex, ExpertiseQuery, QueryInterpretation } from './expertise-index';
import type { Locale } from './locale';
import type { Presence, PresenceSource } from './ports';
import type { SkillSuggestion } from './skill-vocabulary';
import { cleanText } from './text/normalise';

export const MAX_QUERY_LENGTH = 200;
export const MAX_FILTER_LENGTH = 100;
// Page sizes and "available now" are shared with the hosts through the contract (`@samen/core/contract`).
export { AVAILABLE_NOW, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, MIN_PAGE_SIZE };
/** Graph's getPresencesByUserId takes at most 650 ids per call (graph-facts.md, "Presence"). */
export const PRESENCE_BATCH_LIMIT = 650;

const UNKNOWN_PRESENCE: Presence = { availability: 'PresenceUnknown', activity: 'PresenceUnknown' };

export interface FindExpertsRequest {
  readonly text: string;
  /** Only people who are available now (see AVAILABLE_NOW). */
  readonly availableNow?: boolean;
  readonly department?: string;
  readonly location?: string;
  /** Page size, 1..50; default 10. */
  readonly top?: number;
  /** Results to skip, 0 or more; default 0. */
  readonly skip?: number;
  /** The user's locale for labels; when absent, the language of the query. */
  readonly locale?: Locale;
}

export interface ExpertResult extends ExpertiseHit {
  readonly presence: Presence;
}

export interface FindExpertsResult {
  /**
   * Everyone who matches. With availableNow, everyone available among the best PRESENCE_BATCH_LIMIT matches:
   * presence costs one request per search, so the long tail is not looked up.
   */
  readonly total: number;
  readonly results: readonly ExpertResult[];
  readonly interpretation: QueryInterpretation;
  /** Skills close to what was typed, when nothing matched. */
  readonly suggestions: readonly SkillSuggestion[];
}

export interface FindExpertsDependencies {
  readonly index: ExpertiseIndex;
  readonly presence: PresenceSource;
}

/** A search request that passed validation: clean text, filters and whole-number paging. */
export interface ValidatedExpertSearch {
  readonly text: string;
  readonly availableNow: boolean;
  readonly department?: string;
  readonly location?: string;
  readonly top: number;
  readonly skip: number;
  readonly locale?: Locale;
}

/**
 * Finds colleagues who know about something, with their presence: every search costs exactly one presence
 * request when it has results (none when nothing matches). The actor is left out of the results.
 */
export async function findExperts(
  { index, presence }: FindExpertsDependencies,
  actor: Actor,
  request: FindExpertsRequest,
): Promise<FindExpertsResult> {
  const search = validateExpertSearch(request);
  const query: ExpertiseQuery = {
    text: search.text,
    exclude: [actor.userId],
    ...(search.department === undefined ? {} : { department: search.department }),
    ...(search.location === undefined ? {} : { location: search.location }),
    ...(search.locale === undefined ? {} : { locale: search.locale }),
  };
  return search.availableNow
    ? availableExperts(index, presence, query, search)
    : anyExperts(index, presence, query, search);
}

async function anyExperts(
  index: ExpertiseIndex,
  presence: PresenceSource,
  query: ExpertiseQuery,
  { top, skip }: ValidatedExpertSearch,
): Promise<FindExpertsResult> {
  const found = index.search({ ...query, top, skip });
  const presences =
    found.hits.length === 0 ? new Map() : await presence.presenceOf(found.hits.map((hit) => hit.userId));
  return {
    total: found.total,
    results: found.hits.map((hit) => withPresence(hit, presences)),
    interpretation: found.interpretation,
    suggestions: found.suggestions,
  };
}

// Presence first, then paging: the best candidates (one presence request's worth) are looked up, the available
// ones kept in rank order, and the page cut from those.
async function availableExperts(
  index: ExpertiseIndex,
  presence: PresenceSource,
  query: ExpertiseQuery,
  { top, skip }: ValidatedExpertSearch,
): Promise<FindExpertsResult> {
  const ranked = index.candidates(query, PRESENCE_BATCH_LIMIT);
  const ids = ranked.candidates.map((candidate) => candidate.userId);
  const presences = ids.length === 0 ? new Map<string, Presence>() : await presence.presenceOf(ids);
  const available = ids.filter((id) => AVAILABLE_NOW.has(presences.get(id)?.availability ?? ''));
  const page = available.slice(skip, skip + top);
  const hits = page.length === 0 ? [] : index.describe(query, page);
  return {
    total: available.length,
    results: hits.map((hit) => withPresence(hit, presences)),
    interpretation: ranked.interpretation,
    suggestions: ranked.suggestions,
  };
}

function withPresence(hit: ExpertiseHit, presences: ReadonlyMap<string, Presence>): ExpertResult {
  return { ...hit, presence: presences.get(hit.userId) ?? UNKNOWN_PRESENCE };
}

/** Checks and cleans a search request; throws a TalentError naming what is wrong. */
export function validateExpertSearch(request: FindExpertsRequest): ValidatedExpertSearch {
  const text = cleanText(typeof request.text === 'string' ? request.text : '');
  if (text === '') throw new EmptyQueryError();
  if (text.length > MAX_QUERY_LENGTH) throw new QueryTooLongError(text.length, MAX_QUERY_LENGTH);
  const top = request.top ?? DEFAULT_PAGE_SIZE;
  const skip = request.skip ?? 0;
  if (!Number.isSafeInteger(top) || top < MIN_PAGE_SIZE || top > MAX_PAGE_SIZE)
    throw new InvalidPagingError('top', request.top);
  if (!Number.isSafeInteger(skip) || skip < 0) throw new InvalidPagingError('skip', request.skip);
  const department = filter(request.department, 'department');
  const location = filter(request.location, 'location');
  return {
    text,
    availableNow: request.availableNow === true,
    top,
    skip,
    ...(department === undefined ? {} : { department }),
    ...(location === undefined ? {} : { location }),
    ...(request.locale === undefined ? {} : { locale: request.locale }),
  };
}

function filter(value: string | undefined, field: 'department' | 'location'): string | undefined {
  const clean = cleanText(value ?? '');
  if (clean.length > MAX_FILTER_LENGTH) throw new InvalidFilterError(field, MAX_FILTER_LENGTH);
  return clean === '' ? undefined : clean;
}
