import type { GraphClient, GraphRequestBuilder } from '../graph-client';
import { z } from 'zod';
import { MalformedGraphResponse, parseGraph } from './graph-errors';

const pageSchema = z.looseObject({
  value: z.array(z.unknown()),
  '@odata.nextLink': z.string().optional(),
  '@odata.deltaLink': z.string().optional(),
});

export interface Pages {
  values: unknown[];
  /** Present on the last page of a delta round. */
  deltaLink?: string;
}

/**
 * Walks a collection page by page, following `@odata.nextLink` (graph-facts.md: paging), one request per page,
 * handing each page's values to `onPage` as it arrives. `request` names the request in errors.
 */
export async function forEachPage(
  client: GraphClient,
  first: GraphRequestBuilder,
  request: string,
  onPage: (values: unknown[]) => void,
): Promise<{ deltaLink?: string }> {
  let next = first;
  for (;;) {
    const page = parseGraph(pageSchema, await next.get(), request);
    onPage(page.value);
    const nextLink = page['@odata.nextLink'];
    if (!nextLink) return { deltaLink: page['@odata.deltaLink'] };
    next = client.api(nextLink);
  }
}

/** Every page's values at once. */
export async function readPages(
  client: GraphClient,
  first: GraphRequestBuilder,
  request: string,
): Promise<Pages> {
  const values: unknown[] = [];
  const { deltaLink } = await forEachPage(client, first, request, (page) => values.push(...page));
  return { values, deltaLink };
}

/** A delta round: pages until the one that carries `@odata.deltaLink`. @throws MalformedGraphResponse */
export async function readDeltaRound(
  client: GraphClient,
  first: GraphRequestBuilder,
  request: string,
): Promise<{ values: unknown[]; deltaLink: string }> {
  const { values, deltaLink } = await readPages(client, first, request);
  if (!deltaLink) throw new MalformedGraphResponse(request, ['the last page has no @odata.deltaLink']);
  return { values, deltaLink };
}
