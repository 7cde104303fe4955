import type { GraphClient } from '../graph-client';
import { z } from 'zod';
import { MAX_BATCH_SIZE, sendBatch, type BatchRequest, type BatchResponse } from '../batch';
import { listRegistry, type ListSchema } from '../lists/list-schema';
import {
  COLUMN_PROPERTIES,
  planList,
  siteColumnSchema,
  type ListPlan,
  type ProvisioningProblem,
  type SiteList,
} from './plan';

export interface ProvisioningReport {
  /** Display names of the lists created, with all their columns. */
  created: string[];
  updated: Array<{ list: string; addedColumns: string[] }>;
  unchanged: string[];
  /** Drift provisioning does not repair in place, and writes Graph refused; such a list is left as it is. */
  problems: ProvisioningProblem[];
}

const listsPageSchema = z.object({
  value: z.array(
    z.looseObject({ id: z.string(), displayName: z.string(), columns: z.array(siteColumnSchema).optional() }),
  ),
  '@odata.nextLink': z.string().optional(),
});

/** The site's lists with the column properties provisioning compares: one request per page (usually one). */
export async function readSiteLists(client: GraphClient, siteId: string): Promise<Map<string, SiteList>> {
  const lists = new Map<string, SiteList>();
  let request = client
    .api(`/sites/${siteId}/lists`)
    .select(['id', 'displayName'])
    .expand(`columns($select=${COLUMN_PROPERTIES.join(',')})`);
  for (;;) {
    const page = listsPageSchema.parse(await request.get());
    for (const list of page.value)
      lists.set(list.displayName.toLowerCase(), { ...list, columns: list.columns ?? [] });
    const next = page['@odata.nextLink'];
    if (!next) return lists;
    request = client.api(next);
  }
}

/** One write, and what it is for. */
interface Step {
  request: BatchRequest;
  schema: ListSchema;
  column?: string;
}

const JSON_BODY = { 'Content-Type': 'application/json' };

function stepsOf(plan: ListPlan, siteId: string, nextId: () => string): Step[] {
  const { schema } = plan;
  if (plan.action === 'create') {
    const { displayName, description, columns } = schema;
    const body = { displayName, description, columns, list: { template: 'genericList' } };
    const url = `/sites/${siteId}/lists`;
    return [{ schema, request: { id: nextId(), method: 'POST', url, headers: JSON_BODY, body } }];
  }
  if (plan.action !== 'addColumns') return [];
  const url = `/sites/${siteId}/lists/${plan.listId}/columns`;
  return plan.columns.map((column) => ({
    schema,
    column: column.name,
    request: { id: nextId(), method: 'POST', url, headers: JSON_BODY, body: column },
  }));
}

/**
 * Packs each list's writes into batches of at most 20. Columns of one list are added one after the other
 * (`dependsOn`): SharePoint saves a list's schema as a whole, so parallel changes to one list can conflict.
 */
function packBatches(chains: Step[][]): Step[][] {
  const batches: Step[][] = [];
  let current: Step[] = [];
  for (const chain of chains) {
    let previous: string | undefined;
    for (const step of chain) {
      if (current.length === MAX_BATCH_SIZE) {
        // The earlier steps' batch has completed before this one is sent: no dependency needed.
        batches.push(current);
        current = [];
        previous = undefined;
      }
      current.push(previous ? { ...step, request: { ...step.request, dependsOn: [previous] } } : step);
      previous = step.request.id;
    }
  }
  return current.length > 0 ? [...batches, current] : batches;
}

/** What happened to one list. `conflicted`: a write met someone else's concurrent change (409). */
interface Outcome {
  schema: ListSchema;
  created: boolean;
  added: string[];
  problems: ProvisioningProblem[];
  conflicted: boolean;
}

function graphErrorText(response: BatchResponse): string {
  const error = (response.body as { error?: { code?: string; message?: string } } | undefined)?.error;
  return `Graph answered ${response.status}${error?.code ? ` ${error.code}` : ''}: ${error?.message ?? 'no message'}`;
}

