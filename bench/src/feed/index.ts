import { relative, resolve } from 'node:path';
import { runInChild } from '../child';
import { describeOptions, parseIntegerOptions, UsageError } from '../cli';
import { startDevTenant, type RunningTenant } from '../dev-tenant';
import { machineInfo, writeResult } from '../results';
import { formatNumber } from '../table';
import { TENANT_SEED } from '../talent/queries';
import { formatFeedReport, targetsOf, type FeedBenchResult } from './report';
import type { ApiInput, ApiOutput, ModelInput, ModelOutput } from './shared';

const MAX_POSTS = 1_000_000;
const LIST_OPTIONS = [
  {
    name: 'posts',
    help: 'posts in the lists, seeded in ascending stages (default 10000,100000)',
    fallback: [10_000, 100_000],
  },
  {
    name: 'model-posts',
    help: 'posts for the read model in process (default 10000,100000)',
    fallback: [10_000, 100_000],
  },
] as const;

const OPTIONS = [
  { name: 'people', help: 'people in the dev tenant', fallback: 1500, min: 10, max: 20_000 },
  {
    name: 'pages',
    help: 'timed first pages per view (API, baseline, in process)',
    fallback: 200,
    min: 1,
    max: 100_000,
  },
  {
    name: 'delta',
    help: 'posts another writer adds before a measured delta round',
    fallback: 100,
    min: 1,
    max: 10_000,
  },
  { name: 'seconds', help: 'time cap per latency scenario', fallback: 10, min: 1, max: 3600 },
] as const;

export const FEED_USAGE = {
  summary:
    'Feed: first page latency and Graph requests per page, beside reading the lists; delta refresh; read model',
  options: [
    ...LIST_OPTIONS.map((o) => `--${`${o.name} N,N…`.padEnd(16)}${o.help}`),
    ...describeOptions(OPTIONS),
  ],
};

function parseSizes(flag: string, text: string | undefined): number[] {
  const sizes = (text ?? '').split(',').map(Number);
  if (!text || !/^\d+(,\d+)*$/.test(text) || sizes.some((n) => n < 1 || n > MAX_POSTS))
    throw new UsageError(`${flag} needs whole numbers from 1 to ${MAX_POSTS}, separated by commas`);
  // Stages top the lists up, so they go in ascending order.
  return [...new Set(sizes)].sort((a, b) => a - b);
}

function parseArgs(args: readonly string[]) {
  const lists: Record<(typeof LIST_OPTIONS)[number]['name'], number[]> = {
    posts: [...LIST_OPTIONS[0].fallback],
    'model-posts': [...LIST_OPTIONS[1].fallback],
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

type Options = ReturnType<typeof parseArgs>;
const progress = (text: string) => console.error(`bench feed: ${text}`);
/** A child of its own per measurement: its heap is the measured code's, and gc() can be called. */
const CHILD_FLAGS = ['--expose-gc', '--max-old-space-size=8192'];

async function measureModels(options: Options): Promise<ModelOutput[]> {
  const results: ModelOutput[] = [];
  for (const posts of options['model-posts']) {
    progress(`read model in process, ${formatNumber(posts)} posts…`);
    const input: ModelInput = {
      seed: TENANT_SEED,
      people: options.people,
      posts,
      pages: options.pages,
      maxSeconds: options.seconds,
    };
    results.push(
      await runInChild<ModelOutput>(resolve(__dirname, 'model-measurer.js'), input, process.env, CHILD_FLAGS),
    );
  }
  return results;
}

/** One tenant for all stages: each child tops the lists up to its size, then measures. */
async function measureStages(tenant: RunningTenant, options: Options, failures: FeedBenchResult['failures']) {
  const results: ApiOutput[] = [];
  const seedNow = new Date().toISOString();
  let seededPosts = 0;
  for (const posts of options.posts) {
    const input: ApiInput = {
      tenantJsonPath: tenant.tenantJsonPath,
      seed: TENANT_SEED,
      people: options.people,
      seededPosts,
      posts,
      seedNow,
      pages: options.pages,
      deltaWrites: options.delta,
      maxSeconds: options.seconds,
    };
    try {
      const env = { ...process.env, NODE_EXTRA_CA_CERTS: tenant.info.caCertPath };
      results.push(
        await runInChild<ApiOutput>(resolve(__dirname, 'api-measurer.js'), input, env, CHILD_FLAGS),
      );
      // The delta rounds' writes are in the lists too; the next stage's seed counts its own rows only.
      seededPosts = posts;
    } catch (error) {
      // A later stage builds on this one's rows: stop, but keep what was measured.
      const message = error instanceof Error ? error.message : String(error);
      progress(`${formatNumber(posts)} posts failed: ${message}`);
      failures.push({ posts, error: message });
      break;
    }
  }
  return results;
}

export async function runFeedSuite(args: string[]): Promise<void> {
  const options = parseArgs(args);
  const begin = performance.now();
  const date = new Date().toISOString();
  const machine = machineInfo();
  const model = await measureModels(options);
  const failures: FeedBenchResult['failures'] = [];
  let api: ApiOutput[] = [];
  if (options.posts.length > 0) {
    progress(`starting a dev tenant with ${formatNumber(options.people)} people…`);
    const tenant = await startDevTenant({ people: options.people, presenceCallsPer30s: 1_000_000 });
    try {
      api = await measureStages(tenant, options, failures);
    } finally {
      await tenant.stop();
    }
  }
  const result: FeedBenchResult = {
    suite: 'feed',
    date,
    machine,
    settings: {
      people: options.people,
      pagesPerView: options.pages,
      deltaWrites: options.delta,
      maxSecondsPerScenario: options.seconds,
    },
    model,
    api,
    failures,
    targets: targetsOf(api),
    durationSeconds: (performance.now() - begin) / 1000,
  };
  const file = writeResult('feed', result);
  console.log(formatFeedReport(result));
  console.log(`\nresult: ${relative(process.cwd(), file)}`);
  // After the report: what was measured is printed and saved either way, and the run still ends as failed.
  if (failures.length > 0)
    throw new Error(
      `the feed suite failed at ${failures.map((f) => formatNumber(f.posts)).join(', ')} posts`,
    );
}
