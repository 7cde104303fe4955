// Entry of the bot bench's server child, started with NODE_EXTRA_CA_CERTS=<the dev tenant's CA> so the Samen
// service trusts the tenant as `npm run service` does. It runs the Samen service on the dev tenant and the echo
// bot, each on its own port; the load comes from the parent, so the bots do not share an event loop with it.
import { loadConfig, startService } from '@samen/bot';
import { DEV_APPS, confidentialApp } from '@samen/devkit/tenant-coordinates';
import { provisionLists, samenLists } from '@samen/graph';
import { ClientCredentialsTokenSource, createGraphClient } from '@samen/graph/node';
import { resolve } from 'node:path';
import { readTenantInfo } from '../dev-tenant';
import { startEchoBot } from './echo-bot';
import {
  PRESENCE_PATH,
  type GraphCounts,
  type ServerCounters,
  type ServerInput,
  type ServerMessage,
  type SuiteMessage,
} from './shared';

const REPO_ROOT = resolve(__dirname, '..', '..', '..');
const HOST = '127.0.0.1';
/** No delta round may land inside a measured phase: every Graph request counted is then an answer's. */
const NO_SYNC_DURING_THE_RUN_MS = '86400000';

const send = (message: ServerMessage) => process.send!(message);
const log = (message: string, error: unknown) => console.error(`bench bot (server): ${message}`, error ?? '');

async function provision(tenantJsonPath: string): Promise<void> {
  const info = readTenantInfo(tenantJsonPath);
  const { clientId, clientSecret } = confidentialApp(info, DEV_APPS.service);
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
}

/** Counts what the service's own Graph client sends (its `onGraphRequest`, the counter tests use too). */
function graphCounter() {
  const counts: GraphCounts = { presence: 0, other: 0, otherByPath: {} };
  const observe = (method: string, url: string) => {
    const path = new URL(url).pathname;
    if (PRESENCE_PATH.test(path)) counts.presence += 1;
    else {
      counts.other += 1;
      const key = `${method} ${path}`;
      counts.otherByPath[key] = (counts.otherByPath[key] ?? 0) + 1;
    }
  };
  return { counts, observe };
}

// CPU time is the figure other work on a shared machine disturbs least: wall time waits for a core, CPU does not.
function countersOf(graph: GraphCounts): ServerCounters {
  const cpu = process.cpuUsage();
  return { graph: structuredClone(graph), cpuMs: (cpu.user + cpu.system) / 1000 };
}

async function main(input: ServerInput): Promise<void> {
  let started = performance.now();
  await provision(input.tenantJsonPath);
  const provisionSeconds = (performance.now() - started) / 1000;
  const config = loadConfig(
    {
      SAMEN_TENANT_JSON: input.tenantJsonPath,
      SAMEN_SERVICE_PORT: '0',
      SAMEN_SYNC_INTERVAL_MS: NO_SYNC_DURING_THE_RUN_MS,
      // Nobody asks for notices here; a poll round would read the notices list in the middle of a timed phase.
      SAMEN_PRESENCE_POLL_MS: NO_SYNC_DURING_THE_RUN_MS,
    },
    REPO_ROOT,
  );
  const graph = graphCounter();
  started = performance.now();
  const samen = await startService(config, HOST, { onGraphRequest: graph.observe, log });
  const serviceStartSeconds = (performance.now() - started) / 1000;
  const echo = await startEchoBot(HOST, log);
  process.on('message', (message: SuiteMessage) => {
    if (message.kind === 'counters') send({ kind: 'counters', counters: countersOf(graph.counts) });
    else void Promise.all([samen.close(), echo.close()]).then(() => process.exit(0));
  });
  send({
    kind: 'ready',
    samenUrl: samen.url,
    echoUrl: echo.url,
    indexedPeople: samen.runtime.index.size,
    provisionSeconds,
    serviceStartSeconds,
  });
}

if (!process.send) {
  console.error('bot-server.js is started by the bot bench, not directly');
  process.exit(2);
}
// The suite gone (Ctrl-C, a CI timeout) means nobody measures any more.
process.once('disconnect', () => process.exit(1));
main(JSON.parse(process.argv[2] ?? 'null') as ServerInput).catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
