import type { GroupMembership } from '../src';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Group membership from a table, behaving as the Graph adapter does (the contract in
 * test-support/group-membership-contract.ts): ids compare case-insensitively, answers use the ids as given,
 * and ids that are not GUIDs are refused.
 */
export class InMemoryGroupMembership implements GroupMembership {
  private readonly members = new Map<string, Set<string>>();

  constructor(groups: Readonly<Record<string, readonly string[]>>) {
    for (const [group, people] of Object.entries(groups))
      this.members.set(group.toLowerCase(), new Set(people.map((id) => id.toLowerCase())));
  }

  async memberOf(userId: string, groupIds: readonly string[]): Promise<ReadonlySet<string>> {
    const invalid = [userId, ...groupIds].find((id) => !GUID.test(id));
    if (invalid !== undefined) throw new RangeError(`'${invalid}' is not a directory object id.`);
    const person = userId.toLowerCase();
    const answer = new Set<string>();
    const seen = new Set<string>();
    for (const id of groupIds) {
      if (seen.has(id.toLowerCase())) continue;
      seen.add(id.toLowerCase());
      if (this.members.get(id.toLowerCase())?.has(person)) answer.add(id);
    }
    return answer;
  }
}
