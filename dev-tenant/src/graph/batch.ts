import { z } from 'zod';
import { GraphError } from '../http/graph-error';
import type { GraphRequest, GraphResponse } from '../http/types';
import { parseBody } from '../http/validate';

export const MAX_BATCH_REQUESTS = 20;

const subRequestSchema = z.strictObject({
  id: z.string().min(1),
  method: z.enum(['GET', 'POST', 'PATCH', 'PUT', 'DELETE']),
  url: z.string().min(1),
  headers: z.record(z.string(), z.string()).optional(),
  body: z.unknown().optional(),
  dependsOn: z.array(z.string()).optional(),
});
type SubRequest = z.infer<typeof subRequestSchema>;

const batchSchema = z.strictObject({
  requests: z.array(subRequestSchema).min(1),
});

/** Runs one sub-request as if it had arrived alone: faults, routing and errors all apply per request. */
export type SubDispatch = (req: GraphRequest) => GraphResponse;

function lowerCaseHeaders(headers: Record<string, string> | undefined): Record<string, string> {
  return Object.fromEntries(Object.entries(headers ?? {}).map(([k, v]) => [k.toLowerCase(), v]));
}

function checkBatch(requests: SubRequest[]): void {
  if (requests.length > MAX_BATCH_REQUESTS) {
    throw new GraphError(
      400,
      'BadRequest',
      `Number of requests in the batch exceeds the limit of ${MAX_BATCH_REQUESTS}.`,
    );
  }
  const ids = new Set<string>();
  for (const request of requests) {
    if (ids.has(request.id))
      throw new GraphError(400, 'BadRequest', `Batch request id '${request.id}' is used more than once.`);
    ids.add(request.id);
  }
  for (const request of requests) {
    const unknown = request.dependsOn?.find((d) => !ids.has(d) || d === request.id);
    if (unknown !== undefined)
      throw new GraphError(
        400,
        'BadRequest',
        `Request '${request.id}' depends on '${unknown}', which is not an earlier request of this batch.`,
      );
    if (request.body !== undefined && !lowerCaseHeaders(request.headers)['content-type']) {
      throw new GraphError(
        400,
        'BadRequest',
        `Request '${request.id}' has a body but no Content-Type header.`,
      );
    }
    if (/^https?:/i.test(request.url) || /^\/?\$batch/.test(request.url)) {
      throw new GraphError(
        400,
        'BadRequest',
        `Request '${request.id}' must use a relative URL and cannot be a batch itself.`,
      );
    }
  }
}

/** Dependencies first; Graph allows any order otherwise, and we keep the caller's. */
function executionOrder(requests: SubRequest[]): SubRequest[] {
  const done = new Set<string>();
  const ordered: SubRequest[] = [];
  const visit = (request: SubRequest, trail: Set<string>) => {
    if (done.has(request.id)) return;
    if (trail.has(request.id))
      throw new GraphError(400, 'BadRequest', `Request '${request.id}' is part of a dependency cycle.`);
    trail.add(request.id);
    for (const dep of request.dependsOn ?? [])
      visit(
        requests.find((r) => r.id === dep)!,
        trail,
      );
    done.add(request.id);
    ordered.push(request);
  };
  requests.forEach((r) => visit(r, new Set()));
  return ordered;
}

function toGraphRequest(outer: GraphRequest, sub: SubRequest): GraphRequest {
  const url = new URL(sub.url.startsWith('/') ? sub.url : `/${sub.url}`, 'https://batch.invalid');
  return {
    method: sub.method,
    path: decodeURIComponent(url.pathname).replace(/\/+$/, '') || '/',
    query: url.searchParams,
    headers: lowerCaseHeaders(sub.headers),
    body: sub.body,
    caller: outer.caller,
  };
}

function subResponse(id: string, response: GraphResponse) {
  const headers: Record<string, string> = { ...(response.headers ?? {}) };
  if (response.body !== undefined) headers['Content-Type'] = 'application/json';
  if (response.text !== undefined) headers['Content-Type'] = 'text/plain';
  return { id, status: response.status, headers, body: response.body ?? response.text };
}

/** POST /$batch (graph-facts.md): at most 20, dependsOn honoured, a failed dependency answers 424. */
export function runBatch(
  outer: GraphRequest,
  dispatch: SubDispatch,
  failedDependency: (id: string) => GraphResponse,
): GraphResponse {
  const { requests } = parseBody(batchSchema, outer.body, 'BadRequest');
  checkBatch(requests);
  const statuses = new Map<string, number>();
  const responses = executionOrder(requests).map((sub) => {
    const failed = sub.dependsOn?.some((d) => (statuses.get(d) ?? 500) >= 400);
    const response = failed ? failedDependency(sub.id) : dispatch(toGraphRequest(outer, sub));
    statuses.set(sub.id, response.status);
    return subResponse(sub.id, response);
  });
  return { status: 200, body: { responses } };
}
