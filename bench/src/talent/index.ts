import { relative, resolve } from 'node:path';
import { runInChild } from '../child';
import { describeOptions, parseIntegerOptions, UsageError } from '../cli';
import { startDevTenant } from '../dev-tenant';
import { machineInfo, writeResult } from '../results';
import { formatNumber } from '../table';
import { TENANT_SEED } from './queries';
import { formatTalentReport, TARGETS, type TalentBenchResult } from './report';
import { ENGINES } from './engines';
import type { ApiInput, ApiOutput, HeldOutOutput, IndexInput, IndexOutput } from './shared';

const MAX_PEOPLE = 200_000;

const LIST_OPTIONS = [
  {
    name: 'people',
    help: 'organisation sizes for the index (default 1500,10000,100000)',
    fallback: [1500, 10_000, 100_000],
  },
  {
    name: 'api-people',
    help: 'sizes for the API through a dev tenant (default 1500,10000)',
    fallback: [1500, 10_000],
  },
] as const;

const OPTIONS = [
  { name: 'searches', help: 'timed in-process searches per size', fallback: 2000, min: 1, max: 1_000_000 },
  { name: 'api-searches', help: 'timed API searches per scenario', fallback: 300, min: 1, max: 100_000 },
  { name: 'seconds', help: 'time cap per latency scenario', fallback: 15, min: 1, max: 3600 },
  {
    name: 'budget',
    help: 'seconds after which API sizes not yet started are skipped',
    fallback: 180,
    min: 0,
    max: 86_400,
  },
] as const;

export const TALENT_USAGE = {
  summary: 'Talentfinder: index build, query latency, NDCG@10, API latency and Graph requests per search',
  options: [
    ...LIST_OPTIONS.map((o) => `--${`${o.name} N,N…`.padEnd(16)}${o.help}`),
    ...describeOptions(OPTIONS),
  ],
};

function parseSizes(flag: string, text: string | undefined): number[] {
  const sizes = (text ?? '').split(',').map((part) => Number(part));
  if (!text || !/^\d+(,\d+)*$/.test(text) || sizes.some((n) => n < 1 || n > MAX_PEOPLE)) {
    throw new UsageError(`${flag} needs whole numbers from 1 to ${MAX_PEOPLE}, separated by commas`);
  }
  return sizes;
}

function parseArgs(args: readonly string[]) {
  const lists: Record<(typeof LIST_OPTIONS)[number]['name'], number[]> = {
    people: [...LIST_OPTIONS[0].fallback],
    'api-people': [...LIST_OPTIONS[1].fallback],
  };
  const rest: string[] = [];
  for (let i = 0; i < args.length; i += 2) {
    const flag = args[i] ?? '';
    const list = LIST_OPTIONS.find((o) => `--${o.name}` === flag);
    if (list) lists[list.name] = parseSizes(flag, args[i + 1]);
    else rest.push(flag, ...(i + 1 < args.length ? [args[i + 1] ?? ''] : []));
  }
  return { ...lists, ...parseIntegerOptions(rest, OPTIONS) };
}

const progress = (text: string) => console.error(`bench talent: ${text}`);

async function measureApi(people: number, options: ReturnType<typeof parseArgs>): Promise<ApiOutput> {
  progress(`starting a dev tenant with ${formatNumber(people)} people…`);
  const tenant = await startDevTenant({ people, presenceCallsPer30s: 1_000_000 });
  try {
    const input: ApiInput = {
      people,
      seed: TENANT_SEED,
      tenantJsonPath: tenant.tenantJsonPath,
      searches: options['api-searches'],
      maxSeconds: options.seconds,
    };
    // The service runs in a child that trusts the tenant's CA (see ../tenant/index.ts for why a child).
    return await runInChild<ApiOutput>(resolve(__dirname, 'api-measurer.js'), input, {
      ...process.env,
      NODE_EXTRA_CA_CERTS: tenant.info.caCertPath,
    });
  } finally {
    await tenant.stop();
  }
}

export async function runTalentSuite(args: string[]): Promise<void> {
  const options = parseArgs(args);
  const begin = performance.now();
  const date = new Date().toISOString();
  const machine = machineInfo();
  progress('held-out set: every engine…');
  const heldOut = await runInChild<HeldOutOutput>(resolve(__dirname, 'heldout-measurer.js'), {}, process.env);
  const index: IndexOutput[] = [];
  for (const people of options.people) {
    for (const engine of ENGINES) {
      const input: IndexInput = {
        engine: engine.name,
        people,
        seed: TENANT_SEED,
        searches: options.searches,
        maxSeconds: options.seconds,
      };
      // A child per size and engine: its own heap (the growth is the index's alone) and a GC it can call.
      index.push(
        await runInChild<IndexOutput>(resolve(__dirname, 'index-measurer.js'), input, process.env, [
          '--expose-gc',
          '--max-old-space-size=8192',
        ]),
      );
    }
  }
  const api: ApiOutput[] = [];
  const skippedApi: number[] = [];
  const apiFailures: TalentBenchResult['apiFailures'] = [];
  for (const people of options['api-people']) {
    const elapsed = (performance.now() - begin) / 1000;
    if (api.length > 0 && elapsed > options.budget) {
      progress(
        `${Math.round(elapsed)} s spent: skipping the API at ${formatNumber(people)} people (--budget)`,
      );
      skippedApi.push(people);
      continue;
    }
    try {
      api.push(await measureApi(people, options));
    } catch (error) {
      // One size failing (a tenant that would not start, a dropped connection) must not lose the others.
      const message = error instanceof Error ? error.message : String(error);
      progress(`the API at ${formatNumber(people)} people failed: ${message}`);
      apiFailures.push({ people, error: message });
    }
  }
  const result: TalentBenchResult = {
    suite: 'talent',
    date,
    machine,
    seed: TENANT_SEED,
    settings: {
      searchesPerSize: options.searches,
      apiSearchesPerScenario: options['api-searches'],
      maxSecondsPerScenario: options.seconds,
      ndcg: 'NDCG@10, gain = ground-truth level (0–5), log2 discount, ideal from all people with the skill',
    },
    targets: TARGETS,
    heldOut,
    index,
    api,
    skippedApi,
    apiFailures,
    totalSeconds: (performance.now() - begin) / 1000,
  };
  const file = writeResult('talent', result);
  console.log(formatTalentReport(result));
  console.log(`\nwritten to ${relative(process.cwd(), file)}`);
}
