import { AVAILABILITIES } from '@samen/core/contract';
import { randomUUID } from 'node:crypto';
import { GraphPresenceSource, isPresenceUnavailable, MAX_PRESENCE_IDS } from '../../src';
import { appToken, devControl, rawGraph, tenant } from '../../../test-support/tenant';
import { cannedClient, recordingServiceClient } from './support';

const t = tenant();
const PRESENCES = 'POST /communications/getPresencesByUserId';

let seeded: string[];

beforeAll(async () => {
  const token = await appToken(t);
  const { body } = await rawGraph(t, `/users?$top=${MAX_PRESENCE_IDS}&$select=id`, { token });
  seeded = body.value.map((u: { id: string }) => u.id);
});

// Fault rules here fire a fixed number of times on this file's own requests and are spent afterwards: clearing
// them would also clear rules other test files running at the same time rely on.
describe('GraphPresenceSource', () => {
  it('tells the presence of 650 people in exactly one request', async () => {
    const { client, requests } = recordingServiceClient(t);
    expect(seeded).toHaveLength(650);

    const presence = await new GraphPresenceSource(client).presenceOf(seeded);

    expect(requests).toEqual([PRESENCES]);
    expect([...presence.keys()]).toEqual(seeded);
    for (const { availability, activity } of presence.values()) {
      expect(AVAILABILITIES).toContain(availability);
      expect(activity).toEqual(expect.any(String));
    }
  });

  it('asks once for an id given twice, and answers under the ids as given', async () => {
    const { client, requests } = recordingServiceClient(t);
    const [a, b] = seeded;
    const presence = await new GraphPresenceSource(client).presenceOf([a!, b!.toUpperCase(), a!]);
    expect(requests).toEqual([PRESENCES]);
    expect([...presence.keys()]).toEqual([a, b!.toUpperCase()]);
  });

  it('answers PresenceUnknown for someone the directory does not know', async () => {
    const stranger = randomUUID();
    const presence = await new GraphPresenceSource(recordingServiceClient(t).client).presenceOf([stranger]);
    expect(presence.get(stranger)).toEqual({ availability: 'PresenceUnknown', activity: 'PresenceUnknown' });
  });

  it('sends nothing for no ids', async () => {
    const { client, requests } = recordingServiceClient(t);
    expect(await new GraphPresenceSource(client).presenceOf([])).toEqual(new Map());
    expect(requests).toEqual([]);
  });

  it.each([
    ['651 ids', () => [...seeded, randomUUID()], /at most 650 ids, got 651/],
    ['an id that is no directory object id', () => [seeded[0]!, 'romano.ritfeld'], /'romano.ritfeld' is not/],
  ])('refuses %s before sending anything', async (_, ids, message) => {
    const { client, requests } = recordingServiceClient(t);
    await expect(new GraphPresenceSource(client).presenceOf(ids())).rejects.toThrow(RangeError);
    await expect(new GraphPresenceSource(client).presenceOf(ids())).rejects.toThrow(message);
    expect(requests).toEqual([]);
  });

  it("throws PresenceUnavailable when Graph still throttles after the client's own retries", async () => {
    await devControl(t, 'PUT', '/faults', {
      rules: [
        {
          kind: 'throttle',
          route: '^POST /communications/getPresencesByUserId$',
          count: 4,
          retryAfterSeconds: 0,
        },
      ],
    });
    const { client, requests } = recordingServiceClient(t);

    const error = await new GraphPresenceSource(client)
      .presenceOf(seeded.slice(0, 10))
      .catch((e: unknown) => e);

    expect(isPresenceUnavailable(error)).toBe(true);
    expect(error).toMatchObject({ name: 'PresenceUnavailable', code: 'presenceUnavailable', status: 429 });
    // The official client's retry handler sent it three more times, honouring Retry-After.
    expect(requests).toEqual([PRESENCES, PRESENCES, PRESENCES, PRESENCES]);
  });

  it('gets through when a retry of the client succeeds', async () => {
    await devControl(t, 'PUT', '/faults', {
      rules: [
        {
          kind: 'throttle',
          route: '^POST /communications/getPresencesByUserId$',
          count: 1,
          retryAfterSeconds: 0,
        },
      ],
    });
    const presence = await new GraphPresenceSource(recordingServiceClient(t).client).presenceOf(
      seeded.slice(0, 3),
    );
    expect(presence.size).toBe(3);
  });

  it('refuses an answer without activity as malformed', async () => {
    const id = randomUUID();
    const client = cannedClient({
      [PRESENCES]: { body: { value: [{ id, availability: 'Available' }] } },
    });
    await expect(new GraphPresenceSource(client).presenceOf([id])).rejects.toMatchObject({
      name: 'MalformedGraphResponse',
      request: PRESENCES,
      issues: ['value.0.activity: Invalid input: expected string, received undefined'],
    });
  });
});
