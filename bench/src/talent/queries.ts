import type { ExpertiseProfile } from '@samen/core';
import type { Organisation, SeedPerson } from '@samen/dev-tenant/seed';

/** The dev tenant's default seed (SAMEN_SEED), so the in-process organisation is the one the tenant serves. */
export const TENANT_SEED = 20_260_401;
export const DOMAIN = 'samendev.onmicrosoft.com';
/** NDCG@K. */
export const K = 10;
/** A skill is queried when at least this many people really know it: fewer and the ideal page is not full. */
export const MIN_EXPERTS = K;

export type QueryLanguage = 'en' | 'nl' | 'alias';
export const QUERY_LANGUAGES: readonly QueryLanguage[] = ['en', 'nl', 'alias'];

export interface TalentQuery {
  text: string;
  skillId: string;
  language: QueryLanguage;
}

/** What the service reads from Graph for a person: the declared profile properties and directory facts. */
export function profileOf(person: SeedPerson): ExpertiseProfile {
  return {
    userId: person.id,
    jobTitle: person.jobTitle,
    department: person.department,
    officeLocation: person.officeLocation,
    skills: person.skills,
    interests: person.interests,
    pastProjects: person.pastProjects,
    responsibilities: person.responsibilities,
    aboutMe: person.aboutMe,
  };
}

/** Ground-truth levels per skill: skill id → (user id → level 1..5). */
export function levelsBySkill(org: Organisation): Map<string, Map<string, number>> {
  const bySkill = new Map<string, Map<string, number>>();
  for (const fact of org.groundTruth.expertise) {
    let levels = bySkill.get(fact.skillId);
    if (!levels) bySkill.set(fact.skillId, (levels = new Map()));
    levels.set(fact.userId, fact.level);
  }
  return bySkill;
}

const fold = (text: string) => text.normalize('NFKC').toLowerCase().trim();

/**
 * One query per skill with enough experts and per way people name it: the English label, the Dutch label
 * (when it differs) and the first alias that is neither label. Taxonomy order, so the set is reproducible.
 */
export function querySet(org: Organisation, levels: Map<string, Map<string, number>>): TalentQuery[] {
  const queries: TalentQuery[] = [];
  for (const skill of org.skills) {
    if ((levels.get(skill.id)?.size ?? 0) < MIN_EXPERTS) continue;
    queries.push({ text: skill.en, skillId: skill.id, language: 'en' });
    if (fold(skill.nl) !== fold(skill.en))
      queries.push({ text: skill.nl, skillId: skill.id, language: 'nl' });
    const alias = skill.aliases.find((a) => fold(a) !== fold(skill.en) && fold(a) !== fold(skill.nl));
    if (alias !== undefined) queries.push({ text: alias, skillId: skill.id, language: 'alias' });
  }
  return queries;
}

const discount = (rank: number) => 1 / Math.log2(rank + 2);

/**
 * NDCG@K with linear gain: a returned person's gain is their ground-truth level for the queried skill (0 when
 * they have none); the ideal is the K highest levels anyone in the organisation has for it.
 */
export function ndcgAtK(returned: readonly string[], levels: ReadonlyMap<string, number>): number {
  const dcg = returned.slice(0, K).reduce((sum, id, rank) => sum + (levels.get(id) ?? 0) * discount(rank), 0);
  const ideal = [...levels.values()]
    .sort((a, b) => b - a)
    .slice(0, K)
    .reduce((sum, level, rank) => sum + level * discount(rank), 0);
  return ideal > 0 ? dcg / ideal : 0;
}
