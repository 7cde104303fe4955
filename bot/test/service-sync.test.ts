// The service against a dev tenant of its own: fresh, so Samen's lists are not yet provisioned on its hub site,
// and its fault rules (global to a tenant) cannot meet, or be replaced by, another test file's.
import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { FixedClock } from '@samen/core';
import { endorsementKey, parseSiteUrl, samenLists } from '@samen/graph';
import { provisionSite } from '@samen/graph/node';
import { loadConfig } from '../src/config';
import { EXIT, launch } from '../src/launch';
import { startService, type RunningService } from '../src/service';
import { readTenantCoordinates } from '@samen/devkit/tenant-coordinates';
import type { RunningProcess } from '@samen/devkit/launcher';
import {
  appToken,
  devControl,
  rawGraph,
  requestToken,
  startTenantProcess,
  type TestTenant,
} from '../../test-support/tenant';

const dataDir = mkdtempSync(join(tmpdir(), 'samen-service-sync-'));
const tenantJson = join(dataDir, 'tenant.json');
const repoRoot = resolve(__dirname, '../..');
let tenantProcess: RunningProcess;
let t: TestTenant;
const started: RunningService[] = [];

beforeAll(async () => {
  tenantProcess = await startTenantProcess({ SAMEN_DATA_DIR: dataDir, SAMEN_PEOPLE: '20' });
  t = readTenantCoordinates(tenantJson);
}, 60_000);

afterAll(async () => {
  await Promise.all(started.map((service) => service.close()));
  await tenantProcess.stop();
});

/** `npm run service` without the process: its printed lines and outcome. */
async function launched(env: NodeJS.ProcessEnv) {
  const out: string[] = [];
  const err: string[] = [];
  const outcome = await launch({
    env: { SAMEN_SERVICE_PORT: '0', ...env },
    repoRoot,
    out: (line) => out.push(line),
    err: (line) => err.push(line),
  });
  if ('service' in outcome) started.push(outcome.service);
  return { out, err, outcome };
}

/** `npm run provision -- --site <hub>`, as the one line asks. */
async function provision(): Promise<void> {
  const service = t.apps.find((a) => a.name === 'samen-service')!;
  const credentials = {
    tokenEndpoint: t.tokenEndpoint,
    clientId: service.clientId,
    clientSecret: service.clientSecret!,
  };
  const report = await provisionSite({
    graphBaseUrl: t.graphBaseUrl,
    credentials,
    site: parseSiteUrl(t.hubSite.webUrl),
  });
  expect(report.problems).toEqual([]);
}

describe('npm run service', () => {
  it('ends with one line naming the command that provisions a site without Samen’s lists', async () => {
    const { out, err, outcome } = await launched({ SAMEN_TENANT_JSON: tenantJson });

    expect(outcome).toEqual({ exitCode: EXIT.notProvisioned });
    expect(out).toEqual([]);
    expect(err).toEqual([
      `Samen's lists are not provisioned on ${t.hubSite.webUrl} ` +
        `(missing: ${samenLists.map((list) => list.displayName).join(', ')}). ` +
        `Provision them with: npm run provision -- --site ${t.hubSite.webUrl}`,
    ]);
  });

  it('starts once that command has run', async () => {
    await provision();

    const { out, err, outcome } = await launched({ SAMEN_TENANT_JSON: tenantJson });

    expect(err).toEqual([]);
    expect(out).toEqual([
      expect.stringMatching(/^Samen service ready: http:\/\/127\.0\.0\.1:\d+ \(\d+ people indexed\)$/),
    ]);
    expect(outcome).toHaveProperty('service');
    // Stopped now: its own delta rounds would take the throttling the tests below arrange for theirs.
    await started.pop()!.close();
  });

  it('says in one line when there is no tenant to serve', async () => {
    const { out, err, outcome } = await launched({ SAMEN_TENANT_JSON: join(dataDir, 'missing.json') });

    expect(outcome).toEqual({ exitCode: EXIT.config });
    expect(out).toEqual([]);
    expect(err).toEqual([expect.stringContaining('start the dev tenant first (npm run tenant)')]);
  });
});

