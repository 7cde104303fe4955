import {
  FixedClock,
  OwnWordsExpertiseIndex,
  SKILL_ALIASES,
  type ExpertiseProfile,
  type ExpertiseSearch,
} from '../../src';
import { aPerson, SeededRandom } from './builders';

// Property-style checks on a generated organisation of a few thousand people: the top-k retrieval must give
// exactly what scoring everyone and sorting would give, and incremental changes must give what a fresh build
// gives.

const NOW = '2026-11-26T09:00:00Z';
const DEPARTMENTS = [
  'Netwerk',
  'Aanleg',
  'Klantenservice',
  'Cloud Platform',
  'Sales',
  'HR',
  'Finance',
  'Legal',
];
const LOCATIONS = ['Amsterdam', 'Rotterdam', 'Den Haag', 'Utrecht', 'Zwolle', 'Groningen'];
const WORDS = ['zuidas', 'migratie', 'backbone', 'klanttevredenheid', 'uitrol', 'dashboard', 'aanbesteding'];

function nameOf(random: SeededRandom): string {
  const skill = random.pick(SKILL_ALIASES);
  return random.pick([skill.en, skill.nl, ...(skill.aliases ?? [])]);
}

function aProfile(random: SeededRandom, userId: string): ExpertiseProfile {
  const person = aPerson(userId)
    .inDepartment(random.pick(DEPARTMENTS))
    .at(random.pick(LOCATIONS))
    .withTitle(`${random.pick(['', 'Senior ', 'Junior ', 'Lead '])}${nameOf(random)} specialist`)
    .withSkills(...Array.from({ length: random.int(0, 8) }, () => nameOf(random)))
    .withPastProjects(`Project ${random.pick(WORDS)} ${nameOf(random)}`)
    .about(`Ik werk al ${random.int(1, 20)} jaar met ${nameOf(random)}. ${random.pick(WORDS)}.`)
    .openToQuestions(random.chance(0.2));
  if (random.chance(0.3)) person.endorsedFor(random.pick(SKILL_ALIASES).id, random.int(1, 12));
  if (random.chance(0.2)) {
    const at = new Date(Date.parse(NOW) - random.int(0, 700) * 86_400_000).toISOString();
    person.contributed(
      random.pick(['post', 'idea', 'comment'] as const),
      random.int(1, 5),
      { topic: nameOf(random) },
      at,
    );
  }
  return person.build();
}

function organisation(seed: number, size: number): ExpertiseProfile[] {
  const random = new SeededRandom(seed);
  return Array.from({ length: size }, (_, i) => aProfile(random, `u${i}`));
}

function aQuery(random: SeededRandom): ExpertiseSearch {
  const text = random.pick([
    () => nameOf(random),
    () => `${nameOf(random)} ${nameOf(random)}`,
    () => `wie weet iets van ${nameOf(random)}`,
    () => random.pick(WORDS),
    () => nameOf(random).slice(0, 5),
  ])();
  return {
    text,
    top: random.int(1, 20),
    skip: random.chance(0.7) ? 0 : random.int(0, 40),
    ...(random.chance(0.25) ? { department: random.pick(DEPARTMENTS) } : {}),
    ...(random.chance(0.15) ? { location: random.pick(LOCATIONS) } : {}),
  };
}

/** Everyone who matches, scored one by one through `describe`, sorted best first. */
function bruteForce(
  index: OwnWordsExpertiseIndex,
  profiles: readonly ExpertiseProfile[],
  query: ExpertiseSearch,
) {
  const eligible = profiles.filter(
    (p) =>
      (query.department === undefined || p.department === query.department) &&
      (query.location === undefined || p.officeLocation === query.location),
  );
  return index
    .describe(
      query,
      eligible.map((p) => p.userId),
    )
    .map((hit) => ({ userId: hit.userId, score: hit.score }))
    .sort((a, b) => b.score - a.score);
}

describe('OwnWordsExpertiseIndex on a generated organisation', () => {
  const profiles = organisation(7, 3000);
  const index = OwnWordsExpertiseIndex.build(profiles, { clock: new FixedClock(NOW) });
  const random = new SeededRandom(99);
  const queries = Array.from({ length: 80 }, () => aQuery(random));

  it('pages exactly like scoring everyone and sorting, with the same total', () => {
    for (const query of queries) {
      const expected = bruteForce(index, profiles, query);
      const result = index.search(query);
      expect({ query, total: result.total }).toEqual({ query, total: expected.length });
      const page = expected.slice(query.skip, query.skip + query.top);
      expect(result.hits.map((hit) => hit.score)).toEqual(page.map((hit) => hit.score));
      for (const hit of result.hits) {
        expect(expected.find((e) => e.userId === hit.userId)?.score).toBe(hit.score);
      }
    }
  });

  it('offers the same candidates, in order, as the first pages', () => {
    for (const query of queries.slice(0, 20)) {
      const ranked = index.candidates(query, 30);
      const pages = index.search({ ...query, top: 30, skip: 0 });
      expect(ranked.candidates.map((c) => c.userId)).toEqual(pages.hits.map((hit) => hit.userId));
      expect(ranked.total).toBe(pages.total);
    }
  });

  it('answers after upserts and removals as a fresh build of the same people does', () => {
    const changed = OwnWordsExpertiseIndex.build(profiles, { clock: new FixedClock(NOW) });
    const current = new Map(profiles.map((p) => [p.userId, p]));
    const churn = new SeededRandom(5);
    for (let i = 0; i < 600; i++) {
      const userId = `u${churn.int(0, 3199)}`;
      if (churn.chance(0.2)) {
        changed.remove(userId);
        current.delete(userId);
      } else {
        const profile = aProfile(churn, userId);
        changed.upsert(profile);
        current.set(userId, profile);
      }
    }
    // BM25's average field lengths are measured once, at the first load: the fresh index uses the same ones.
    const fresh = OwnWordsExpertiseIndex.build(current.values(), {
      clock: new FixedClock(NOW),
      fieldLengths: changed.fieldLengths,
    });
    expect(changed.size).toBe(fresh.size);
    for (const query of queries) {
      const a = changed.search(query);
      const b = fresh.search(query);
      expect({ query, total: a.total }).toEqual({ query, total: b.total });
      expect(a.hits.map((hit) => hit.score)).toEqual(b.hits.map((hit) => hit.score));
    }
  });
});
