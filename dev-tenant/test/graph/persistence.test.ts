import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RunningProcess } from '@samen/devkit/launcher';
import { readTenantCoordinates } from '@samen/devkit/tenant-coordinates';
import { rawGraph, requestToken, startTenantProcess } from '../../../test-support/tenant';

describe('persistence', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'samen-persist-'));
  const env = { SAMEN_DATA_DIR: dataDir, SAMEN_PEOPLE: '40', SAMEN_SEED: '7' };
  const read = () => readTenantCoordinates(join(dataDir, 'tenant.json'));
  let tenantProcess: RunningProcess | undefined;

  afterAll(async () => {
    await tenantProcess?.stop();
  });

  it('keeps users, lists, items, app registrations and signing keys across a restart', async () => {
    tenantProcess = await startTenantProcess(env);
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

    await tenantProcess.stop();
    // Same port, so the issuer URL (and with it every issued token) stays the same, as with the default 7443.
    tenantProcess = await startTenantProcess({ ...env, SAMEN_TENANT_PORT: new URL(before.baseUrl).port });
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
