import { readFileSync } from 'node:fs';
import { GraphPeopleSync, isMalformedGraphResponse, type PeopleChanges } from '../../src';
import { appToken, devControl, rawGraph, tenant } from '../../../test-support/tenant';
import {
  adminRequest,
  cannedClient,
  count,
  createUser,
  graphTokenFor,
  recordingServiceClient,
  type CreatedUser,
} from './support';

const t = tenant();
const DELTA = 'GET /users/delta';
const BATCH = 'POST /$batch';

const idsOf = (changes: PeopleChanges) => changes.upserted.map((p) => p.userId);
const personIn = (changes: PeopleChanges, id: string) => changes.upserted.find((p) => p.userId === id);

async function directorySize(): Promise<number> {
  const { body } = await rawGraph(t, '/users/$count', {
    token: await appToken(t),
    headers: { ConsistencyLevel: 'eventual' },
  });
  return Number(body);
}

async function setOwnSkills(user: CreatedUser, skills: string[]) {
  const { status } = await rawGraph(t, '/me', {
    method: 'PATCH',
    token: await graphTokenFor(t, user),
    body: JSON.stringify({ skills }),
  });
  expect(status).toBe(204);
}

/** One sync that has done its initial round (the expensive part), shared by the tests of later rounds. */
let synced: { sync: GraphPeopleSync; requests: string[]; initial: PeopleChanges };
let disabled: CreatedUser;

beforeAll(async () => {
  disabled = await createUser(t, { accountEnabled: false });
  const { client, requests } = recordingServiceClient(t);
  // sendBatch's default rounds, without waiting: the throttling test below needs no real pauses.
  const sync = new GraphPeopleSync(client, { batch: { wait: () => Promise.resolve() } });
  synced = { sync, requests, initial: await sync.initial() };
});

afterAll(() => adminRequest(t, 'DELETE', disabled.id));

describe('GraphPeopleSync.initial', () => {
  it('returns every seeded person with the skills their profile declares', async () => {
    const truth = JSON.parse(readFileSync(t.groundTruthPath, 'utf8')) as {
      people: number;
      expertise: Array<{ userId: string }>;
    };
    const delivered = new Set(idsOf(synced.initial));
    expect(delivered.size).toBeGreaterThanOrEqual(truth.people);
    expect(truth.expertise.filter((fact) => !delivered.has(fact.userId))).toEqual([]);
    expect(synced.initial.removed).toEqual([]);
    expect(synced.initial.unread).toEqual([]);

    const withSkills = synced.initial.upserted.filter((p) => (p.profile.skills?.length ?? 0) > 0);
    expect(withSkills.length).toBeGreaterThan(truth.people * 0.9);
  });

  it('holds what Graph answers for each person read on their own', async () => {
    const token = await appToken(t);
    for (const person of synced.initial.upserted.slice(0, 400).filter((_, i) => i % 80 === 0)) {
      const select = 'displayName,userPrincipalName,mail,jobTitle,department,officeLocation';
      const profile = 'skills,interests,pastProjects,responsibilities,aboutMe';
      const { body } = await rawGraph(t, `/users/${person.userId}?$select=${select},${profile}`, { token });
      expect(person).toEqual({
        userId: person.userId,
        displayName: body.displayName,
        userPrincipalName: body.userPrincipalName,
        mail: body.mail,
        jobTitle: body.jobTitle,
        department: body.department,
        officeLocation: body.officeLocation,
        profile: {
          userId: person.userId,
          jobTitle: body.jobTitle,
          department: body.department,
          officeLocation: body.officeLocation,
          skills: body.skills,
          interests: body.interests,
          pastProjects: body.pastProjects,
          responsibilities: body.responsibilities,
          aboutMe: body.aboutMe,
        },
      });
    }
  });

  it('leaves out disabled accounts', () => {
    expect(idsOf(synced.initial)).not.toContain(disabled.id);
    expect(synced.initial.removed).not.toContain(disabled.id);
  });

  it('costs ceil(N / 200) delta pages and ceil(N / 20) batches, at most `concurrentBatches` in flight', async () => {
    let inFlight = 0;
    let most = 0;
    const { client, requests } = recordingServiceClient(t, async (request) => {
      if (request !== BATCH) return;
      inFlight += 1;
      most = Math.max(most, inFlight);
      await new Promise((resolve) => setTimeout(resolve, 2));
      inFlight -= 1;
    });
    const size = await directorySize();

    const { upserted } = await new GraphPeopleSync(client, { concurrentBatches: 3 }).initial();

    expect(count(requests, DELTA)).toBe(Math.ceil(size / 200));
    expect(count(requests, BATCH)).toBe(Math.ceil(upserted.length / 20));
    expect(requests).toHaveLength(Math.ceil(size / 200) + Math.ceil(upserted.length / 20));
    // Profile batches start while later delta pages are still being read.
    expect(requests.indexOf(BATCH)).toBeLessThan(requests.lastIndexOf(DELTA));
    expect(most).toBe(3);
  });
});

