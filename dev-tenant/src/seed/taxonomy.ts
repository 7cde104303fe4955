import type { SkillDefinition } from './types';
import type { SkillDomainRows, SkillRow } from './data/skill-rows';
import { CLOUD, DATA, FIBER, FIELD, MOBILE, NETWORK, SECURITY, SOFTWARE } from './data/skills-technology';
import {
  COMMUNICATIONS,
  CUSTOMER_SERVICE,
  FINANCE,
  HR,
  LEGAL,
  MARKETING,
  PROCUREMENT,
  SALES,
} from './data/skills-business';
import { GENERAL, LANGUAGES, PROJECT_MANAGEMENT } from './data/skills-general';

export const SKILL_DOMAINS: readonly SkillDomainRows[] = [
  NETWORK,
  FIBER,
  MOBILE,
  CLOUD,
  SECURITY,
  DATA,
  SOFTWARE,
  FIELD,
  SALES,
  CUSTOMER_SERVICE,
  MARKETING,
  HR,
  FINANCE,
  LEGAL,
  PROCUREMENT,
  COMMUNICATIONS,
  PROJECT_MANAGEMENT,
  GENERAL,
  LANGUAGES,
];

/** A skill plus its popularity rank inside its domain (0 = most common). */
export interface RankedSkill extends SkillDefinition {
  rank: number;
}

function toSkill(row: SkillRow, domain: string, rank: number): RankedSkill {
  const [id, en, nl, ...aliases] = row;
  return { id, en, nl, aliases, domain, rank };
}

export const TAXONOMY: readonly RankedSkill[] = SKILL_DOMAINS.flatMap(({ domain, rows }) =>
  rows.map((row, rank) => toSkill(row, domain, rank)),
);

const BY_ID = new Map(TAXONOMY.map((skill) => [skill.id, skill]));

/** Fails loudly on a typo in the data files instead of silently dropping the skill. */
export function skillById(id: string): RankedSkill {
  const skill = BY_ID.get(id);
  if (!skill) throw new Error(`unknown skill id "${id}"`);
  return skill;
}

/** Fresh copies for callers, so nobody can mutate the shared taxonomy. */
export function publicSkills(): SkillDefinition[] {
  return TAXONOMY.map(({ id, en, nl, aliases, domain }) => ({ id, en, nl, aliases: [...aliases], domain }));
}
