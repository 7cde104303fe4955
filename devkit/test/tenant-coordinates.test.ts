import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  confidentialApp,
  isTenantCoordinatesUnreadable,
  readTenantCoordinates,
  tenantJsonPath,
  TenantCoordinatesUnreadable,
} from '../src/tenant-coordinates';
import { someTenantCoordinates, writeTenantJson } from '../../test-support/tenant-fixture';

const aDir = () => mkdtempSync(join(tmpdir(), 'samen-coordinates-'));

function problemsOf(read: () => unknown): readonly string[] {
  try {
    read();
  } catch (error) {
    if (isTenantCoordinatesUnreadable(error)) return error.problems;
    throw error;
  }
  throw new Error('expected TenantCoordinatesUnreadable');
}

describe('the dev tenant coordinates', () => {
  it('reads what the running dev tenant wrote (the writer and the schema agree)', () => {
    const file = process.env.SAMEN_TENANT_JSON!;
    const tenant = readTenantCoordinates(file);
    expect(tenant.graphBaseUrl).toBe(`${tenant.baseUrl}/v1.0`);
    expect(confidentialApp(tenant, 'samen-service').clientSecret).toBeTruthy();
  });

  it.each([
    ['a missing field', ({ issuer: _, ...rest }: Record<string, unknown>) => rest, ['missing field issuer']],
    [
      'a missing nested field',
      (t: Record<string, unknown>) => ({ ...t, hubSite: { path: '/sites/samen' } }),
      ['missing field hubSite.id', 'missing field hubSite.hostname', 'missing field hubSite.webUrl'],
    ],
    [
      'an app registration the tenant always has',
      (t: Record<string, unknown>) => ({ ...t, apps: [] }),
      ["apps: no app 'samen-service'", "apps: no app 'samen-web'", "apps: no app 'samen-admin'"],
    ],
    [
      'a wrong type',
      (t: Record<string, unknown>) => ({ ...t, graphBaseUrl: 42 }),
      [expect.stringMatching(/^graphBaseUrl: /)],
    ],
  ])('names the file and %s', (_name, change, problems) => {
    const file = writeTenantJson(aDir(), change({ ...someTenantCoordinates() }));
    expect(problemsOf(() => readTenantCoordinates(file))).toEqual(problems);
    expect(() => readTenantCoordinates(file)).toThrow(`Cannot use the dev tenant's ${file}: `);
  });

  it('names a file that is missing or not JSON', () => {
    const dir = aDir();
    expect(() => readTenantCoordinates(join(dir, 'tenant.json'))).toThrow(TenantCoordinatesUnreadable);
    expect(problemsOf(() => readTenantCoordinates(join(dir, 'tenant.json')))).toEqual(['no such file']);
    writeFileSync(join(dir, 'tenant.json'), '{');
    expect(() => readTenantCoordinates(join(dir, 'tenant.json'))).toThrow(`${join(dir, 'tenant.json')}: `);
  });

  it.each([
    [{ SAMEN_TENANT_JSON: '/x/t.json', SAMEN_DATA_DIR: '/d' }, '/x/t.json'],
    [{ SAMEN_DATA_DIR: '/d' }, '/d/tenant.json'],
    [{}, '/repo/.samen/tenant.json'],
  ])('is found at SAMEN_TENANT_JSON, else in SAMEN_DATA_DIR, else in .samen (%j)', (env, path) => {
    expect(tenantJsonPath(env, '/repo')).toBe(path);
  });
});
