// core's GroupMembership port as behaviour: one case table, run against every implementation (style.md 9) — the
// in-memory fake beside core's tests (core/test/group-membership.test.ts) and GraphGroupMembership on the dev
// tenant (graph/test/groups/group-membership.test.ts). What moderation and challenge ownership will rely on.
import { randomUUID } from 'node:crypto';
import type { GroupMembership } from '@samen/core';

export interface GroupMembershipSubject {
  readonly membership: GroupMembership;
  /** A person who is in `group` and not in `otherGroup`. */
  readonly member: string;
  readonly group: string;
  readonly otherGroup: string;
}

/** Registers the cases; `subject` is called once, in beforeAll. */
export function describeGroupMembershipContract(
  name: string,
  subject: () => Promise<GroupMembershipSubject>,
) {
  describe(`GroupMembership contract: ${name}`, () => {
    let s: GroupMembershipSubject;
    beforeAll(async () => {
      s = await subject();
    });

    it('answers the groups asked about that the person is in, unknown groups left out', async () => {
      const groups = await s.membership.memberOf(s.member, [s.otherGroup, s.group, randomUUID()]);
      expect(groups).toEqual(new Set([s.group]));
    });

    it('answers under the ids as given, whatever their case', async () => {
      const upper = s.group.toUpperCase();
      expect(await s.membership.memberOf(s.member.toUpperCase(), [upper])).toEqual(new Set([upper]));
    });

    it('answers for more groups than one request of Graph takes', async () => {
      const many = [...Array.from({ length: 25 }, () => randomUUID()), s.group, s.otherGroup];
      expect(await s.membership.memberOf(s.member, many)).toEqual(new Set([s.group]));
    });

    it('finds someone the directory does not know in no group, and anyone in none of no groups', async () => {
      expect(await s.membership.memberOf(randomUUID(), [s.group])).toEqual(new Set());
      expect(await s.membership.memberOf(s.member, [])).toEqual(new Set());
    });

    it.each([
      ['a person id', () => ['someone@samendev.onmicrosoft.com', [s.group]] as const],
      ['a group id', () => [s.member, [s.group, 'Samen moderators']] as const],
    ])('refuses %s that is no directory object id with a RangeError', async (_what, args) => {
      const [userId, groupIds] = args();
      await expect(s.membership.memberOf(userId, groupIds)).rejects.toThrow(RangeError);
    });
  });
}