describe('GraphPeopleSync.changes', () => {
  it('reports a new person, a changed job title and a deleted person, reading only their profiles', async () => {
    const { sync, requests } = synced;
    const [stays, leaves] = await Promise.all([
      createUser(t, { jobTitle: 'Glasvezelmonteur' }),
      createUser(t, { jobTitle: 'Netwerkbeheerder' }),
    ]);
    const arrived = await sync.changes();
    expect(idsOf(arrived)).toEqual(expect.arrayContaining([stays.id, leaves.id]));

    await adminRequest(t, 'PATCH', stays.id, { jobTitle: 'Senior glasvezelmonteur' });
    await adminRequest(t, 'DELETE', leaves.id);
    requests.length = 0;
    const changed = await sync.changes();

    expect(personIn(changed, stays.id)).toMatchObject({
      jobTitle: 'Senior glasvezelmonteur',
      profile: { jobTitle: 'Senior glasvezelmonteur', skills: [] },
    });
    expect(changed.removed).toContain(leaves.id);
    expect(idsOf(changed)).not.toContain(leaves.id);
    expect(changed.resynced).toBeUndefined();
    expect(count(requests, DELTA)).toBe(1);
    expect(count(requests, BATCH)).toBe(Math.ceil(changed.upserted.length / 20));
    await adminRequest(t, 'DELETE', stays.id);
  });

  it('reports a disabled account as removed', async () => {
    const user = await createUser(t);
    await synced.sync.changes();
    await adminRequest(t, 'PATCH', user.id, { accountEnabled: false });

    const changed = await synced.sync.changes();

    expect(changed.removed).toContain(user.id);
    expect(idsOf(changed)).not.toContain(user.id);
    await adminRequest(t, 'DELETE', user.id);
  });

  it('reports a profile whose read stayed throttled as unread, for refreshProfiles to read later', async () => {
    const { sync } = synced;
    const user = await createUser(t);
    await setOwnSkills(user, ['Kubernetes', 'glasvezel']);
    await devControl(t, 'PUT', '/faults', {
      // All four rounds sendBatch makes; the rule is spent afterwards, so no other request meets it.
      rules: [{ kind: 'throttle', route: `^GET /users/${user.id}$`, count: 4, retryAfterSeconds: 0 }],
    });

    const changed = await sync.changes();
    expect(changed.unread).toEqual([user.id]);
    expect(idsOf(changed)).not.toContain(user.id);

    const refreshed = await sync.refreshProfiles(changed.unread);
    expect(refreshed.upserted).toEqual([
      expect.objectContaining({
        userId: user.id,
        profile: expect.objectContaining({ skills: ['Kubernetes', 'glasvezel'] }),
      }),
    ]);
    await adminRequest(t, 'DELETE', user.id);
  });

  it('starts over when the delta token expired (410), and names who disappeared meanwhile', async () => {
    const { sync, requests } = synced;
    const user = await createUser(t);
    expect(idsOf(await sync.changes())).toContain(user.id);
    await adminRequest(t, 'DELETE', user.id);
    await devControl(t, 'POST', '/delta/expire', {});
    requests.length = 0;

    const changed = await sync.changes();

    expect(changed.resynced).toBe(true);
    expect(changed.removed).toContain(user.id);
    expect(changed.upserted.length).toBeGreaterThanOrEqual(1500);
    expect(requests[0]).toBe(DELTA);
  });

  it('reads everyone, flagged as a resync, when there was no initial round', async () => {
    const changes = await new GraphPeopleSync(recordingServiceClient(t).client).changes();
    expect(changes.resynced).toBe(true);
    expect(changes.upserted.length).toBeGreaterThanOrEqual(1500);
  });
});

