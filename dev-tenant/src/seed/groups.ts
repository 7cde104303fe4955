import { seededGuid } from './guid';
import { Rng, Stream } from './random';
import type { SeedGroup, SeedGroups, SeedPerson } from './types';

/** How many people moderate Samen: a handful, spread over the organisation. */
export const MODERATOR_COUNT = 6;
export const MODERATORS_GROUP_NAME = 'Samen moderators';

/**
 * Group ids come from the same GUID function as people's, at indexes people never reach (at most 200,000):
 * seededGuid is a bijection of the index, so a group can never get a person's id.
 */
const GROUP_INDEX_BASE = 0x4000_0000;

/** "Mobile & 5G" → "mobile-5g": what Exchange accepts as a mail nickname (no spaces, no '&'). */
export function mailNicknameOf(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

function group(
  seed: number,
  index: number,
  domain: string,
  fields: Pick<SeedGroup, 'displayName' | 'description' | 'visibility' | 'memberIds'>,
): SeedGroup {
  const mailNickname = mailNicknameOf(fields.displayName);
  return {
    id: seededGuid(seed, GROUP_INDEX_BASE + index),
    mailNickname,
    mail: `${mailNickname}@${domain}`,
    ...fields,
  };
}

/** Departments in the order their first member appears in the chart, so the same seed gives the same ids. */
function departmentMembers(people: readonly SeedPerson[]): Map<string, string[]> {
  const byDepartment = new Map<string, string[]>();
  for (const person of people) {
    const members = byDepartment.get(person.department) ?? [];
    members.push(person.id);
    byDepartment.set(person.department, members);
  }
  return byDepartment;
}

/**
 * One public Microsoft 365 group per department with everyone in it, and a private "Samen moderators" group of
 * a few people drawn from the seed's own generator (moderation and, later, challenge ownership are groups).
 */
export function buildGroups(seed: number, domain: string, people: readonly SeedPerson[]): SeedGroups {
  const departments = [...departmentMembers(people)].map(([name, memberIds], index) =>
    group(seed, index + 1, domain, {
      displayName: name,
      description: `Everyone in ${name}`,
      visibility: 'Public',
      memberIds,
    }),
  );
  const drawn = Rng.derive(seed, Stream.groups, 0).shuffled(people).slice(0, MODERATOR_COUNT);
  const moderators = group(seed, 0, domain, {
    displayName: MODERATORS_GROUP_NAME,
    description: 'People who moderate posts and comments on Samen',
    visibility: 'Private',
    memberIds: drawn.map((person) => person.id),
  });
  return { departments, moderators };
}
