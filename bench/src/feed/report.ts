import type { MachineInfo } from '../results';
import { formatNumber, formatTable } from '../table';
import { totalOf } from './graph-counter';
import type { ApiOutput, ModelOutput, RequestCounts } from './shared';

export interface FeedBenchResult {
  suite: 'feed';
  date: string;
  machine: MachineInfo;
  settings: { people: number; pagesPerView: number; deltaWrites: number; maxSecondsPerScenario: number };
  model: ModelOutput[];
  api: ApiOutput[];
  failures: Array<{ posts: number; error: string }>;
  targets: Target[];
  durationSeconds: number;
}

export interface Target {
  name: string;
  target: string;
  measured: string;
  met: boolean;
}

const describe = (counts: RequestCounts) => {
  const parts = Object.entries(counts).map(
    ([kind, n]) => `${formatNumber(n, Number.isInteger(n) ? 0 : 2)} ${kind}`,
  );
  return parts.length > 0 ? parts.join(', ') : '0';
};

/** The target: one round trip per first page (the design makes it the presence request alone). */
export function targetsOf(api: readonly ApiOutput[]): Target[] {
  return api.flatMap((stage) => {
    const worst = Math.max(...stage.views.map((v) => v.maxGraphRequestsPerPage));
    const first = totalOf(stage.readerFirstPage.graphRequests);
    return [
      {
        name: `first page, ${formatNumber(stage.posts)} posts (every view, every page)`,
        target: '≤ 1 Graph round trip',
        measured: `at most ${worst}`,
        met: worst <= 1,
      },
      {
        name: `a reader's first page of a session, ${formatNumber(stage.posts)} posts`,
        target: '≤ 1 Graph round trip',
        measured: `${first} (${describe(stage.readerFirstPage.graphRequests)}), once per 5 min per reader`,
        met: first <= 1,
      },
    ];
  });
}

const ms = (value: number | null) => value;

function seedingTable(api: readonly ApiOutput[]): string {
  return formatTable(
    [
      { header: 'posts after', value: (s: ApiOutput) => s.posts },
      { header: 'posts', value: (s) => s.seeding.rows.posts },
      { header: 'likes', value: (s) => s.seeding.rows.likes },
      { header: 'comments', value: (s) => s.seeding.rows.comments },
      { header: 'follows', value: (s) => s.seeding.rows.follows },
      { header: 's', value: (s) => s.seeding.seconds, decimals: 1 },
      { header: 'rows/s', value: (s) => s.seeding.rowsPerSecond },
    ],
    api,
  );
}

function serviceTable(api: readonly ApiOutput[]): string {
  return formatTable(
    [
      { header: 'posts', value: (s: ApiOutput) => s.posts },
      { header: 'feed 1st round s', value: (s) => s.firstRound.ms / 1000, decimals: 1 },
      { header: 'its Graph requests', value: (s) => describe(s.firstRound.graphRequests) },
      { header: 'feed heap MiB', value: (s) => s.firstRound.heapMiB, decimals: 0 },
      { header: 'service start s', value: (s) => s.serviceStart.ms / 1000, decimals: 1 },
      { header: 'start Graph requests', value: (s) => totalOf(s.serviceStart.graphRequests) },
      { header: 'service heap MiB', value: (s) => s.serviceStart.heapUsedMiB, decimals: 0 },
    ],
    api,
  );
}

type ViewRow = {
  posts: number;
  view: string;
  items: number;
  p50: number | null;
  p95: number | null;
  graph: string;
  max: number;
};

function pagesTable(api: readonly ApiOutput[]): string {
  const rows: ViewRow[] = api.flatMap((s) => [
    ...s.views.map((v) => ({
      posts: s.posts,
      view: v.view,
      items: v.itemsPerPage,
      p50: v.latency.p50,
      p95: v.latency.p95,
      graph: describe(v.graphRequestsPerPage),
      max: v.maxGraphRequestsPerPage,
    })),
    {
      posts: s.posts,
      view: "reader's first page (session)",
      items: 20,
      p50: s.readerFirstPage.ms,
      p95: null,
      graph: describe(s.readerFirstPage.graphRequests),
      max: totalOf(s.readerFirstPage.graphRequests),
    },
  ]);
  return formatTable(
    [
      { header: 'posts', value: (r: ViewRow) => r.posts },
      { header: 'API first page', value: (r) => r.view },
      { header: 'items', value: (r) => r.items },
      { header: 'p50 ms', value: (r) => ms(r.p50), decimals: 1 },
      { header: 'p95 ms', value: (r) => ms(r.p95), decimals: 1 },
      { header: 'Graph requests per page (mean)', value: (r) => r.graph },
      { header: 'max', value: (r) => r.max },
    ],
    rows,
  );
}

