import { randomUUID } from 'node:crypto';
import {
  GraphGroupMembership,
  GraphRequestFailed,
  isGroupMembershipUnavailable,
  MAX_CHECK_GROUP_IDS,
} from '../../src';
import { appToken, devControl, graphClient, rawGraph, tenant } from '../../../test-support/tenant';
import { describeGroupMembershipContract } from '../../../test-support/group-membership-contract';
import { cannedClient, createUser, graphTokenFor, recordingServiceClient } from '../talent/support';

const t = tenant();
const moderatorsId = t.moderatorsGroupId;
const CHECK = (userId: string) => `POST /users/${userId}/checkMemberGroups`;

type Row = Record<string, any>;

let moderator: Row;
let departmentId: string;
let otherGroups: string[];

beforeAll(async () => {
  const token = await appToken(t);
  const members = await rawGraph(
    t,
    `/groups/${moderatorsId}/members?$select=id,userPrincipalName,department,employeeId`,
    {
      token,
    },
  );
  moderator = members.body.value.find((m: Row) => m.employeeId !== null);
  const groups = (await rawGraph(t, '/groups?$select=id,displayName&$top=999', { token })).body
    .value as Row[];
  departmentId = groups.find((g) => g.displayName === moderator.department)!.id;
  otherGroups = groups.map((g) => g.id).filter((id) => id !== moderatorsId && id !== departmentId);
});

