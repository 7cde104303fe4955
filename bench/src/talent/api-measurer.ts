// Entry of the API child, started with NODE_EXTRA_CA_CERTS=<the dev tenant's CA>: the service runs in this
// process, so its Graph client trusts the tenant the way `npm run service` does.
import { loadConfig, startService, type RunningService } from '@samen/bot';
import { generateOrganisation } from '@samen/dev-tenant/seed';
import { provisionLists, samenLists } from '@samen/graph';
import { ClientCredentialsTokenSource, createGraphClient } from '@samen/graph/node';
import { resolve } from 'node:path';
import { DEV_APPS, confidentialApp, devApp } from '@samen/devkit/tenant-coordinates';
import { childMain } from '../child';
import { readTenantInfo, type TenantInfo } from '../dev-tenant';
import { measure } from '../measure';
import { formatNumber } from '../table';
import { appOnlyToken, GraphHttp } from '../tenant/graph-http';
import { DOMAIN, K, levelsBySkill, querySet } from './queries';
import type { ApiInput, ApiOutput, ApiScenario } from './shared';

const REPO_ROOT = resolve(__dirname, '..', '..', '..');
/** The bench's own timing only: no delta round may land inside a measured search. */
const NO_SYNC_DURING_THE_RUN_MS = '86400000';

const progress = (text: string) => console.error(`bench talent: ${text}`);

const serviceApp = (info: TenantInfo) => confidentialApp(info, DEV_APPS.service);

/** A delegated token for the service's API, for a seeded user signed in through the public client (as SPFx). */
async function userToken(info: TenantInfo): Promise<string> {
  const { devUserPassword } = info;
  const web = devApp(info, DEV_APPS.web);
  const graph = new GraphHttp(info.graphBaseUrl, await appOnlyToken(info, DEV_APPS.service));
  const users = await graph.json<{ value: Array<{ userPrincipalName: string }> }>(
    'GET',
    '/users?$top=1&$select=id,userPrincipalName',
  );
  const upn = users.value[0]?.userPrincipalName;
  if (!upn) throw new Error('the dev tenant lists no users');
  const response = await fetch(info.tokenEndpoint, {
    method: 'POST',
    body: new URLSearchParams({
      grant_type: 'password',
      client_id: web.clientId,
      username: upn,
      password: devUserPassword,
      scope: `api://${serviceApp(info).clientId}/access_as_user`,
    }),
  });
  const body = (await response.json()) as { access_token?: string };
  if (!response.ok || !body.access_token)
    throw new Error(`user token: ${response.status} ${JSON.stringify(body)}`);
  return body.access_token;
}

async function scenario(
  running: RunningService,
  counter: { requests: number },
  token: string,
  spec: { label: string; request: string; path: (text: string) => string },
  texts: readonly string[],
  input: ApiInput,
): Promise<ApiScenario> {
  progress(`${formatNumber(input.people)} people: ${spec.label}…`);
  const perSearch: number[] = [];
  const latency = await measure(
    async (i) => {
      const before = counter.requests;
      try {
        const response = await fetch(`${running.url}${spec.path(texts[i % texts.length] ?? 'fiber')}`, {
          headers: { Authorization: `Bearer ${token}`, 'Accept-Language': 'en-US' },
        });
        const text = await response.text();
        if (!response.ok) throw new Error(`${response.status} ${text.slice(0, 200)}`);
      } finally {
        perSearch.push(counter.requests - before);
      }
    },
    // One at a time: each search's Graph requests are then exactly the ones counted while it ran.
    {
      count: input.searches,
      concurrency: 1,
      maxDurationMs: input.maxSeconds * 1000,
      warmUp: { count: 20, maxDurationMs: 5_000 },
    },
  );
  // The warm-up's searches came first; the measured ones are the last `completed`.
  const measured = perSearch.slice(perSearch.length - latency.completed);
  const graphRequestsPerSearch =
    measured.length > 0
      ? {
          min: Math.min(...measured),
          max: Math.max(...measured),
          mean: measured.reduce((sum, v) => sum + v, 0) / measured.length,
        }
      : null;
  return { label: spec.label, request: spec.request, latency, graphRequestsPerSearch };
}

async function measureApi(input: ApiInput): Promise<ApiOutput> {
  const info = readTenantInfo(input.tenantJsonPath);
  const { clientId, clientSecret } = serviceApp(info);
  const n = formatNumber(input.people);
  progress(`${n} people: provisioning the lists…`);
  let started = performance.now();
  const tokens = new ClientCredentialsTokenSource({
    tokenEndpoint: info.tokenEndpoint,
    clientId,
    clientSecret,
  });
  await provisionLists(
    createGraphClient({ graphBaseUrl: info.graphBaseUrl, tokens }),
    info.hubSite.id,
    samenLists,
  );
  const provisionSeconds = (performance.now() - started) / 1000;

  progress(`${n} people: starting the service (index from Graph)…`);
  const config = loadConfig(
    {
      SAMEN_TENANT_JSON: input.tenantJsonPath,
      SAMEN_SERVICE_PORT: '0',
      SAMEN_SYNC_INTERVAL_MS: NO_SYNC_DURING_THE_RUN_MS,
      // Nor notice rounds: each reads the notices list, which would count as a search's Graph request.
      SAMEN_PRESENCE_POLL_MS: NO_SYNC_DURING_THE_RUN_MS,
    },
    REPO_ROOT,
  );
  const counter = { requests: 0 };
  started = performance.now();
  const running = await startService(config, '127.0.0.1', {
    onGraphRequest: () => {
      counter.requests += 1;
    },
  });
  const serviceStartSeconds = (performance.now() - started) / 1000;
  try {
    const token = await userToken(info);
    // The tenant's own organisation (same seed and size), so the queries are the ones the relevance set uses.
    const org = generateOrganisation({ seed: input.seed, people: input.people, domain: DOMAIN });
    const texts = querySet(org, levelsBySkill(org)).map((q) => q.text);
    const q = (text: string) => encodeURIComponent(text);
    const scenarios = [
      await scenario(
        running,
        counter,
        token,
        {
          label: 'API search',
          request: `GET /api/talent/search?q={query}&top=${K}`,
          path: (text) => `/api/talent/search?q=${q(text)}&top=${K}`,
        },
        texts,
        input,
      ),
      await scenario(
        running,
        counter,
        token,
        {
          label: 'API search, available now',
          request: `GET /api/talent/search?q={query}&available=true&top=${K}`,
          path: (text) => `/api/talent/search?q=${q(text)}&available=true&top=${K}`,
        },
        texts,
        input,
      ),
    ];
    return {
      people: input.people,
      provisionSeconds,
      serviceStartSeconds,
      indexedPeople: running.runtime.index.size,
      scenarios,
    };
  } finally {
    await running.close();
  }
}

childMain(measureApi);
