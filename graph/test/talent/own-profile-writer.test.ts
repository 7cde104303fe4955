import { randomUUID } from 'node:crypto';
import { GraphExpertiseSettingsStore, GraphOwnProfileWriter, GraphPeople } from '../../src';
import { MeProfileWriter, OnBehalfOfTokenSource } from '../../src/node';
import { app, appToken, rawGraph, tenant } from '../../../test-support/tenant';
import {
  adminRequest,
  apiTokenFor,
  createUser,
  provisionedTalentLists,
  recordingServiceClient,
  type CreatedUser,
} from './support';

const t = tenant();
const service = app(t, 'samen-service');
let user: CreatedUser;
let settings: GraphExpertiseSettingsStore;

beforeAll(async () => {
  user = await createUser(t);
  const { settings: list } = await provisionedTalentLists(t);
  settings = new GraphExpertiseSettingsStore(recordingServiceClient(t).client, {
    siteId: t.hubSite.id,
    list,
  });
});

afterAll(() => adminRequest(t, 'DELETE', user.id));

async function writerFor(caller: CreatedUser) {
  const tokens = new OnBehalfOfTokenSource({
    tokenEndpoint: t.tokenEndpoint,
    clientId: service.clientId,
    clientSecret: service.clientSecret!,
    userAssertion: await apiTokenFor(t, caller),
  });
  return new GraphOwnProfileWriter(new MeProfileWriter(tokens, t.graphBaseUrl), settings);
}

async function skillsOf(userId: string) {
  const { body } = await rawGraph(t, `/users/${userId}?$select=skills`, { token: await appToken(t) });
  return body.skills as string[];
}

describe('GraphOwnProfileWriter', () => {
  it('writes skills to the Graph profile and the opt-in and languages to the settings list', async () => {
    await (
      await writerFor(user)
    ).update(user.id, { skills: ['k8s', 'Glasvezel'], openToQuestions: true, languages: ['nl'] });

    expect(await skillsOf(user.id)).toEqual(['k8s', 'Glasvezel']);
    expect(await settings.get(user.id)).toEqual({ openToQuestions: true, languages: ['nl'] });
  });

  it('keeps what a change leaves out', async () => {
    const writer = await writerFor(user);
    await writer.update(user.id, { skills: ['FTTH'], openToQuestions: true, languages: ['nl'] });

    await writer.update(user.id, { languages: ['nl', 'en'] });
    await writer.update(user.id, { openToQuestions: false });

    expect(await skillsOf(user.id)).toEqual(['FTTH']);
    expect(await settings.get(user.id)).toEqual({ openToQuestions: false, languages: ['nl', 'en'] });
  });
});

describe('GraphPeople', () => {
  const people = () => new GraphPeople(recordingServiceClient(t).client);

  it('knows an enabled user by id, in one request', async () => {
    const { client, requests } = recordingServiceClient(t);
    expect(await new GraphPeople(client).exists(user.id)).toBe(true);
    expect(requests).toEqual([`GET /users/${user.id}`]);
  });

  it.each([
    ['an id nobody has', () => randomUUID()],
    ['a user principal name, which is no id', () => user.userPrincipalName],
  ])('does not know %s', async (_, id) => {
    expect(await people().exists(id())).toBe(false);
  });

  it('does not know a disabled account', async () => {
    const disabled = await createUser(t, { accountEnabled: false });
    expect(await people().exists(disabled.id)).toBe(false);
    await adminRequest(t, 'DELETE', disabled.id);
  });
});
