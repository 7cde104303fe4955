import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError, loadConfig } from '../src/config';
import { someTenantCoordinates, writeTenantJson } from '../../test-support/tenant-fixture';

const emptyRepo = () => mkdtempSync(join(tmpdir(), 'samen-config-'));

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
    const config = loadConfig({ SAMEN_TENANT_JSON: writeTenantJson(dir) }, dir);
    expect(config).toMatchObject({
      port: 3978,
      clientId: 'svc',
      clientSecret: 's3cret',
      audience: 'svc',
      hubSiteId: 'host,a,b',
    });
  });

  it("sweeps everyone's profile once a day unless told otherwise, and refuses a negative period", () => {
    const dir = emptyRepo();
    const file = writeTenantJson(dir);
    expect(loadConfig({ SAMEN_TENANT_JSON: file }, dir).profileSweepMs).toBe(86_400_000);
    expect(loadConfig({ SAMEN_TENANT_JSON: file, SAMEN_PROFILE_SWEEP_MS: '0' }, dir).profileSweepMs).toBe(0);
    expect(() => loadConfig({ SAMEN_TENANT_JSON: file, SAMEN_PROFILE_SWEEP_MS: '-5' }, dir)).toThrow(
      ConfigError,
    );
  });

  it('polls pending notices every 30 s unless told otherwise, and refuses less than 5 s', () => {
    const dir = emptyRepo();
    const file = writeTenantJson(dir);
    expect(loadConfig({ SAMEN_TENANT_JSON: file }, dir).presencePollMs).toBe(30_000);
    expect(loadConfig({ SAMEN_TENANT_JSON: file, SAMEN_PRESENCE_POLL_MS: '60000' }, dir).presencePollMs).toBe(
      60_000,
    );
    for (const wrong of ['4999', '-1', 'often', '1.5'])
      expect(() => loadConfig({ SAMEN_TENANT_JSON: file, SAMEN_PRESENCE_POLL_MS: wrong }, dir)).toThrow(
        /SAMEN_PRESENCE_POLL_MS/,
      );
  });

  it("names tenant.json and its missing field when the dev tenant's file is wrong", () => {
    const dir = emptyRepo();
    const { issuer: _issuer, ...withoutIssuer } = someTenantCoordinates();
    const file = writeTenantJson(dir, withoutIssuer);
    expect(() => loadConfig({ SAMEN_TENANT_JSON: file }, dir)).toThrow(ConfigError);
    expect(() => loadConfig({ SAMEN_TENANT_JSON: file }, dir)).toThrow(`${file}: missing field issuer`);
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

  describe('the bot registration', () => {
    const entra = { SAMEN_TENANT_ID: 't', SAMEN_CLIENT_ID: 'c', SAMEN_CLIENT_SECRET: 's' };

    it('is absent without SAMEN_BOT_APP_ID: /api/messages then runs anonymously', () => {
      expect(loadConfig(entra, emptyRepo()).bot).toBeUndefined();
    });

    it('is read from SAMEN_BOT_APP_ID, SAMEN_BOT_APP_PASSWORD and SAMEN_BOT_TENANT_ID', () => {
      const env = {
        ...entra,
        SAMEN_BOT_APP_ID: 'app',
        SAMEN_BOT_APP_PASSWORD: 'pw',
        SAMEN_BOT_TENANT_ID: 'tid',
      };
      expect(loadConfig(env, emptyRepo()).bot).toEqual({ appId: 'app', appPassword: 'pw', tenantId: 'tid' });
    });

    it.each([
      ['an app id without its password', { SAMEN_BOT_APP_ID: 'app' }],
      ['a password without an app id', { SAMEN_BOT_APP_PASSWORD: 'pw' }],
    ])('refuses %s', (_name, bot) => {
      expect(() => loadConfig({ ...entra, ...bot }, emptyRepo())).toThrow(
        /SAMEN_BOT_APP_ID and SAMEN_BOT_APP_PASSWORD/,
      );
    });
  });
});
