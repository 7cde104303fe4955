// Entry of the API child, started with NODE_EXTRA_CA_CERTS=<the dev tenant's CA> and --expose-gc: seeds the
// feed's lists (this stage's posts), then runs the service in this process and measures it and the baseline.
import { loadConfig, startService } from '@samen/bot';
import { provisionLists, samenLists } from '@samen/graph';
import { ClientCredentialsTokenSource, createGraphClient } from '@samen/graph/node';
import { DEV_APPS, confidentialApp, devApp } from '@samen/devkit/tenant-coordinates';
import { resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { inspect } from 'node:util';
import { childMain } from '../child';
import { readTenantInfo, type TenantInfo } from '../dev-tenant';
import { formatNumber } from '../table';
import { appOnlyToken, GraphHttp } from '../tenant/graph-http';
import { baselineScenarios } from './baseline';
import { GraphCounter } from './graph-counter';
import { benchPeople, type BenchPeople } from './people';
import { heapUsed, measureDeltaRounds, measureFirstRound } from './service-scenarios';
import { seedFeed } from './seeder';
import type { ApiInput, ApiOutput, Seeding } from './shared';
import { viewScenarios, readerFirstPage } from './view-scenarios';

const REPO_ROOT = resolve(__dirname, '..', '..', '..');
/** The bench's own rounds only: no timer round may land inside a measured page or round. */
const NO_TIMER_ROUNDS_MS = '86400000';

const settle = () => sleep(250);
const progress = (text: string) => console.error(`bench feed: ${text}`);

/** A delegated token for the service's API, for the reader signed in through the public client (as SPFx). */
async function userToken(info: TenantInfo, upn: string): Promise<string> {
  const response = await fetch(info.tokenEndpoint, {
    method: 'POST',
    body: new URLSearchParams({
      grant_type: 'password',
      client_id: devApp(info, DEV_APPS.web).clientId,
      username: upn,
      password: info.devUserPassword,
      scope: `api://${confidentialApp(info, DEV_APPS.service).clientId}/access_as_user`,
    }),
  });
  const body = (await response.json()) as { access_token?: string };
  if (!response.ok || !body.access_token)
    throw new Error(`user token: ${response.status} ${JSON.stringify(body)}`);
  return body.access_token;
}

async function seed(
  info: TenantInfo,
  writer: GraphHttp,
  people: BenchPeople,
  input: ApiInput,
): Promise<Seeding> {
  progress(
    `seeding posts ${formatNumber(input.seededPosts)}–${formatNumber(input.posts)} with their likes and comments…`,
  );
  const start = performance.now();
  const rows = await seedFeed(writer, info.hubSite.id, people, new Date(input.seedNow), {
    from: input.seededPosts,
    to: input.posts,
  });
  const seconds = (performance.now() - start) / 1000;
  const total = rows.posts + rows.likes + rows.comments + rows.follows;
  return { seconds, rows, rowsPerSecond: seconds > 0 ? total / seconds : 0 };
}

async function measureStage(input: ApiInput): Promise<ApiOutput> {
  const info = readTenantInfo(input.tenantJsonPath);
  const { clientId, clientSecret } = confidentialApp(info, DEV_APPS.service);
  const people = benchPeople(input.seed, input.people);
  const counter = new GraphCounter();
  const tokens = new ClientCredentialsTokenSource({
    tokenEndpoint: info.tokenEndpoint,
    clientId,
    clientSecret,
  });
  const client = createGraphClient({ graphBaseUrl: info.graphBaseUrl, tokens, onRequest: counter.observe });
  await provisionLists(client, info.hubSite.id, samenLists);
  const writer = new GraphHttp(info.graphBaseUrl, await appOnlyToken(info, DEV_APPS.service));
  const seeding = await seed(info, writer, people, input);
  const n = formatNumber(input.posts);

  progress(`${n} posts: the feed projection's first round…`);
  const firstRound = await measureFirstRound(client, counter, info.hubSite.id, people);

  // A macrotask turn before the next request: the first round's apply and the GC above held the event loop for
  // seconds, long enough for the tenant to close idle keep-alive sockets (5 s) without undici noticing, and a
  // request written to such a socket fails as 'fetch failed' (token requests are not retried).
  await settle();
  progress(`${n} posts: starting the service…`);
  const config = loadConfig(
    {
      SAMEN_TENANT_JSON: input.tenantJsonPath,
      SAMEN_SERVICE_PORT: '0',
      SAMEN_SYNC_INTERVAL_MS: NO_TIMER_ROUNDS_MS,
      SAMEN_PRESENCE_POLL_MS: NO_TIMER_ROUNDS_MS,
    },
    REPO_ROOT,
  );
  const serviceCounter = new GraphCounter();
  const start = performance.now();
  const running = await startService(config, '127.0.0.1', { onGraphRequest: serviceCounter.observe }).catch(
    (error: unknown) => {
      console.error('bench feed: the service did not start:', inspect(error, { depth: 4 }));
      throw error;
    },
  );
  const serviceStart = {
    ms: performance.now() - start,
    graphRequests: serviceCounter.snapshot(),
    heapUsedMiB: heapUsed() / 2 ** 20,
  };
  try {
    await settle(); // the service's own first round held the loop too
    const token = await userToken(info, people.readerUpn);
    const api = { url: running.url, token, counter: serviceCounter };
    progress(`${n} posts: first pages through the API…`);
    const first = await readerFirstPage(api);
    const views = await viewScenarios(api, people, input);
    progress(`${n} posts: the baseline, straight from the lists…`);
    const baseline = await baselineScenarios(writer, info.hubSite.id, input);
    progress(`${n} posts: delta rounds…`);
    const delta = await measureDeltaRounds(
      running,
      serviceCounter,
      writer,
      info.hubSite.id,
      people,
      input.deltaWrites,
    );
    return {
      posts: input.posts,
      seeding,
      firstRound,
      serviceStart,
      readerFirstPage: first,
      views,
      delta,
      baseline,
    };
  } finally {
    await running.close();
  }
}

childMain(measureStage);
