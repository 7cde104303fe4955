import { devTenantTokenSource, nestedAppTokenSource, type NestedAppClient } from '../src/auth';

const SCOPE = 'api://samen.contoso.com/11111111-2222-3333-4444-555555555555/access_as_user';

function interactionRequired(): Error {
  return Object.assign(new Error('consent_required'), { name: 'InteractionRequiredAuthError' });
}

function fakeMsal(silent: () => Promise<{ accessToken: string }>): NestedAppClient & { popups: number } {
  const client = {
    popups: 0,
    acquireTokenSilent: jest.fn(silent),
    acquireTokenPopup: jest.fn(() => {
      client.popups += 1;
      return Promise.resolve({ accessToken: 'from-popup' });
    }),
  };
  return client;
}

describe('nestedAppTokenSource', () => {
  it("asks Teams silently for the service's API scope", async () => {
    const msal = fakeMsal(() => Promise.resolve({ accessToken: 'silent' }));
    await expect(nestedAppTokenSource(Promise.resolve(msal), SCOPE)()).resolves.toBe('silent');
    expect(msal.acquireTokenSilent).toHaveBeenCalledWith({ scopes: [SCOPE] });
    expect(msal.popups).toBe(0);
  });

  it('shows a popup only when Entra ID needs the user (first consent)', async () => {
    const msal = fakeMsal(() => Promise.reject(interactionRequired()));
    await expect(nestedAppTokenSource(Promise.resolve(msal), SCOPE)()).resolves.toBe('from-popup');
    expect(msal.popups).toBe(1);
  });

  it('passes other failures on instead of popping up a sign-in that cannot help', async () => {
    const msal = fakeMsal(() => Promise.reject(new Error('network down')));
    await expect(nestedAppTokenSource(Promise.resolve(msal), SCOPE)()).rejects.toThrow('network down');
    expect(msal.popups).toBe(0);
  });
});

/** jsdom has no fetch Response: the little of one that the token source reads. */
function answer(status: number, body: unknown) {
  return { ok: status >= 200 && status < 300, status, json: () => Promise.resolve(body) };
}

describe('devTenantTokenSource', () => {
  function portalToken(expiresOn: number) {
    return jest.fn(() => Promise.resolve(answer(200, { accessToken: `t${expiresOn}`, expiresOn })));
  }

  it("gets the seeded user's token from the portal and keeps it while it is fresh", async () => {
    const fetchFn = portalToken(Date.now() + 3_600_000);
    const tokens = devTenantTokenSource('user 1', fetchFn as unknown as typeof fetch);
    const first = await tokens();
    await expect(tokens()).resolves.toBe(first);
    expect(fetchFn).toHaveBeenCalledTimes(1);
    expect(fetchFn).toHaveBeenCalledWith('/portal/token?as=user%201');
  });

  it('asks again when the token is about to expire', async () => {
    const fetchFn = portalToken(Date.now() + 30_000);
    const tokens = devTenantTokenSource('u1', fetchFn as unknown as typeof fetch);
    await tokens();
    await tokens();
    expect(fetchFn).toHaveBeenCalledTimes(2);
  });

  it('fails with the status when the portal refuses', async () => {
    const fetchFn = jest.fn(() => Promise.resolve(answer(404, { code: 'notFound' })));
    await expect(devTenantTokenSource('nobody', fetchFn as unknown as typeof fetch)()).rejects.toThrow('404');
  });
});
