import type { GraphClient } from '../graph-client';
import { z } from 'zod';
import type { ListSchema } from '../lists/list-schema';
import { parseGraph } from '../talent/graph-errors';
import { planList } from './plan';
import { readSiteLists } from './provision-lists';

/** Lists or columns a service needs are missing on its site: `npm run provision` creates them. */
export class ListsNotProvisioned extends Error {
  readonly code = 'listsNotProvisioned';
  constructor(
    /** The site's address, as `npm run provision -- --site` takes it. */
    readonly siteUrl: string,
    /** What is missing, e.g. "Samen Endorsements" or "Samen Endorsements (column EndorsedAt)". */
    readonly missing: readonly string[],
  ) {
    super(
      `Samen's lists are not provisioned on ${siteUrl} (missing: ${missing.join(', ')}). ` +
        `Provision them with: npm run provision -- --site ${siteUrl}`,
    );
    this.name = 'ListsNotProvisioned';
  }
}

export const isListsNotProvisioned = (error: unknown): error is ListsNotProvisioned =>
  error instanceof ListsNotProvisioned;

const siteSchema = z.looseObject({ webUrl: z.string() });

/** What provisioning would create: whole lists, or columns of existing ones. Drift it would not fix is left out. */
function missingOf(plans: ReturnType<typeof planList>[]): string[] {
  return plans.flatMap((plan) => {
    if (plan.action === 'create') return [plan.schema.displayName];
    if (plan.action !== 'addColumns') return [];
    return plan.columns.map((column) => `${plan.schema.displayName} (column ${column.name})`);
  });
}

/**
 * Checks, before a service relies on them, that `schemas` exist on the site with all their columns: one
 * request for the site's lists, and one more for the site's address when something is missing.
 * @throws ListsNotProvisioned
 */
export async function requireLists(
  client: GraphClient,
  siteId: string,
  schemas: readonly ListSchema[],
): Promise<void> {
  const existing = await readSiteLists(client, siteId);
  const missing = missingOf(
    schemas.map((schema) => planList(schema, existing.get(schema.displayName.toLowerCase()))),
  );
  if (missing.length === 0) return;
  const site = parseGraph(siteSchema, await client.api(`/sites/${siteId}`).get(), 'GET /sites/{id}');
  throw new ListsNotProvisioned(site.webUrl, missing);
}
