import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TenantCoordinates } from '@samen/devkit/tenant-coordinates';

const BASE = 'https://127.0.0.1:7443';
const TENANT = '00000000-0000-4000-8000-000000000001';

/** Coordinates as a dev tenant on port 7443 would write them, for tests that need a tenant.json but no tenant. */
export function someTenantCoordinates(): TenantCoordinates {
  const authority = `${BASE}/${TENANT}`;
  return {
    baseUrl: BASE,
    graphBaseUrl: `${BASE}/v1.0`,
    tenantId: TENANT,
    issuer: `${authority}/v2.0`,
    tokenEndpoint: `${authority}/oauth2/v2.0/token`,
    jwksUri: `${authority}/discovery/v2.0/keys`,
    openIdConfiguration: `${authority}/v2.0/.well-known/openid-configuration`,
    caCertPath: '/tmp/samen-test/ca.crt',
    domain: 'samendev.onmicrosoft.com',
    sharePointHost: 'samendev.sharepoint.com',
    hubSite: {
      id: 'host,a,b',
      path: '/sites/samen',
      hostname: 'samendev.sharepoint.com',
      webUrl: 'https://samendev.sharepoint.com/sites/samen',
    },
    apps: [
      { name: 'samen-service', clientId: 'svc', clientSecret: 's3cret' },
      { name: 'samen-web', clientId: 'web' },
      { name: 'samen-admin', clientId: 'adm', clientSecret: 'adm1n' },
    ],
    devUserPassword: 'Samen-dev',
    groundTruthPath: '/tmp/samen-test/ground-truth.json',
    adminUrl: `${BASE}/_dev`,
    moderatorsGroupId: '00000000-0000-4000-8000-000000000002',
  };
}

/** Writes `<dir>/tenant.json` (JSON as given: tests of bad files pass a broken value) and returns its path. */
export function writeTenantJson(dir: string, value: unknown = someTenantCoordinates()): string {
  const file = join(dir, 'tenant.json');
  writeFileSync(file, JSON.stringify(value));
  return file;
}
