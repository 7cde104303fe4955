import { generateKeyPair, SignJWT, decodeJwt } from 'jose';
import {
  app,
  appToken,
  devControl,
  rawGraph,
  requestToken,
  someUsers,
  tenant,
  userToken,
} from '../../../test-support/tenant';

const t = tenant();

describe('token issuer', () => {
  it('publishes OpenID discovery with the issuer and endpoints tenant.json names', async () => {
    const response = await fetch(t.openIdConfiguration);
    const doc = (await response.json()) as Record<string, string>;
    expect(response.status).toBe(200);
    expect(doc.issuer).toBe(`${t.baseUrl}/${t.tenantId}/v2.0`);
    expect(doc.token_endpoint).toBe(t.tokenEndpoint);
    expect(doc.jwks_uri).toBe(t.jwksUri);
  });

  it('publishes the RSA signing key as a JWKS', async () => {
    const jwks = (await (await fetch(t.jwksUri)).json()) as { keys: Array<Record<string, string>> };
    expect(jwks.keys).toHaveLength(1);
    expect(jwks.keys[0]).toMatchObject({ kty: 'RSA', use: 'sig', alg: 'RS256' });
    expect(jwks.keys[0]!.kid).toBeTruthy();
  });

  it('issues app-only Graph tokens with roles, audience and issuer like Entra ID', async () => {
    const claims = decodeJwt(await appToken(t, 'samen-service'));
    expect(claims).toMatchObject({
      aud: 'https://graph.microsoft.com',
      iss: t.issuer,
      tid: t.tenantId,
      idtyp: 'app',
    });
    expect(claims.roles).toEqual(
      expect.arrayContaining(['User.Read.All', 'Presence.Read.All', 'Sites.ReadWrite.All']),
    );
    expect(claims.scp).toBeUndefined();
  });

  it('issues delegated tokens for seeded users with scp and the user as subject', async () => {
    const [user] = await someUsers(t, 1);
    const claims = decodeJwt(await userToken(t, user!.userPrincipalName));
    expect(claims).toMatchObject({ idtyp: 'user', oid: user!.id, upn: user!.userPrincipalName });
    expect(String(claims.scp).split(' ')).toEqual(expect.arrayContaining(['User.Read', 'Presence.Read.All']));
    expect(claims.roles).toBeUndefined();
  });

  it.each([
    ['a wrong client secret', { client_secret: 'nope' }, 401, 'invalid_client', 7000215],
    [
      'an unknown client',
      { client_id: '11111111-1111-1111-1111-111111111111' },
      400,
      'unauthorized_client',
      700016,
    ],
    [
      'a scope without /.default',
      { scope: 'https://graph.microsoft.com/User.Read.All' },
      400,
      'invalid_scope',
      1002012,
    ],
    ['an unsupported grant', { grant_type: 'implicit' }, 400, 'unsupported_grant_type', 70003],
  ])('refuses client credentials with %s (AADSTS code)', async (_name, override, status, error, code) => {
    const service = app(t, 'samen-service');
    const form = {
      grant_type: 'client_credentials',
      client_id: service.clientId,
      client_secret: service.clientSecret!,
      scope: 'https://graph.microsoft.com/.default',
      ...override,
    };
    const reply = await requestToken(t, form);
    expect(reply.status).toBe(status);
    expect(reply.body).toMatchObject({ error, error_codes: [code] });
    expect(String(reply.body.error_description)).toMatch(new RegExp(`^AADSTS${code}: `));
  });

  it('refuses a wrong password without saying which part was wrong', async () => {
    const [user] = await someUsers(t, 1);
    const reply = await requestToken(t, {
      grant_type: 'password',
      client_id: app(t, 'samen-web').clientId,
      username: user!.userPrincipalName,
      password: 'wrong-password',
      scope: 'https://graph.microsoft.com/.default',
    });
    expect(reply.status).toBe(400);
    expect(reply.body).toMatchObject({ error: 'invalid_grant', error_codes: [50126] });
  });

  it('exchanges a user token for the Samen API into a delegated Graph token on behalf of the user', async () => {
    const [user] = await someUsers(t, 1);
    const service = app(t, 'samen-service');
    const apiToken = await userToken(t, user!.userPrincipalName, `api://${service.clientId}/access_as_user`);
    expect(decodeJwt(apiToken).aud).toBe(service.clientId);
    const reply = await requestToken(t, {
      grant_type: 'urn:ietf:params:oauth:grant-type:jwt-bearer',
      client_id: service.clientId,
      client_secret: service.clientSecret!,
      assertion: apiToken,
      requested_token_use: 'on_behalf_of',
      scope: 'https://graph.microsoft.com/.default',
    });
    expect(reply.status).toBe(200);
    const claims = decodeJwt(reply.body.access_token as string);
    expect(claims).toMatchObject({
      aud: 'https://graph.microsoft.com',
      oid: user!.id,
      appid: service.clientId,
      idtyp: 'user',
    });
  });
});

describe('Graph authentication', () => {
  const expectInvalidToken = (reply: Awaited<ReturnType<typeof rawGraph>>, message: RegExp) => {
    expect(reply.status).toBe(401);
    expect(reply.body.error.code).toBe('InvalidAuthenticationToken');
    expect(reply.body.error.message).toMatch(message);
    expect(reply.body.error.innerError['request-id']).toBeTruthy();
    expect(reply.headers.get('www-authenticate')).toMatch(/^Bearer /);
  };

  it('answers 401 without a token', async () => {
    expectInvalidToken(await rawGraph(t, '/users'), /Access token is empty/);
  });

  it('answers 401 for an expired token', async () => {
    const { body } = await devControl(t, 'POST', '/tokens', { app: 'samen-admin', lifetimeSeconds: -120 });
    expectInvalidToken(await rawGraph(t, '/users', { token: body.access_token }), /expired/);
  });

  it('answers 401 for a token signed with another key', async () => {
    const { privateKey } = await generateKeyPair('RS256');
    const forged = await new SignJWT({
      roles: ['User.ReadWrite.All'],
      appid: app(t, 'samen-admin').clientId,
      idtyp: 'app',
      tid: t.tenantId,
    })
      .setProtectedHeader({ alg: 'RS256', kid: 'forged' })
      .setIssuer(t.issuer)
      .setAudience('https://graph.microsoft.com')
      .setIssuedAt()
      .setExpirationTime('1h')
      .sign(privateKey);
    expectInvalidToken(await rawGraph(t, '/users', { token: forged }), /signature/);
  });

  it('answers 401 for a token meant for another audience', async () => {
    const service = app(t, 'samen-service');
    const { body } = await devControl(t, 'POST', '/tokens', {
      app: 'samen-admin',
      audience: service.clientId,
    });
    expectInvalidToken(await rawGraph(t, '/users', { token: body.access_token }), /audience/);
  });

  it('answers 401 for a malformed token', async () => {
    expectInvalidToken(await rawGraph(t, '/users', { token: 'not-a-jwt' }), /not well formed/);
  });

  it('answers 403 when the app lacks the permission', async () => {
    const token = await appToken(t, 'samen-service');
    const reply = await rawGraph(t, '/users', {
      token,
      method: 'POST',
      body: JSON.stringify({
        accountEnabled: true,
        displayName: 'X',
        mailNickname: 'x',
        userPrincipalName: `x@${t.domain}`,
        passwordProfile: { password: 'Aa1!aaaaaaaa' },
      }),
    });
    expect(reply.status).toBe(403);
    expect(reply.body.error.code).toBe('Authorization_RequestDenied');
  });
});
