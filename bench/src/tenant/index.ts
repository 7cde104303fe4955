import { relative, resolve } from 'node:path';
import { describeOptions, parseIntegerOptions } from '../cli';
import { runInChild } from '../child';
import { startDevTenant, type RunningTenant } from '../dev-tenant';
import { machineInfo, writeResult } from '../results';
import { formatTenantReport, type TenantBenchResult } from './report';
import { GRAPH_PRESENCE_CALLS_PER_30S, WARM_UP, type MeasurerInput, type MeasurerOutput } from './shared';

const OPTIONS = [
  { name: 'people', help: 'people in the seeded organisation', fallback: 1500, min: 1, max: 200_000 },
  { name: 'requests', help: 'timed requests per scenario', fallback: 2000, min: 1, max: 1_000_000 },
  { name: 'concurrency', help: 'requests in flight at once', fallback: 16, min: 1, max: 1024 },
  { name: 'seconds', help: 'time cap per scenario', fallback: 15, min: 1, max: 3600 },
] as const;

export const TENANT_USAGE = {
  summary: 'throughput and latency of the dev tenant (starts its own)',
  options: describeOptions(OPTIONS),
};

/** Far above any rate the bench reaches: with Graph's 1,500 calls/30 s the presence figure would be the cap. */
const BENCH_PRESENCE_CALLS_PER_30S = 1_000_000;

/**
 * Measuring runs in a child process started with NODE_EXTRA_CA_CERTS=<the tenant's CA>. Node reads that
 * variable only at start, and the CA exists only once the tenant has started, so the parent cannot trust it
 * for itself. The alternative, an Agent given the CA, would mean node:https (not the fetch stack Samen's
 * Graph client runs on) or the undici package (not a dependency, and only a copy matching Node's bundled one
 * is sure to work as fetch's dispatcher). The child is also how Samen's own processes trust the tenant.
 */
function measureInChild(tenant: RunningTenant, input: MeasurerInput): Promise<MeasurerOutput> {
  return runInChild<MeasurerOutput>(resolve(__dirname, 'measurer.js'), input, {
    ...process.env,
    NODE_EXTRA_CA_CERTS: tenant.info.caCertPath,
  });
}

export async function runTenantSuite(args: string[]): Promise<void> {
  const options = parseIntegerOptions(args, OPTIONS);
  const date = new Date().toISOString();
  const machine = machineInfo(); // before the tenant starts, so its load average is the machine's own
  console.error(`bench tenant: starting a dev tenant with ${options.people} people…`);
  const tenant = await startDevTenant({
    people: options.people,
    presenceCallsPer30s: BENCH_PRESENCE_CALLS_PER_30S,
  });
  try {
    const measured = await measureInChild(tenant, {
      tenantJsonPath: tenant.tenantJsonPath,
      requests: options.requests,
      concurrency: options.concurrency,
      maxSeconds: options.seconds,
    });
    const result: TenantBenchResult = {
      suite: 'tenant',
      date,
      machine,
      people: options.people,
      settings: {
        requestsPerScenario: options.requests,
        concurrency: options.concurrency,
        maxSecondsPerScenario: options.seconds,
        warmUp: `${WARM_UP.count} requests or ${WARM_UP.maxDurationMs / 1000} s`,
        tenantPresenceCallsPer30s: BENCH_PRESENCE_CALLS_PER_30S,
      },
      graphLimits: { getPresencesByUserIdCallsPer30sPerApp: GRAPH_PRESENCE_CALLS_PER_30S },
      ...measured,
    };
    const file = writeResult('tenant', result);
    console.log(formatTenantReport(result));
    console.log(`\nwritten to ${relative(process.cwd(), file)}`);
  } finally {
    await tenant.stop();
  }
}