type BaselineRow = {
  posts: number;
  label: string;
  requests: number;
  trips: number;
  sub: number;
  p50: number | null;
  p95: number | null;
};

function baselineTable(api: readonly ApiOutput[]): string {
  const rows: BaselineRow[] = api.flatMap((s) => {
    const latest = s.views.find((v) => v.view === 'Latest');
    return [
      {
        posts: s.posts,
        label: 'Samen API, Latest',
        requests: latest ? totalOf(latest.graphRequestsPerPage) : 0,
        trips: 1,
        sub: 0,
        p50: latest?.latency.p50 ?? null,
        p95: latest?.latency.p95 ?? null,
      },
      ...s.baseline.map((b) => ({
        posts: s.posts,
        label: b.label,
        requests: b.requestsPerPage,
        trips: b.roundTrips,
        sub: b.subRequestsPerPage,
        p50: b.latency.p50,
        p95: b.latency.p95,
      })),
    ];
  });
  return formatTable(
    [
      { header: 'posts', value: (r: BaselineRow) => r.posts },
      { header: 'first page of Latest', value: (r) => r.label },
      { header: 'Graph requests', value: (r) => r.requests, decimals: 2 },
      { header: 'round trips', value: (r) => r.trips },
      { header: 'in $batch', value: (r) => r.sub },
      { header: 'p50 ms', value: (r) => r.p50, decimals: 1 },
      { header: 'p95 ms', value: (r) => r.p95, decimals: 1 },
    ],
    rows,
  );
}

function deltaTable(api: readonly ApiOutput[]): string {
  const rows = api.flatMap((s) => s.delta.map((d) => ({ posts: s.posts, ...d })));
  return formatTable(
    [
      { header: 'posts', value: (r: (typeof rows)[number]) => r.posts },
      { header: 'delta round', value: (r) => r.label },
      { header: 'rows written', value: (r) => r.written },
      { header: 'ms', value: (r) => r.ms, decimals: 1 },
      { header: 'Graph requests', value: (r) => describe(r.graphRequests) },
      { header: 'posts in model', value: (r) => r.postsInModel },
    ],
    rows,
  );
}

function modelTable(model: readonly ModelOutput[]): string {
  const rows = model.flatMap((m) =>
    m.views.map((v) => ({
      ...v,
      posts: m.posts,
      buildMs: m.buildMs,
      newestFirstMs: m.newestFirstMs,
      heapMiB: m.heapMiB,
    })),
  );
  return formatTable(
    [
      { header: 'posts', value: (r: (typeof rows)[number]) => r.posts },
      { header: 'build ms', value: (r) => r.buildMs },
      { header: 'newest first ms', value: (r) => r.newestFirstMs },
      { header: 'heap MiB', value: (r) => r.heapMiB },
      { header: 'in-process page', value: (r) => r.view },
      { header: 'items', value: (r) => r.itemsPerPage },
      { header: 'p50 ms', value: (r) => r.latency.p50, decimals: 3 },
      { header: 'p95 ms', value: (r) => r.latency.p95, decimals: 3 },
    ],
    rows,
  );
}

function targetsTable(targets: readonly Target[]): string {
  return formatTable(
    [
      { header: 'target', value: (t: Target) => t.name },
      { header: 'wanted', value: (t) => t.target },
      { header: 'measured', value: (t) => t.measured },
      { header: '', value: (t) => (t.met ? 'met' : 'MISSED') },
    ],
    targets,
  );
}

export function formatFeedReport(result: FeedBenchResult): string {
  const { machine } = result;
  const sections = [
    `Feed benchmark, ${result.date} — ${machine.cpus} × ${machine.cpuModel}, load ${machine.loadAverage.join(' / ')}, ` +
      `${result.settings.people} people, ${Math.round(result.durationSeconds)} s`,
    result.model.length > 0 ? `\nRead model in process\n${modelTable(result.model)}` : '',
    result.api.length > 0 ? `\nSeeding (Graph $batch)\n${seedingTable(result.api)}` : '',
    result.api.length > 0 ? `\nService\n${serviceTable(result.api)}` : '',
    result.api.length > 0 ? `\nFirst page through the API (one at a time)\n${pagesTable(result.api)}` : '',
    result.api.length > 0 ? `\nBaseline: straight from the lists\n${baselineTable(result.api)}` : '',
    result.api.length > 0 ? `\nDelta refresh\n${deltaTable(result.api)}` : '',
    `\nTargets\n${targetsTable(result.targets)}`,
    ...result.failures.map((f) => `\n${formatNumber(f.posts)} posts FAILED: ${f.error}`),
  ];
  return sections.filter((s) => s !== '').join('\n');
}
