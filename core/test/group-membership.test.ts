import { describeGroupMembershipContract } from '../../test-support/group-membership-contract';
import { InMemoryGroupMembership } from './group-membership-fake';

describeGroupMembershipContract('the in-memory fake', async () => {
  const member = '6f1c2a3b-4d5e-4f60-8a1b-2c3d4e5f6a7b';
  const group = 'a0b1c2d3-e4f5-4a6b-9c7d-8e9f0a1b2c3d';
  const otherGroup = '0f9e8d7c-6b5a-4c3d-b2e1-f0a9b8c7d6e5';
  return {
    membership: new InMemoryGroupMembership({
      [group]: [member],
      [otherGroup]: ['11111111-2222-4333-8444-555555555555'],
    }),
    member,
    group,
    otherGroup,
  };
});
