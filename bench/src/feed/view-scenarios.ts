// First pages through the service's API as the signed-in reader, one at a time, so each page's Graph requests
// are exactly the ones counted while it ran.
import { measure } from '../measure';
import { totalOf, type GraphCounter } from './graph-counter';
import type { BenchPeople } from './people';
import { measuredViews } from './seed-data';
import type { ApiInput, RequestCounts, RoundCost, ViewScenario } from './shared';

const PAGE_SIZE = 20;

export interface Api {
  url: string;
  token: string;
  counter: GraphCounter;
}

async function getPage(api: Api, query: string): Promise<number> {
  const response = await fetch(`${api.url}/api/feed?${query}&top=${PAGE_SIZE}`, {
    headers: { Authorization: `Bearer ${api.token}`, 'Accept-Language': 'en-US' },
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${response.status} ${text.slice(0, 200)}`);
  return (JSON.parse(text) as { items: unknown[] }).items.length;
}

/** The reader's very first page: the moderators group is asked here, then cached for five minutes. */
export async function readerFirstPage(api: Api): Promise<RoundCost> {
  const before = api.counter.snapshot();
  const start = performance.now();
  await getPage(api, 'view=foryou');
  return { ms: performance.now() - start, graphRequests: api.counter.since(before) };
}

function meanCounts(pages: readonly RequestCounts[]): RequestCounts {
  const sums = new Map<string, number>();
  for (const page of pages)
    for (const [kind, n] of Object.entries(page)) sums.set(kind, (sums.get(kind) ?? 0) + n);
  return Object.fromEntries([...sums].map(([kind, n]) => [kind, n / Math.max(1, pages.length)]));
}

async function viewScenario(api: Api, view: string, query: string, input: ApiInput): Promise<ViewScenario> {
  const perPage: RequestCounts[] = [];
  let items = 0;
  const run = await measure(
    async () => {
      const before = api.counter.snapshot();
      try {
        items = await getPage(api, query);
      } finally {
        perPage.push(api.counter.since(before));
      }
    },
    {
      count: input.pages,
      concurrency: 1,
      maxDurationMs: input.maxSeconds * 1000,
      warmUp: { count: 10, maxDurationMs: 5_000 },
    },
  );
  if (run.errors > 0) throw new Error(`${view}: ${run.errors} pages failed: ${run.errorSamples.join('; ')}`);
  // The warm-up's pages came first; the measured ones are the last `completed`.
  const measured = perPage.slice(perPage.length - run.completed);
  return {
    view,
    request: `GET /api/feed?${query}&top=${PAGE_SIZE}`,
    itemsPerPage: items,
    latency: run.latencyMs,
    measured: run.completed,
    graphRequestsPerPage: meanCounts(measured),
    maxGraphRequestsPerPage: Math.max(0, ...measured.map(totalOf)),
  };
}

export async function viewScenarios(api: Api, people: BenchPeople, input: ApiInput): Promise<ViewScenario[]> {
  const { topic, personId } = measuredViews(people);
  const views: Array<[string, string]> = [
    ['For you', 'view=foryou'],
    ['Latest', 'view=latest'],
    [`topic ${topic}`, `view=topic&topic=${encodeURIComponent(topic)}`],
    ['a followed person', `view=person&person=${encodeURIComponent(personId)}`],
  ];
  const scenarios: ViewScenario[] = [];
  for (const [view, query] of views) scenarios.push(await viewScenario(api, view, query, input));
  return scenarios;
}
