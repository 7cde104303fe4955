// Entry of the in-process child (one per organisation size): a heap of its own, and a GC it may call.
import { InMemoryExpertiseIndex, systemClock } from '@samen/core';
import { generateOrganisation } from '@samen/dev-tenant/dist/seed';
import { childMain } from '../child';
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
import type { IndexInput, IndexOutput, LanguageRelevance, QueryScore } from './shared';

const LOWEST_KEPT = 15;

const progress = (text: string) => console.error(`bench talent: ${text}`);

function collectGarbage(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('started without --expose-gc: heap growth would be noise');
  gc();
  gc();
}

const mean = (values: readonly number[]) =>
  values.length > 0 ? values.reduce((sum, v) => sum + v, 0) / values.length : null;

function score(
  index: InMemoryExpertiseIndex,
  query: TalentQuery,
  levels: ReadonlyMap<string, number>,
): QueryScore {
  const result = index.search({ text: query.text, top: K, skip: 0 });
  const returned = result.hits.map((hit) => hit.userId);
  return {
    ...query,
    ndcg: ndcgAtK(returned, levels),
    total: result.total,
    readAs: result.interpretation.skills.map((skill) => skill.skillId),
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

  progress(`${n} people: building the index…`);
  collectGarbage();
  const heapBefore = process.memoryUsage().heapUsed;
  const buildStart = performance.now();
  const index = InMemoryExpertiseIndex.build(profiles, { clock: systemClock });
  const buildMs = performance.now() - buildStart;
  collectGarbage();
  const heapGrowthBytes = process.memoryUsage().heapUsed - heapBefore;

  progress(`${n} people: relevance of ${queries.length} queries…`);
  const scores = queries.map((query) => score(index, query, levels.get(query.skillId) ?? new Map()));
  const byLanguage = Object.fromEntries(
    QUERY_LANGUAGES.map((language): [string, LanguageRelevance] => {
      const own = scores.filter((s) => s.language === language).map((s) => s.ndcg);
      return [language, { queries: own.length, meanNdcg: mean(own) }];
    }),
  ) as IndexOutput['relevance']['byLanguage'];

  progress(`${n} people: query latency…`);
  const latency = await measure(
    async (i) => {
      const query = queries[i % queries.length];
      if (query) index.search({ text: query.text, top: K, skip: 0 });
    },
    {
      count: input.searches,
      concurrency: 1,
      maxDurationMs: input.maxSeconds * 1000,
      warmUp: { count: queries.length, maxDurationMs: 10_000 },
    },
  );

  return {
    people: input.people,
    seedSeconds,
    buildMs,
    heapGrowthBytes,
    skillsQueried: new Set(queries.map((q) => q.skillId)).size,
    latency,
    relevance: {
      queries: scores.length,
      meanNdcg: mean(scores.map((s) => s.ndcg)),
      byLanguage,
      below05: scores.filter((s) => s.ndcg < 0.5).length,
      lowest: [...scores].sort((a, b) => a.ndcg - b.ndcg).slice(0, LOWEST_KEPT),
    },
  };
}

childMain(measureIndex);