describe('GraphPeopleSync.refreshProfiles', () => {
  it('reads profiles directly, 20 people to a batch, and names people who are gone', async () => {
    const user = await createUser(t, { department: 'Field Service' });
    await setOwnSkills(user, ['FTTH', 'lassen']);
    const gone = await createUser(t);
    await adminRequest(t, 'DELETE', gone.id);
    const { client, requests } = recordingServiceClient(t);
    const seeded = synced.initial.upserted.slice(0, 38).map((p) => p.userId);

    const refreshed = await new GraphPeopleSync(client).refreshProfiles([user.id, gone.id, ...seeded]);

    expect(personIn(refreshed, user.id)).toMatchObject({
      department: 'Field Service',
      profile: { department: 'Field Service', skills: ['FTTH', 'lassen'] },
    });
    expect(refreshed.removed).toEqual([gone.id]);
    expect(refreshed.upserted).toHaveLength(39);
    expect(requests).toEqual([BATCH, BATCH]);
    await adminRequest(t, 'DELETE', user.id);
  });
});

describe('what Graph answers', () => {
  const deltaLink = 'https://graph.example/v1.0/users/delta?$deltatoken=abc';
  const select =
    '$select=id,displayName,userPrincipalName,mail,jobTitle,department,officeLocation,accountEnabled';

  it('refuses a delta page with an entry that has not even an id, naming the request', async () => {
    const client = cannedClient({
      [`GET /users/delta?${select}`]: {
        body: { value: [{ displayName: 'Nobody knows who' }], '@odata.deltaLink': deltaLink },
      },
    });
    const error = await new GraphPeopleSync(client).initial().catch((e: unknown) => e);
    expect(isMalformedGraphResponse(error)).toBe(true);
    expect(error).toMatchObject({
      request: 'GET /users/delta',
      issues: expect.arrayContaining([expect.stringMatching(/^id/)]),
    });
  });

  it('refuses a delta round that ends without a deltaLink', async () => {
    const client = cannedClient({ [`GET /users/delta?${select}`]: { body: { value: [] } } });
    await expect(new GraphPeopleSync(client).initial()).rejects.toMatchObject({
      code: 'malformedGraphResponse',
      issues: ['the last page has no @odata.deltaLink'],
    });
  });
});

describe('GraphPeopleSync: one person Graph will not read', () => {
  const deltaLink = 'https://graph.example/v1.0/users/delta?$deltatoken=abc';
  const select =
    '$select=id,displayName,userPrincipalName,mail,jobTitle,department,officeLocation,accountEnabled';
  const user = (id: string) => ({
    id,
    displayName: id,
    userPrincipalName: `${id}@example.test`,
    mail: null,
    jobTitle: null,
    department: null,
    officeLocation: null,
  });
  const profile = (skills: unknown) => ({
    skills,
    interests: [],
    pastProjects: [],
    responsibilities: [],
    aboutMe: null,
  });

  it('reports a refused or malformed profile unread, names it in the log, and reads everyone else', async () => {
    const client = cannedClient({
      [`GET /users/delta?${select}`]: {
        body: {
          value: [user('ok'), user('refused'), user('malformed'), { id: 'no-upn', displayName: 'No UPN' }],
          '@odata.deltaLink': deltaLink,
        },
      },
      'POST /$batch': {
        body: {
          responses: [
            { id: 'ok', status: 200, body: profile(['Kubernetes']) },
            { id: 'refused', status: 403, body: { error: { code: 'accessDenied', message: 'no' } } },
            { id: 'malformed', status: 200, body: profile(42) },
          ],
        },
      },
    });
    const logged: string[] = [];
    const changes = await new GraphPeopleSync(client, { log: (line) => logged.push(line) }).initial();

    expect(idsOf(changes)).toEqual(['ok']);
    expect([...changes.unread].sort()).toEqual(['malformed', 'no-upn', 'refused']);
    expect(logged).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^profile of refused left unread.*403.*accessDenied/),
        expect.stringMatching(/^profile of malformed left unread.*malformed.*skills/),
        expect.stringMatching(/^directory entry of no-upn left unread.*userPrincipalName/),
      ]),
    );
  });
});
