import { FixedClock } from '@samen/core';
import { decodeJwt } from 'jose';
import { ClientCredentialsTokenSource, TokenRequestFailed } from '../src/node';
import { app, tenant } from '../../test-support/tenant';

const t = tenant();

function source(clock = new FixedClock(new Date())) {
  const service = app(t, 'samen-service');
  return new ClientCredentialsTokenSource(
    { tokenEndpoint: t.tokenEndpoint, clientId: service.clientId, clientSecret: service.clientSecret! },
    clock,
  );
}

describe('ClientCredentialsTokenSource', () => {
  it('gets an app-only Graph token with the app roles', async () => {
    const claims = decodeJwt(await source().getAccessToken());
    expect(claims.aud).toBe('https://graph.microsoft.com');
    expect(claims.roles).toEqual(expect.arrayContaining(['User.Read.All']));
  });

  it('reuses a token until shortly before it expires, and shares one request among concurrent callers', async () => {
    const clock = new FixedClock(new Date());
    const tokens = source(clock);
    const [a, b] = await Promise.all([tokens.getAccessToken(), tokens.getAccessToken()]);
    expect(a).toBe(b);
    clock.advance(50 * 60_000);
    expect(await tokens.getAccessToken()).toBe(a);
    clock.advance(6 * 60_000);
    expect(await tokens.getAccessToken()).not.toBe(a);
  });

  it('reports a refused secret as TokenRequestFailed with the OAuth error', async () => {
    const service = app(t, 'samen-service');
    const bad = new ClientCredentialsTokenSource({
      tokenEndpoint: t.tokenEndpoint,
      clientId: service.clientId,
      clientSecret: 'wrong',
    });
    await expect(bad.getAccessToken()).rejects.toEqual(
      expect.objectContaining({ name: 'TokenRequestFailed', status: 401, error: 'invalid_client' }),
    );
    await expect(bad.getAccessToken()).rejects.toBeInstanceOf(TokenRequestFailed);
  });
});
