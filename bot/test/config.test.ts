import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError, loadConfig } from '../src/config';

const emptyRepo = () => mkdtempSync(join(tmpdir(), 'samen-config-'));

function devTenantJson(dir: string): string {
  const file = join(dir, 'tenant.json');
  writeFileSync(
    file,
    JSON.stringify({
      graphBaseUrl: 'https://127.0.0.1:7443/v1.0',
      tokenEndpoint: 'https://127.0.0.1:7443/t/oauth2/v2.0/token',
      issuer: 'https://127.0.0.1:7443/t/v2.0',
      jwksUri: 'https://127.0.0.1:7443/t/discovery/v2.0/keys',
      hubSite: { id: 'host,a,b' },
      apps: [{ name: 'samen-service', clientId: 'svc', clientSecret: 's3cret' }],
    }),
  );
  return file;
}

describe('loadConfig', () => {
  it('uses Entra ID and Microsoft Graph when SAMEN_TENANT_ID is set', () => {
    const config = loadConfig(
      {
        SAMEN_TENANT_ID: 'tid',
        SAMEN_CLIENT_ID: 'cid',
        SAMEN_CLIENT_SECRET: 'sec',
        SAMEN_SERVICE_PORT: '4000',
      },
      emptyRepo(),
    );
    expect(config).toMatchObject({
      port: 4000,
      graphBaseUrl: 'https://graph.microsoft.com/v1.0',
      tokenEndpoint: 'https://login.microsoftonline.com/tid/oauth2/v2.0/token',
      issuer: 'https://login.microsoftonline.com/tid/v2.0',
      jwksUri: 'https://login.microsoftonline.com/tid/discovery/v2.0/keys',
      audience: 'cid',
    });
  });

  it('uses the dev tenant described by tenant.json otherwise', () => {
    const dir = emptyRepo();
    const config = loadConfig({ SAMEN_TENANT_JSON: devTenantJson(dir) }, dir);
    expect(config).toMatchObject({
      port: 3978,
      clientId: 'svc',
      clientSecret: 's3cret',
      audience: 'svc',
      hubSiteId: 'host,a,b',
    });
  });

  it.each([
    [
      'a port out of range',
      { SAMEN_TENANT_ID: 't', SAMEN_CLIENT_ID: 'c', SAMEN_CLIENT_SECRET: 's', SAMEN_SERVICE_PORT: '70000' },
      /SAMEN_SERVICE_PORT/,
    ],
    ['a missing secret', { SAMEN_TENANT_ID: 't', SAMEN_CLIENT_ID: 'c' }, /SAMEN_CLIENT_SECRET/],
    [
      'a sync interval under a second',
      { SAMEN_TENANT_ID: 't', SAMEN_CLIENT_ID: 'c', SAMEN_CLIENT_SECRET: 's', SAMEN_SYNC_INTERVAL_MS: '10' },
      /SAMEN_SYNC_INTERVAL_MS/,
    ],
    ['neither Entra settings nor a dev tenant', {}, /npm run tenant/],
  ])('refuses %s with a message naming it', (_name, env, message) => {
    expect(() => loadConfig(env, emptyRepo())).toThrow(ConfigError);
    expect(() => loadConfig(env, emptyRepo())).toThrow(message);
  });
});
