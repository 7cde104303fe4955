import { FixedClock } from '@samen/core';
import { decodeJwt } from 'jose';
import { type ProfileChanges } from '../../src';
import {
  ClientCredentialsTokenSource,
  MeProfileWriter,
  OnBehalfOfTokenSource,
  TokenRequestFailed,
} from '../../src/node';
import { app, appToken, rawGraph, requestToken, tenant } from '../../../test-support/tenant';
import { adminRequest, apiTokenFor, createUser, type CreatedUser } from './support';

const t = tenant();
const service = app(t, 'samen-service');

function onBehalfOf(userAssertion: string, clock?: FixedClock) {
  return new OnBehalfOfTokenSource(
    {
      tokenEndpoint: t.tokenEndpoint,
      clientId: service.clientId,
      clientSecret: service.clientSecret!,
      userAssertion,
    },
    clock,
  );
}

async function profileOf(user: CreatedUser) {
  const { body } = await rawGraph(t, `/users/${user.id}?$select=skills,aboutMe,interests,jobTitle`, {
    token: await appToken(t),
  });
  return body;
}

let user: CreatedUser;
let assertion: string;

beforeAll(async () => {
  user = await createUser(t, { jobTitle: 'Netwerkarchitect' });
  assertion = await apiTokenFor(t, user);
});

afterAll(() => adminRequest(t, 'DELETE', user.id));

describe('OnBehalfOfTokenSource', () => {
  it("exchanges the user's token for the Samen API into a delegated Graph token for that user", async () => {
    const claims = decodeJwt(await onBehalfOf(assertion).getAccessToken());
    expect(claims).toMatchObject({ aud: 'https://graph.microsoft.com', idtyp: 'user', oid: user.id });
    expect(String(claims.scp).split(' ')).toContain('User.ReadWrite');
    expect(claims.roles).toBeUndefined();
  });

  it('reuses its token until shortly before it expires, sharing one exchange among concurrent callers', async () => {
    const clock = new FixedClock(new Date());
    const tokens = onBehalfOf(assertion, clock);
    const [a, b] = await Promise.all([tokens.getAccessToken(), tokens.getAccessToken()]);
    expect(a).toBe(b);
    clock.advance(50 * 60_000);
    expect(await tokens.getAccessToken()).toBe(a);
    clock.advance(6 * 60_000);
    expect(await tokens.getAccessToken()).not.toBe(a);
  });

  it('cannot turn an app-only token into a delegated one (invalid_grant)', async () => {
    const { body } = await requestToken(t, {
      grant_type: 'client_credentials',
      client_id: app(t, 'samen-admin').clientId,
      client_secret: app(t, 'samen-admin').clientSecret!,
      scope: `api://${service.clientId}/.default`,
    });
    const error = await onBehalfOf(body.access_token as string)
      .getAccessToken()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TokenRequestFailed);
    expect(error).toMatchObject({ status: 400, error: 'invalid_grant' });
  });

  it('reports an assertion for another audience as invalid_grant', async () => {
    const graphToken = await appToken(t);
    await expect(onBehalfOf(graphToken).getAccessToken()).rejects.toMatchObject({ error: 'invalid_grant' });
  });
});

describe('MeProfileWriter', () => {
  it("changes the user's own skills and about-me, and nothing else", async () => {
    const writer = new MeProfileWriter(onBehalfOf(assertion), t.graphBaseUrl);

    await writer.update({ skills: ['Kubernetes', 'glasvezel'], aboutMe: '10 jaar ervaring met DWDM.' });

    expect(await profileOf(user)).toMatchObject({
      skills: ['Kubernetes', 'glasvezel'],
      aboutMe: '10 jaar ervaring met DWDM.',
      interests: [],
      jobTitle: 'Netwerkarchitect',
    });
  });

  it('clears aboutMe with null and an empty list empties skills', async () => {
    const writer = new MeProfileWriter(onBehalfOf(assertion), t.graphBaseUrl);
    await writer.update({ skills: ['FTTH'], aboutMe: 'x' });
    await writer.update({ skills: [], aboutMe: null });
    expect(await profileOf(user)).toMatchObject({ skills: [], aboutMe: null });
  });

  it.each<[string, unknown]>([
    ['a directory property', { jobTitle: 'CEO' }],
    ['a directory property beside a profile property', { skills: ['Go'], department: 'Sales' }],
    ['a skill that is no text', { skills: [42] }],
  ])('refuses %s before exchanging or sending anything', async (_, changes) => {
    const tokens = onBehalfOf('not even a token');
    const writer = new MeProfileWriter(tokens, t.graphBaseUrl);
    await expect(writer.update(changes as ProfileChanges)).rejects.toMatchObject({
      name: 'InvalidProfileChanges',
      code: 'invalidProfileChanges',
    });
  });

  it('sends nothing when there is nothing to change', async () => {
    await expect(
      new MeProfileWriter(onBehalfOf('not even a token'), t.graphBaseUrl).update({}),
    ).resolves.toBeUndefined();
  });

  it('cannot be made from an app-only token source', () => {
    const appOnly = new ClientCredentialsTokenSource({
      tokenEndpoint: t.tokenEndpoint,
      clientId: service.clientId,
      clientSecret: service.clientSecret!,
    });
    // Checked by the compiler (tsc -p tsconfig.test.json): the writer takes only on-behalf-of tokens.
    // @ts-expect-error an app-only token source is not an OnBehalfOfTokenSource
    const make = () => new MeProfileWriter(appOnly, t.graphBaseUrl);
    // @ts-expect-error neither is anything else that merely hands out tokens
    const makeFromAnything = () => new MeProfileWriter({ getAccessToken: () => appToken(t) }, t.graphBaseUrl);
    expect([make, makeFromAnything]).toHaveLength(2);
  });
});
