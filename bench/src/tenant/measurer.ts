// Entry of the measuring child process (see ./index.ts for why measuring runs in a child).
import { childMain } from '../child';
import { readTenantInfo } from '../dev-tenant';
import { formatNumber } from '../table';
import { measure, type MeasureOptions, type Operation } from '../measure';
import { presenceBatch, PRESENCE_BATCH, USER_PAGE_SIZE, userPage, walkUsers } from './directory-scenarios';
import { appOnlyToken, GraphHttp } from './graph-http';
import { createBenchList, createItem, fillList, QUERY_PAGE, queryItems, sampleQuery } from './list-scenarios';
import {
  GRAPH_PRESENCE_CALLS_PER_30S,
  WARM_UP,
  type MeasurerInput,
  type MeasurerOutput,
  type ScenarioResult,
} from './shared';

const QUERY_LIST_ITEMS = 5_000;

function limitsOf(input: MeasurerInput): MeasureOptions {
  return {
    count: input.requests,
    concurrency: input.concurrency,
    maxDurationMs: input.maxSeconds * 1000,
    warmUp: WARM_UP,
  };
}

/** Progress goes to stderr: stdout is for the table, which people copy. */
const progress = (text: string) => console.error(`bench tenant: ${text}`);

async function scenario(
  spec: Omit<ScenarioResult, 'measurement'>,
  operation: Operation,
  limits: MeasureOptions,
): Promise<ScenarioResult> {
  progress(`${spec.label}…`);
  const measurement = await measure(operation, limits);
  return { ...spec, measurement };
}

/** Item create on an empty list, then the filtered query once the list holds 5,000 items. */
async function measureLists(http: GraphHttp, siteId: string, limits: MeasureOptions) {
  const list = await createBenchList(http, siteId);
  const create = await scenario(
    {
      key: 'itemCreate',
      label: 'item create',
      request: 'POST /sites/{hub}/lists/{list}/items',
      note: 'list with an indexed number and an indexed text column, growing from empty',
    },
    createItem(http, list),
    limits,
  );
  progress(`filling the list to ${formatNumber(QUERY_LIST_ITEMS)} items with $batch…`);
  const fillSeconds = await fillList(http, list, QUERY_LIST_ITEMS);
  const answer = await sampleQuery(http, list);
  const query = await scenario(
    {
      key: 'itemQuery',
      label: 'filtered item query',
      request: `GET …/items?$filter=fields/Bucket eq {k}&$expand=fields&$top=${QUERY_PAGE}`,
      note: `${formatNumber(list.itemCount)} items; each k matches ${answer.items}`,
    },
    queryItems(http, list),
    limits,
  );
  const setup = {
    listItems: list.itemCount,
    fillSeconds,
    queryAnswerItems: answer.items,
    queryAnswerHasFields: answer.hasFields,
  };
  return { scenarios: [create, query], setup };
}

const pageNote = (pages: number) =>
  pages === 1 ? 'the only page there is' : `all ${pages} pages in turn, by the tenant's own nextLinks`;

/** User pages, then presence for 650 of the users those pages listed. */
async function measureDirectory(http: GraphHttp, limits: MeasureOptions) {
  progress('walking /users…');
  const directory = await walkUsers(http);
  const pages = await scenario(
    {
      key: 'userPage',
      label: 'user page',
      request: `GET /users?$top=${USER_PAGE_SIZE} (+ $skiptoken)`,
      note: pageNote(directory.pageLinks.length),
    },
    userPage(http, directory),
    limits,
  );
  const presenceIds = Math.min(PRESENCE_BATCH, directory.userIds.length);
  const presence = await scenario(
    {
      key: 'presenceBatch',
      label: `presence, ${presenceIds} ids`,
      request: 'POST /communications/getPresencesByUserId',
      note: `Graph allows ${formatNumber(GRAPH_PRESENCE_CALLS_PER_30S)} calls/30 s per app (50/s); lifted here`,
      perRequest: { count: presenceIds, unit: 'presences' },
    },
    presenceBatch(http, directory),
    limits,
  );
  const setup = { userPages: directory.pageLinks.length, presenceIdsPerCall: presenceIds };
  return { scenarios: [pages, presence], setup };
}

async function run(input: MeasurerInput): Promise<MeasurerOutput> {
  const info = readTenantInfo(input.tenantJsonPath);
  const http = new GraphHttp(info.graphBaseUrl, await appOnlyToken(info, 'samen-admin'));
  const limits = limitsOf(input);
  const lists = await measureLists(http, info.hubSite.id, limits);
  const directory = await measureDirectory(http, limits);
  return {
    setup: { ...lists.setup, ...directory.setup },
    scenarios: [...lists.scenarios, ...directory.scenarios],
  };
}

childMain(run);
