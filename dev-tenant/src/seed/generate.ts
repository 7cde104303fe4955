import { seededGuid } from './guid';
import { buildGroups } from './groups';
import { planPositions } from './hierarchy';
import { NicknameRegistry } from './identity';
import { buildPerson, type PersonContext } from './person';
import { Rng, Stream } from './random';
import { publicSkills } from './taxonomy';
import type { ExpertiseFact, Organisation, OrganisationOptions, SeedPerson } from './types';

/** The scale the dev tenant seeds by default: a mid-sized operator's head office and field force. */
export const DEFAULT_PEOPLE = 1500;

const FIRST_EMPLOYEE_NUMBER = 100001;

function validate({ seed, people, domain }: OrganisationOptions): void {
  if (!Number.isSafeInteger(seed)) throw new RangeError(`seed must be a safe integer, got ${seed}`);
  if (!Number.isSafeInteger(people) || people < 1)
    throw new RangeError(`people must be a positive integer, got ${people}`);
  if (!/^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+$/i.test(domain)) {
    throw new RangeError(`domain must be a DNS name like "samendev.onmicrosoft.com", got "${domain}"`);
  }
}

/** Employee numbers follow hire order, as HR systems hand them out; ties keep chart order. */
function assignEmployeeIds(people: SeedPerson[], tenureMonths: readonly number[]): void {
  const order = people.map((_, i) => i);
  order.sort((a, b) => (tenureMonths[b] ?? 0) - (tenureMonths[a] ?? 0) || a - b);
  order.forEach((personIndex, rank) => {
    const person = people[personIndex];
    if (person) person.employeeId = String(FIRST_EMPLOYEE_NUMBER + rank);
  });
}

/**
 * A synthetic Dutch telecom, "Samen Dev": people, their declared profiles and the ground truth of what they
 * really know. Pure function of its options: the same options give byte-identical JSON.
 */
export function generateOrganisation(options: OrganisationOptions): Organisation {
  validate(options);
  const { seed, people: count } = options;
  const positions = planPositions(count, Rng.derive(seed, Stream.hierarchy, 0));
  const ctx: PersonContext = {
    seed,
    domain: options.domain.toLowerCase(),
    ids: positions.map((p) => seededGuid(seed, p.index)),
    nicknames: new NicknameRegistry(),
    offices: [],
  };
  const people: SeedPerson[] = [];
  const tenureMonths: number[] = [];
  const expertise: ExpertiseFact[] = [];
  for (const position of positions) {
    const built = buildPerson(ctx, position);
    people.push(built.person);
    tenureMonths.push(built.tenureMonths);
    for (const claim of built.claims)
      expertise.push({ userId: built.person.id, skillId: claim.skillId, level: claim.level });
  }
  assignEmployeeIds(people, tenureMonths);
  return {
    people,
    groups: buildGroups(seed, ctx.domain, people),
    skills: publicSkills(),
    groundTruth: { version: 1, seed, people: count, expertise },
  };
}