// Fault rules here fire a fixed number of times on this file's own requests and are spent afterwards: clearing
// them would also clear rules other test files running at the same time rely on.
describe('GraphGroupMembership', () => {
  it('tells which of 20 groups someone is in, in exactly one request', async () => {
    const { client, requests } = recordingServiceClient(t);
    // The seeded groups the moderator is not in, and unknown ids to make 20.
    const others = [...otherGroups, ...Array.from({ length: MAX_CHECK_GROUP_IDS }, () => randomUUID())];
    const asked = [...others.slice(0, MAX_CHECK_GROUP_IDS - 2), departmentId, moderatorsId];

    const groups = await new GraphGroupMembership(client).memberOf(moderator.id, asked);

    expect(requests).toEqual([CHECK(moderator.id)]);
    expect(groups).toEqual(new Set([departmentId, moderatorsId]));
  });

  it('answers under the ids as given, and asks once for an id given twice', async () => {
    const { client, requests } = recordingServiceClient(t);
    const upper = moderatorsId.toUpperCase();
    const groups = await new GraphGroupMembership(client).memberOf(moderator.id, [upper, moderatorsId]);
    expect(requests).toEqual([CHECK(moderator.id)]);
    expect(groups).toEqual(new Set([upper]));
  });

  it('splits more than 20 groups into requests of at most 20', async () => {
    const { client, requests } = recordingServiceClient(t);
    const asked = [...Array.from({ length: 21 }, () => randomUUID()), moderatorsId];
    const groups = await new GraphGroupMembership(client).memberOf(moderator.id, asked);
    expect(requests).toEqual([CHECK(moderator.id), CHECK(moderator.id)]);
    expect(groups).toEqual(new Set([moderatorsId]));
  });

  it('sees a membership change at once: nothing is cached', async () => {
    const person = await createUser(t);
    const membership = new GraphGroupMembership(recordingServiceClient(t).client);
    const admin = await appToken(t);
    expect(await membership.memberOf(person.id, [moderatorsId])).toEqual(new Set());

    const added = await rawGraph(t, `/groups/${moderatorsId}/members/$ref`, {
      method: 'POST',
      token: admin,
      body: JSON.stringify({ '@odata.id': `https://graph.microsoft.com/v1.0/directoryObjects/${person.id}` }),
    });
    expect(added.status).toBe(204);
    expect(await membership.memberOf(person.id, [moderatorsId])).toEqual(new Set([moderatorsId]));

    await rawGraph(t, `/groups/${moderatorsId}/members/${person.id}/$ref`, {
      method: 'DELETE',
      token: admin,
    });
    expect(await membership.memberOf(person.id, [moderatorsId])).toEqual(new Set());
  });

  it('finds someone the directory does not know in no group', async () => {
    const membership = new GraphGroupMembership(recordingServiceClient(t).client);
    expect(await membership.memberOf(randomUUID(), [moderatorsId])).toEqual(new Set());
  });

  it('sends nothing for no groups', async () => {
    const { client, requests } = recordingServiceClient(t);
    expect(await new GraphGroupMembership(client).memberOf(moderator.id, [])).toEqual(new Set());
    expect(requests).toEqual([]);
  });

  it.each([
    ['a user id that is no directory object id', () => ['romano.ritfeld', [moderatorsId]] as const],
    [
      'a group id that is no directory object id',
      () => [moderator.id, [moderatorsId, 'samen-moderators']] as const,
    ],
  ])('refuses %s before sending anything', async (_name, args) => {
    const { client, requests } = recordingServiceClient(t);
    const [userId, groupIds] = args();
    await expect(new GraphGroupMembership(client).memberOf(userId, groupIds)).rejects.toThrow(RangeError);
    expect(requests).toEqual([]);
  });

  it("throws GroupMembershipUnavailable when Graph still throttles after the client's own retries", async () => {
    await devControl(t, 'PUT', '/faults', {
      rules: [
        {
          kind: 'throttle',
          route: `^POST /users/${moderator.id}/checkMemberGroups$`,
          count: 4,
          retryAfterSeconds: 0,
        },
      ],
    });
    const { client, requests } = recordingServiceClient(t);

    const error = await new GraphGroupMembership(client)
      .memberOf(moderator.id, [moderatorsId])
      .catch((e: unknown) => e);

    expect(isGroupMembershipUnavailable(error)).toBe(true);
    expect(error).toMatchObject({
      name: 'GroupMembershipUnavailable',
      code: 'groupMembershipUnavailable',
      status: 429,
    });
    // The official client's retry handler sent it three more times, honouring Retry-After.
    expect(requests).toEqual([
      CHECK(moderator.id),
      CHECK(moderator.id),
      CHECK(moderator.id),
      CHECK(moderator.id),
    ]);
  });

  it('gets through when a retry of the client succeeds', async () => {
    await devControl(t, 'PUT', '/faults', {
      rules: [
        {
          kind: 'throttle',
          route: `^POST /users/${moderator.id}/checkMemberGroups$`,
          count: 1,
          retryAfterSeconds: 0,
        },
      ],
    });
    const { client, requests } = recordingServiceClient(t);
    const groups = await new GraphGroupMembership(client).memberOf(moderator.id, [moderatorsId]);
    expect(groups).toEqual(new Set([moderatorsId]));
    expect(requests).toHaveLength(2);
  });

  it('reports a refusal (a token without a group permission) as GraphRequestFailed', async () => {
    const someone = await createUser(t);
    // A signed-in user's token without GroupMember.Read.All may check only their own groups (/me).
    const client = graphClient(t, () => graphTokenFor(t, someone));
    const error = await new GraphGroupMembership(client)
      .memberOf(moderator.id, [moderatorsId])
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GraphRequestFailed);
    expect(error).toMatchObject({ status: 403, graphCode: 'Authorization_RequestDenied' });
  });

  it('refuses an answer that is not a string collection as malformed', async () => {
    const userId = randomUUID();
    const client = cannedClient({
      [`POST /users/${userId}/checkMemberGroups`]: { body: { value: [{ id: moderatorsId }] } },
    });
    await expect(new GraphGroupMembership(client).memberOf(userId, [moderatorsId])).rejects.toMatchObject({
      name: 'MalformedGraphResponse',
      request: 'POST /users/{id}/checkMemberGroups',
    });
  });
});

describeGroupMembershipContract('GraphGroupMembership on the dev tenant', async () => ({
  membership: new GraphGroupMembership(recordingServiceClient(t).client),
  member: moderator.id,
  group: moderatorsId,
  otherGroup: otherGroups[0]!,
}));
