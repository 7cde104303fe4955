import type { Locale } from './locale';
import type { ExpertiseProfile } from './profile';
import type { ResolutionVia, SkillSuggestion } from './skill-vocabulary';
import type { WhyPart } from './why';

/** What to look for, without paging. Text is expected to be validated already (see `findExperts`). */
export interface ExpertiseQuery {
  /** Free text in Dutch or English: skills, aliases, words from profiles. */
  readonly text: string;
  /** Only people in this department (compared without regard to case and diacritics). */
  readonly department?: string;
  /** Only people with this office location. */
  readonly location?: string;
  /** People to leave out, e.g. the person searching. */
  readonly exclude?: readonly string[];
  /** Language for skill labels; when absent, the language the query is written in. */
  readonly locale?: Locale;
}

export interface ExpertiseSearch extends ExpertiseQuery {
  /** Page size, at least 1. */
  readonly top: number;
  /** Hits to skip, at least 0. */
  readonly skip: number;
}

export interface ExpertiseHit {
  readonly userId: string;
  /** Relevance; comparable within one result list only. */
  readonly score: number;
  /** Labels of the matched skills in the result's locale (or words as the person wrote them). */
  readonly matchedSkills: readonly string[];
  readonly why: readonly WhyPart[];
}

/** How the query was read, for "showing people who know Kubernetes" and for the empty state. */
export interface QueryInterpretation {
  readonly locale: Locale;
  readonly skills: ReadonlyArray<{
    readonly skillId: string;
    readonly label: string;
    readonly via: ResolutionVia;
    readonly confidence: number;
  }>;
  /** Free words searched in profile texts, as folded words. */
  readonly words: readonly string[];
  /**
   * The query as it was searched when a typed word was read as a word people wrote ("pyhton" → "python"), for
   * "showing results for python"; absent when every word was searched as typed.
   */
  readonly corrected?: string;
}

export interface ExpertiseResults {
  /** Everyone who matches, after filters; hits is one page of them. */
  readonly total: number;
  readonly hits: readonly ExpertiseHit[];
  readonly interpretation: QueryInterpretation;
  /** When nothing matched: skills close to what was typed, to offer instead. */
  readonly suggestions: readonly SkillSuggestion[];
}

export interface RankedCandidate {
  readonly userId: string;
  readonly score: number;
}

export interface RankedCandidates {
  /** Everyone who matches, after filters; candidates are the best of them, best first. */
  readonly total: number;
  readonly candidates: readonly RankedCandidate[];
  readonly interpretation: QueryInterpretation;
  readonly suggestions: readonly SkillSuggestion[];
}

/**
 * Port: the expertise index, derived data held in memory by the service and kept fresh by delta sync.
 * Synchronous on purpose: it answers from memory in a few milliseconds, so callers need no scheduling.
 */
export interface ExpertiseIndex {
  /** Number of people indexed. */
  readonly size: number;
  /** Adds or replaces a person's profile. */
  upsert(profile: ExpertiseProfile): void;
  /** Adds or replaces many profiles at once: the first load (an index may measure its corpus then) or a delta page. */
  upsertMany(profiles: Iterable<ExpertiseProfile>): void;
  /** Forgets a person; unknown ids are ignored. */
  remove(userId: string): void;
  /** One page of the best matches, with the total and an explanation per hit. */
  search(query: ExpertiseSearch): ExpertiseResults;
  /** Up to `limit` best matches, best first, without explanations: for filtering on presence before paging. */
  candidates(query: ExpertiseQuery, limit: number): RankedCandidates;
  /** Explains the given people for a query, in the given order; people who are unknown or do not match are left out. */
  describe(query: ExpertiseQuery, userIds: readonly string[]): ExpertiseHit[];
}
