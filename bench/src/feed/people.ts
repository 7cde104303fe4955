import { generateOrganisation } from '@samen/dev-tenant/seed';
import { DOMAIN } from '../talent/queries';
import type { SeedPeople } from './seed-data';

export interface BenchPeople extends SeedPeople {
  readonly readerUpn: string;
  readonly departmentOf: (userId: string) => string | undefined;
}

/**
 * The dev tenant's own organisation (same seed and size), so the seed's authors and the reader are its users
 * without paging through /users. The reader is its first person.
 */
export function benchPeople(seed: number, people: number): BenchPeople {
  const org = generateOrganisation({ seed, people, domain: DOMAIN });
  const reader = org.people[0];
  if (!reader) throw new Error('the organisation has no people');
  const departments = new Map(org.people.map((p) => [p.id, p.department]));
  return {
    ids: org.people.map((p) => p.id),
    readerId: reader.id,
    readerUpn: reader.userPrincipalName,
    departmentOf: (userId) => departments.get(userId),
  };
}
