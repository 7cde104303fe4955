// Entry of the in-process child (one per organisation size): a heap of its own, and a GC it may call.
import { generateOrganisation } from '@samen/dev-tenant/seed';
import { SkillVocabulary } from '@samen/core';
import { childMain } from '../child';
import { engineNamed, type BuiltEngine } from './engines';
import { measure } from '../measure';
import { formatNumber } from '../table';
import {
  DOMAIN,
  K,
  levelsBySkill,
  ndcgAtK,
  profileOf,
  querySet,
  QUERY_LANGUAGES,
  type TalentQuery,
} from './queries';
import {
  QUERY_READINGS,
  type IndexInput,
  type IndexOutput,
  type LanguageRelevance,
  type QueryReading,
  type QueryScore,
} from './shared';

const LOWEST_KEPT = 15;
const vocabulary = new SkillVocabulary();

const progress = (text: string) => console.error(`bench talent: ${text}`);

function collectGarbage(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('started without --expose-gc: heap growth would be noise');
  gc();
  gc();
}

function readingOf(score: QueryScore): QueryReading {
  if (score.readAs.includes(score.skillId)) return 'asTheSkill';
  return score.readAs.length > 0 ? 'asOtherSkills' : 'asWordsOnly';
}

function group<Key extends string>(
  scores: readonly QueryScore[],
  keys: readonly Key[],
  keyOf: (score: QueryScore) => Key,
): Record<Key, LanguageRelevance> {
  return Object.fromEntries(
    keys.map((key): [Key, LanguageRelevance] => {
      const own = scores.filter((s) => keyOf(s) === key).map((s) => s.ndcg);
      return [key, { queries: own.length, meanNdcg: mean(own) }];
    }),
  ) as Record<Key, LanguageRelevance>;
}

const mean = (values: readonly number[]) =>
  values.length > 0 ? values.reduce((sum, v) => sum + v, 0) / values.length : null;

/** A clear expert for MRR and success@3: ground-truth level 3 or more. */
const CLEAR_EXPERT = 3;

function score(engine: BuiltEngine, query: TalentQuery, levels: ReadonlyMap<string, number>): QueryScore {
  const returned = engine.search(query.text, K);
  const first = returned.findIndex((id) => (levels.get(id) ?? 0) >= CLEAR_EXPERT);
  return {
    ...query,
    ndcg: ndcgAtK(returned, levels),
    reciprocalRank: first < 0 ? 0 : 1 / (first + 1),
    successAt3: first >= 0 && first < 3,
    total: returned.length,
    readAs: engine.readAs?.(query.text) ?? [],
    relevantInTop: returned.filter((id) => levels.has(id)).length,
    experts: levels.size,
  };
}

async function measureIndex(input: IndexInput): Promise<IndexOutput> {
  const n = formatNumber(input.people);
  progress(`${n} people: seeding…`);
  const seedStart = performance.now();
  const org = generateOrganisation({ seed: input.seed, people: input.people, domain: DOMAIN });
  const seedSeconds = (performance.now() - seedStart) / 1000;
  const profiles = org.people.map(profileOf);
  const levels = levelsBySkill(org);
  const queries = querySet(org, levels);

  const engine = engineNamed(input.engine);
  progress(`${n} people: building ${engine.name}…`);
  collectGarbage();
  const heapBefore = process.memoryUsage().heapUsed;
  const buildStart = performance.now();
  const index = engine.build(profiles);
  const buildMs = performance.now() - buildStart;
  collectGarbage();
  const heapGrowthBytes = process.memoryUsage().heapUsed - heapBefore;

  progress(`${n} people: relevance of ${queries.length} queries…`);
  const scores = queries.map((query) => score(index, query, levels.get(query.skillId) ?? new Map()));
  const skillIds = new Set(queries.map((q) => q.skillId));

  progress(`${n} people: query latency…`);
  const latency = await measure(
    async (i) => {
      const query = queries[i % queries.length];
      if (query) index.search(query.text, K);
    },
    {
      count: input.searches,
      concurrency: 1,
      maxDurationMs: input.maxSeconds * 1000,
      warmUp: { count: queries.length, maxDurationMs: 10_000 },
    },
  );

  return {
    engine: engine.name,
    people: input.people,
    seedSeconds,
    buildMs,
    heapGrowthBytes,
    skillsQueried: skillIds.size,
    latency,
    relevance: {
      queries: scores.length,
      meanNdcg: mean(scores.map((s) => s.ndcg)),
      mrr: mean(scores.map((s) => s.reciprocalRank)),
      successAt3: mean(scores.map((s) => (s.successAt3 ? 1 : 0))),
      byLanguage: group(scores, QUERY_LANGUAGES, (s) => s.language),
      byReading: group(scores, QUERY_READINGS, readingOf),
      skillsUnknownToVocabulary: [...skillIds].filter((id) => !vocabulary.has(id)).length,
      below05: scores.filter((s) => s.ndcg < 0.5).length,
      lowest: [...scores].sort((a, b) => a.ndcg - b.ndcg).slice(0, LOWEST_KEPT),
    },
  };
}

childMain(measureIndex);
