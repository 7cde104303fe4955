import {
  generateOrganisation,
  type Organisation,
  type SeedPerson,
  type SkillDefinition,
} from '../../src/seed';

export const DOMAIN = 'samendev.onmicrosoft.com';

const cache = new Map<string, Organisation>();

/** Generating takes a moment; tests in one file share the organisation of a seed and size. */
export function organisation(seed = 42, people = 1500): Organisation {
  const key = `${seed}:${people}`;
  let org = cache.get(key);
  if (!org) {
    org = generateOrganisation({ seed, people, domain: DOMAIN });
    cache.set(key, org);
  }
  return org;
}

/** Lower-cased spelling (name or alias) → skill id. */
export function spellingIndex(skills: readonly SkillDefinition[]): Map<string, string> {
  const index = new Map<string, string>();
  for (const skill of skills) {
    for (const form of [skill.en, skill.nl, ...skill.aliases]) index.set(form.toLowerCase(), skill.id);
  }
  return index;
}

/** The free-text and directory fields a search engine could index. */
export function textFields(person: SeedPerson): string[] {
  return [
    person.jobTitle,
    person.department,
    person.aboutMe,
    ...person.pastProjects,
    ...person.responsibilities,
    ...person.interests,
    ...person.schools,
  ];
}

export function truthByUser(org: Organisation): Map<string, Map<string, number>> {
  const byUser = new Map<string, Map<string, number>>();
  for (const fact of org.groundTruth.expertise) {
    let skills = byUser.get(fact.userId);
    if (!skills) {
      skills = new Map();
      byUser.set(fact.userId, skills);
    }
    skills.set(fact.skillId, fact.level);
  }
  return byUser;
}

export function countBy<T>(items: Iterable<T>, key: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
}