describe('the service’s sync rounds', () => {
  const clock = new FixedClock(new Date());
  const logs: string[] = [];
  const graphRequests: string[] = [];
  let running: RunningService;

  beforeAll(async () => {
    await provision();
    const config = loadConfig(
      // Rounds run when a test asks for one, never on the service's own timer; these tests count each round's
      // requests, so the profile sweep (core's projection tests cover it) is off.
      {
        SAMEN_TENANT_JSON: tenantJson,
        SAMEN_SERVICE_PORT: '0',
        SAMEN_SYNC_INTERVAL_MS: '86400000',
        SAMEN_PROFILE_SWEEP_MS: '0',
        // No notice rounds among the Graph requests this file counts.
        SAMEN_PRESENCE_POLL_MS: '86400000',
      },
      repoRoot,
    );
    running = await startService(config, '127.0.0.1', {
      log: (message) => logs.push(message),
      clock,
      onGraphRequest: (method, url) =>
        graphRequests.push(`${method} ${decodeURIComponent(new URL(url).pathname).replace(/^\/v1\.0/, '')}`),
    });
    started.push(running);
  }, 60_000);

  /** Graph requests made while `action` runs. */
  async function requestsOf(action: () => Promise<void>): Promise<string[]> {
    const before = graphRequests.length;
    await action();
    return graphRequests.slice(before);
  }

  async function createUserWithSkills(skills: string[]): Promise<string> {
    const nickname = `sync-${randomUUID().slice(0, 8)}`;
    const password = `Pw-${randomUUID()}`;
    const userPrincipalName = `${nickname}@${t.domain}`;
    const created = await rawGraph(t, '/users', {
      method: 'POST',
      token: await appToken(t),
      body: JSON.stringify({
        accountEnabled: true,
        displayName: `Sync ${nickname}`,
        mailNickname: nickname,
        userPrincipalName,
        passwordProfile: { password },
      }),
    });
    expect(created.status).toBe(201);
    // Profile properties are written by the person themself, with a delegated token (graph-facts.md).
    const { body } = await requestToken(t, {
      grant_type: 'password',
      client_id: t.apps.find((a) => a.name === 'samen-web')!.clientId,
      username: userPrincipalName,
      password,
      scope: 'https://graph.microsoft.com/.default',
    });
    const patched = await rawGraph(t, '/me', {
      method: 'PATCH',
      token: body.access_token as string,
      body: JSON.stringify({ skills }),
    });
    expect(patched.status).toBe(204);
    return created.body.id as string;
  }

  /** Graph keeps throttling this person's profile reads: as many times as one `$batch` read retries them. */
  const throttleProfileOf = (userId: string) =>
    devControl(t, 'PUT', '/faults', {
      rules: [{ kind: 'throttle', route: `^GET /users/${userId}$`, count: 4, retryAfterSeconds: 0 }],
    });

  const listIdOf = async (title: string) =>
    (await rawGraph(t, `/sites/${t.hubSite.id}/lists/${title}?$select=id`, { token: await appToken(t) })).body
      .id as string;

  const batches = (requests: string[]) => requests.filter((r) => r === 'POST /$batch').length;
  const indexedFor = (userId: string, text: string) =>
    running.runtime.index.describe({ text }, [userId]).map((hit) => hit.userId);

  it('reads a profile Graph kept throttling again in later rounds, with backoff, until it is indexed', async () => {
    const userId = await createUserWithSkills(['Kubernetes']);
    await throttleProfileOf(userId);
    await running.runtime.refresh();
    expect(running.runtime.directory.has(userId)).toBe(false);
    expect(logs).toContain(
      '1 profiles could not be read (throttled, unavailable, refused or malformed; each is named in the log); 1 wait to be read again, ' +
        `the first in the round after ${clock.now().toISOString()}`,
    );

    await throttleProfileOf(userId);
    expect(batches(await requestsOf(() => running.runtime.refresh()))).toBe(4);
    expect(running.runtime.directory.has(userId)).toBe(false);

    // Failed again: the next attempt waits 30 s.
    expect(batches(await requestsOf(() => running.runtime.refresh()))).toBe(0);
    clock.advance(30_000);
    expect(batches(await requestsOf(() => running.runtime.refresh()))).toBe(1);

    expect(running.runtime.directory.get(userId)?.profile.skills).toEqual(['Kubernetes']);
    expect(indexedFor(userId, 'kubernetes')).toEqual([userId]);
  });

  it('takes a settings change made elsewhere from the list’s item delta, not by reading the list', async () => {
    const [person] = [...running.runtime.directory.keys()];
    const row = await rawGraph(t, `/sites/${t.hubSite.id}/lists/Samen Expertise Settings/items`, {
      method: 'POST',
      token: await appToken(t),
      body: JSON.stringify({
        fields: { Title: person, UserId: person, OpenToQuestions: true, Languages: 'fy' },
      }),
    });
    expect(row.status).toBe(201);

    const requests = await requestsOf(() => running.runtime.refresh());

    expect(running.runtime.myExpertise(person!, 'en-US')).toMatchObject({
      openToQuestions: true,
      languages: ['fy'],
    });
    // After the first round, each round follows the deltaLink, which names the list by its id.
    const settingsList = `/sites/${t.hubSite.id}/lists/${await listIdOf('Samen Expertise Settings')}`;
    const settingsReads = requests.filter(
      (r) => r.includes(`${settingsList}/`) || r.includes('/lists/Samen Expertise Settings/'),
    );
    expect(settingsReads).toEqual([`GET ${settingsList}/items/delta`]);
  });

  it('logs malformed endorsement and settings rows with their item ids', async () => {
    const [person] = [...running.runtime.directory.keys()];
    const items = (list: string) => `/sites/${t.hubSite.id}/lists/${list}/items`;
    const token = await appToken(t);
    const endorsement = await rawGraph(t, items('Samen Endorsements'), {
      method: 'POST',
      token,
      body: JSON.stringify({
        fields: {
          Title: 'edited by hand',
          EndorsementKey: endorsementKey('someone', 'else', 'entirely'),
          EndorserId: randomUUID(),
          PersonId: person,
          SkillId: 'kubernetes',
          SkillLabel: 'Kubernetes',
          EndorsedAt: '2026-04-02T10:00:00Z',
        },
      }),
    });
    const settings = await rawGraph(t, items('Samen Expertise Settings'), {
      method: 'POST',
      token,
      body: JSON.stringify({ fields: { Title: 'Ana', UserId: 'Ana de Vries', OpenToQuestions: true } }),
    });
    expect([endorsement.status, settings.status]).toEqual([201, 201]);

    await running.runtime.refresh();

    expect(logs).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          new RegExp(
            `^malformed row left out: list 'Samen Endorsements', item ${endorsement.body.id}: EndorsementKey`,
          ),
        ),
        expect.stringMatching(
          new RegExp(
            `^malformed row left out: list 'Samen Expertise Settings', item ${settings.body.id}: UserId`,
          ),
        ),
      ]),
    );
  });
});
