import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { rawGraph, requestToken, type TestTenant } from '../../../test-support/tenant';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { startTenantProcess } = require('../../../test-support/global-setup.js') as {
  startTenantProcess: (env: Record<string, string>) => Promise<{ child: ChildProcess }>;
};

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  await new Promise((resolve) => {
    child.once('exit', resolve);
    child.kill('SIGTERM');
  });
}

describe('persistence', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'samen-persist-'));
  const env = { SAMEN_DATA_DIR: dataDir, SAMEN_PEOPLE: '40', SAMEN_SEED: '7' };
  const read = () => JSON.parse(readFileSync(join(dataDir, 'tenant.json'), 'utf8')) as TestTenant;
  let child: ChildProcess | undefined;

  afterAll(async () => {
    if (child) await stop(child);
  });

  it('keeps users, lists, items, app registrations and signing keys across a restart', async () => {
    child = (await startTenantProcess(env)).child;
    const before = read();
    const admin = before.apps.find((a) => a.name === 'samen-admin')!;
    const tokenReply = await requestToken(before, {
      grant_type: 'client_credentials',
      client_id: admin.clientId,
      client_secret: admin.clientSecret!,
      scope: 'https://graph.microsoft.com/.default',
    });
    const token = tokenReply.body.access_token as string;
    const list = await rawGraph(before, `/sites/${before.hubSite.id}/lists`, {
      token,
      method: 'POST',
      body: JSON.stringify({ displayName: 'Ideas', columns: [{ name: 'Score', number: {}, indexed: true }] }),
    });
    const item = await rawGraph(before, `/sites/${before.hubSite.id}/lists/${list.body.id}/items`, {
      token,
      method: 'POST',
      body: JSON.stringify({ fields: { Title: 'Bewaard', Score: 5 } }),
    });
    expect(item.status).toBe(201);
    const usersBefore = await rawGraph(before, '/users?$top=999&$select=id', { token });

    await stop(child);
    // Same port, so the issuer URL (and with it every issued token) stays the same, as with the default 7443.
    child = (await startTenantProcess({ ...env, SAMEN_TENANT_PORT: new URL(before.baseUrl).port })).child;
    const after = read();

    expect(after.tenantId).toBe(before.tenantId);
    expect(after.apps).toEqual(before.apps);
    expect(after.hubSite.id).toBe(before.hubSite.id);
    // The token issued before the restart is still valid: the signing key was kept.
    const itemAfter = await rawGraph(
      after,
      `/sites/${after.hubSite.id}/lists/${list.body.id}/items/${item.body.id}?expand=fields`,
      { token },
    );
    expect(itemAfter.status).toBe(200);
    expect(itemAfter.body.fields).toMatchObject({ Title: 'Bewaard', Score: 5 });
    expect(itemAfter.body.eTag).toBe(item.body.eTag);
    const usersAfter = await rawGraph(after, '/users?$top=999&$select=id', { token });
    expect(usersAfter.body.value).toEqual(usersBefore.body.value);
  });
});
