// The held-out relevance set (bench/heldout, written by a session that had not seen the engine; see its README):
// profiles written as people write them, queries as people type them, graded judgments. Engines are scored on
// the same corpus and queries in the same process: Samen's index, and MiniSearch as the well-kept baseline.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ExpertiseProfile } from '@samen/core';
import { z } from 'zod';

const HELD_OUT_DIR = resolve(__dirname, '../../heldout');

const profileSchema = z.object({
  id: z.string(),
  displayName: z.string(),
  jobTitle: z.string().optional(),
  department: z.string().optional(),
  officeLocation: z.string().optional(),
  skills: z.array(z.string()).optional(),
  interests: z.array(z.string()).optional(),
  pastProjects: z.array(z.string()).optional(),
  responsibilities: z.array(z.string()).optional(),
  aboutMe: z.string().optional(),
  languages: z.array(z.string()).optional(),
});

export const HELD_OUT_KINDS = [
  'exact',
  'partial-word',
  'typo',
  'synonym',
  'translation',
  'acronym',
  'multi-word',
  'natural-question',
  'broad',
] as const;
export type HeldOutKind = (typeof HELD_OUT_KINDS)[number];
export type HeldOutSplit = 'tune' | 'report';

const querySchema = z.object({
  id: z.string(),
  text: z.string(),
  lang: z.enum(['nl', 'en']),
  kind: z.enum(HELD_OUT_KINDS),
  split: z.enum(['tune', 'report']),
  judgments: z.record(z.string(), z.number().int().min(0).max(3)),
});

export type HeldOutQuery = z.infer<typeof querySchema>;

export interface HeldOutSet {
  readonly profiles: ExpertiseProfile[];
  readonly queries: HeldOutQuery[];
}

export function loadHeldOut(): HeldOutSet {
  const read = (name: string): unknown => JSON.parse(readFileSync(resolve(HELD_OUT_DIR, name), 'utf8'));
  const people = z.array(profileSchema).parse(read('profiles.json'));
  const queries = z.array(querySchema).parse(read('queries.json'));
  const profiles = people.map(({ id, displayName: _name, ...rest }) => ({ userId: id, ...rest }));
  return { profiles, queries };
}

export const CUTOFF = 10;

/** Graded NDCG@10 (gain = grade), reciprocal rank of the first grade ≥ 2, and whether one is in the top three. */
export interface QueryOutcome {
  readonly ndcg: number;
  readonly reciprocalRank: number;
  readonly successAt3: boolean;
}

export function outcomeOf(
  returned: readonly string[],
  judgments: Readonly<Record<string, number>>,
): QueryOutcome {
  const gain = (id: string) => judgments[id] ?? 0;
  const discount = (rank: number) => 1 / Math.log2(rank + 2);
  const dcg = returned.slice(0, CUTOFF).reduce((sum, id, rank) => sum + gain(id) * discount(rank), 0);
  const ideal = Object.values(judgments)
    .sort((a, b) => b - a)
    .slice(0, CUTOFF)
    .reduce((sum, grade, rank) => sum + grade * discount(rank), 0);
  const first = returned.slice(0, CUTOFF).findIndex((id) => gain(id) >= 2);
  return {
    ndcg: ideal > 0 ? dcg / ideal : 0,
    reciprocalRank: first < 0 ? 0 : 1 / (first + 1),
    successAt3: first >= 0 && first < 3,
  };
}

export interface RelevanceSummary {
  readonly queries: number;
  readonly ndcg: number;
  readonly mrr: number;
  readonly successAt3: number;
}

export function summarise(outcomes: readonly QueryOutcome[]): RelevanceSummary {
  const n = outcomes.length;
  const mean = (pick: (o: QueryOutcome) => number) =>
    n === 0 ? 0 : outcomes.reduce((s, o) => s + pick(o), 0) / n;
  return {
    queries: n,
    ndcg: mean((o) => o.ndcg),
    mrr: mean((o) => o.reciprocalRank),
    successAt3: mean((o) => (o.successAt3 ? 1 : 0)),
  };
}
