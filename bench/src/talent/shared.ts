import type { Measurement } from '../measure';
import type { QueryLanguage } from './queries';

/** What the suite hands the in-process child: one organisation size. */
export interface IndexInput {
  /** Engine name (engines.ts). */
  engine: string;
  people: number;
  seed: number;
  /** Timed searches (the query set cycled), after one warm-up pass over it. */
  searches: number;
  maxSeconds: number;
}

export interface LanguageRelevance {
  queries: number;
  meanNdcg: number | null;
}

export type QueryReading = 'asTheSkill' | 'asOtherSkills' | 'asWordsOnly';
export const QUERY_READINGS: readonly QueryReading[] = ['asTheSkill', 'asOtherSkills', 'asWordsOnly'];

export interface QueryScore {
  text: string;
  skillId: string;
  language: QueryLanguage;
  ndcg: number;
  reciprocalRank: number;
  successAt3: boolean;
  /** People returned (at most 10); 0 means the query found no one. */
  total: number;
  /** Skills the index read the query as; the queried skill missing here is why a query fails. */
  readAs: string[];
  /** Of the top 10, how many really know the skill. */
  relevantInTop: number;
  /** People who really know the skill. */
  experts: number;
}

export interface IndexOutput {
  engine: string;
  people: number;
  seedSeconds: number;
  buildMs: number;
  /** Heap after the build minus heap before it, both after a full GC, with the profiles already in memory. */
  heapGrowthBytes: number;
  skillsQueried: number;
  latency: Measurement;
  relevance: {
    queries: number;
    meanNdcg: number | null;
    /** Reciprocal rank of the first person with level ≥ 3, and how often one is in the top three. */
    mrr: number | null;
    successAt3: number | null;
    byLanguage: Record<QueryLanguage, LanguageRelevance>;
    /**
     * By how the index read the query: as the queried skill, as other skills only, or as free words only.
     * Separates vocabulary gaps (a label or alias Samen's skill table does not know) from ranking.
     */
    byReading: Record<QueryReading, LanguageRelevance>;
    /** Queried skills that Samen's skill vocabulary has no entry for (matched, if at all, by words). */
    skillsUnknownToVocabulary: number;
    /** Queries scoring below 0.5 of all queries. */
    below05: number;
    /** The worst queries, for reading why. */
    lowest: QueryScore[];
  };
}

/** What the suite hands the API child. */
export interface ApiInput {
  people: number;
  seed: number;
  tenantJsonPath: string;
  searches: number;
  maxSeconds: number;
}

export interface ApiScenario {
  label: string;
  request: string;
  latency: Measurement;
  /** Graph requests the service sent per search, from its request observer (searches run one at a time). */
  graphRequestsPerSearch: { min: number; max: number; mean: number } | null;
}

export interface ApiOutput {
  people: number;
  /** Provisioning the lists, then the service's start: its index built from Graph (users delta + $batch). */
  provisionSeconds: number;
  serviceStartSeconds: number;
  indexedPeople: number;
  scenarios: ApiScenario[];
}

/** The held-out set's relevance per engine and split (heldout.ts). */
export interface HeldOutOutput {
  profiles: number;
  engines: Array<{
    engine: string;
    bySplit: Record<'tune' | 'report', { queries: number; ndcg: number; mrr: number; successAt3: number }>;
    /** The report half by kind of query. */
    reportByKind: Record<string, { queries: number; ndcg: number; mrr: number; successAt3: number }>;
  }>;
}