function problemOf(step: Step, response: BatchResponse): string {
  const what = step.column ? `column '${step.column}'` : 'the list';
  if (response.status === 409) return `${what} was changed concurrently`;
  if (response.status === 424) return `${what} was not added: an earlier change to this list failed`;
  return `${what} could not be ${step.column ? 'added' : 'created'}: ${graphErrorText(response)}`;
}

function record(outcome: Outcome, step: Step, response: BatchResponse): void {
  if (response.status === 201) {
    if (step.column) outcome.added.push(step.column);
    else outcome.created = true;
    return;
  }
  outcome.conflicted ||= response.status === 409;
  outcome.problems.push({
    list: step.schema.displayName,
    column: step.column,
    message: problemOf(step, response),
  });
}

const outcomeOf = (plan: ListPlan): Outcome => ({
  schema: plan.schema,
  created: false,
  added: [],
  problems: plan.action === 'leave' ? [...plan.problems] : [],
  conflicted: false,
});

async function applyPlans(client: GraphClient, siteId: string, plans: ListPlan[]): Promise<Outcome[]> {
  const outcomes = new Map(plans.map((plan) => [plan.schema, outcomeOf(plan)]));
  let counter = 0;
  const nextId = () => String((counter += 1));
  for (const batch of packBatches(plans.map((plan) => stepsOf(plan, siteId, nextId)))) {
    const responses = await sendBatch(
      client,
      batch.map((step) => step.request),
    );
    for (const step of batch) {
      const response = responses.get(step.request.id);
      if (response) record(outcomes.get(step.schema)!, step, response);
    }
  }
  return [...outcomes.values()];
}

async function provisionOnce(
  client: GraphClient,
  siteId: string,
  schemas: readonly ListSchema[],
): Promise<Outcome[]> {
  const existing = await readSiteLists(client, siteId);
  const plans = schemas.map((schema) => planList(schema, existing.get(schema.displayName.toLowerCase())));
  return applyPlans(client, siteId, plans);
}

/** A list met a concurrent change: what the second look at it found, plus what the first already did. */
function merge(first: Outcome, second: Outcome | undefined): Outcome {
  if (!second) return first;
  return { ...second, created: first.created || second.created, added: [...first.added, ...second.added] };
}

function toReport(outcomes: Outcome[]): ProvisioningReport {
  const report: ProvisioningReport = { created: [], updated: [], unchanged: [], problems: [] };
  for (const { schema, created, added, problems } of outcomes) {
    const list = schema.displayName;
    if (created) report.created.push(list);
    else if (added.length > 0) report.updated.push({ list, addedColumns: added });
    else if (problems.length === 0) report.unchanged.push(list);
    report.problems.push(...problems);
  }
  return report;
}

/**
 * Creates or completes Samen's lists on a site, idempotently: missing lists are created with all their
 * columns, missing columns are added; a column that differs from its declaration (type, indexed, unique,
 * required, choices) is reported and its list left untouched — provisioning never changes existing data.
 *
 * Round trips: one GET of the site's lists with their columns, then one `$batch` per 20 writes (none when
 * nothing is missing). A list another process changed meanwhile (409) is looked at once more.
 */
export async function provisionLists(
  client: GraphClient,
  siteId: string,
  schemas: readonly ListSchema[],
): Promise<ProvisioningReport> {
  listRegistry(schemas); // refuses two schemas of one name, which would be provisioned as one
  const first = await provisionOnce(client, siteId, schemas);
  const conflicted = first.filter((o) => o.conflicted).map((o) => o.schema);
  const second = conflicted.length > 0 ? await provisionOnce(client, siteId, conflicted) : [];
  const again = (outcome: Outcome) => second.find((o) => o.schema === outcome.schema);
  return toReport(first.map((outcome) => merge(outcome, again(outcome))));
}
