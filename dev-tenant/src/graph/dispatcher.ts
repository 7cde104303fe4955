import { ODataError } from '../odata';
import type { TenantContext } from '../context';
import type { Faults } from '../faults';
import { errorBody, GraphError, newRequestIds, type RequestIds } from '../http/graph-error';
import { authorize, Router } from '../http/router';
import type { GraphRequest, GraphResponse, Route } from '../http/types';
import { runBatch } from './batch';
import { groupRoutes } from './groups/groups-routes';
import { itemRoutes } from './lists/items-routes';
import { listRoutes } from './lists/lists-routes';
import { presenceRoutes } from './presence/presence-routes';
import { rewriteSitePath } from './sites/site-paths';
import { userRoutes } from './users/users-routes';

export interface DispatchOptions {
  presenceCallsPer30s: number;
}

export interface GraphDispatcher {
  /**
   * Answers one Graph request; `delays` collects injected latency, applied by the transport. `ids` are the
   * request-id/client-request-id the transport answers with, so an error body's innerError names the same ids.
   */
  dispatch(req: GraphRequest, delays: number[], ids?: RequestIds): GraphResponse;
}

/** Graph answers `/me` only for delegated tokens; for those it is the signed-in user's `/users/{id}`. */
function rewriteMe(req: GraphRequest): GraphRequest {
  if (req.path !== '/me' && !req.path.startsWith('/me/')) return req;
  if (req.caller.kind !== 'user' || !req.caller.userId) {
    throw new GraphError(400, 'BadRequest', '/me request is only valid with delegated authentication flow.');
  }
  return { ...req, path: `/users/${req.caller.userId}${req.path.slice(3)}`, viaMe: true };
}

const SYSTEM_QUERY_OPTIONS = ['expand', 'select', 'filter', 'orderby', 'top'];

/** SharePoint's documented list APIs use `expand=fields(...)` without the `$`; both spellings mean the same. */
function withDollarOptions(req: GraphRequest): GraphRequest {
  if (!req.path.startsWith('/sites/')) return req;
  const query = new URLSearchParams(req.query);
  for (const name of SYSTEM_QUERY_OPTIONS) {
    const bare = query.get(name);
    if (bare !== null && !query.has(`$${name}`)) query.set(`$${name}`, bare);
    query.delete(name);
  }
  return { ...req, query };
}

function odataFailure(error: ODataError, path: string): GraphError {
  const directory = ['/users', '/groups', '/me'].some((prefix) => path.startsWith(prefix));
  if (error.kind === 'unsupported') return new GraphError(400, 'Request_UnsupportedQuery', error.message);
  return new GraphError(400, directory ? 'Request_BadRequest' : 'invalidRequest', error.message);
}

function toErrorResponse(
  ctx: TenantContext,
  error: unknown,
  path: string,
  requestIds?: RequestIds,
): GraphResponse {
  const graphError = error instanceof ODataError ? odataFailure(error, path) : error;
  const ids = requestIds ?? newRequestIds(undefined);
  if (graphError instanceof GraphError) {
    return {
      status: graphError.status,
      headers: graphError.headers,
      body: errorBody(graphError.code, graphError.message, ids, ctx.now()),
    };
  }
  console.error('dev tenant: unexpected error', error);
  return {
    status: 500,
    body: errorBody('generalException', 'An unexpected error occurred.', ids, ctx.now()),
  };
}

function faultResponse(
  ctx: TenantContext,
  faults: Faults,
  req: GraphRequest,
  delays: number[],
  ids: RequestIds | undefined,
): GraphResponse | undefined {
  for (const fault of faults.check(req.method, req.path)) {
    if (fault.kind === 'latency') {
      delays.push(fault.latencyMs);
      continue;
    }
    const retryAfter = { 'Retry-After': String(fault.retryAfterSeconds) };
    const error =
      fault.kind === 'throttle'
        ? new GraphError(
            429,
            'TooManyRequests',
            'Too many requests have been sent. Please wait and try again.',
            retryAfter,
          )
        : new GraphError(
            503,
            'serviceNotAvailable',
            'The service is temporarily unavailable. Please try again later.',
            retryAfter,
          );
    return toErrorResponse(ctx, error, req.path, ids);
  }
  return undefined;
}

export function createGraphDispatcher(
  ctx: TenantContext,
  faults: Faults,
  options: DispatchOptions,
): GraphDispatcher {
  const routes: Route[] = [
    ...userRoutes(ctx),
    ...groupRoutes(ctx),
    ...presenceRoutes(ctx, options),
    ...listRoutes(ctx),
    ...itemRoutes(ctx),
  ];
  const router = new Router(routes);

  const handle = (req: GraphRequest, delays: number[], ids?: RequestIds): GraphResponse => {
    try {
      const fault = faultResponse(ctx, faults, req, delays, ids);
      if (fault) return fault;
      if (req.path === '/$batch' && req.method === 'POST') {
        const failedDependency = (id: string) =>
          toErrorResponse(
            ctx,
            new GraphError(424, 'failedDependency', `Request '${id}' depends on a request that failed.`),
            req.path,
          );
        return runBatch(req, (sub) => handle(sub, delays), failedDependency);
      }
      const resolved = withDollarOptions(rewriteMe({ ...req, path: rewriteSitePath(ctx, req.path) }));
      const { route, params } = router.find(resolved.method, resolved.path);
      authorize(route, resolved);
      return route.handler(resolved, params);
    } catch (error) {
      return toErrorResponse(ctx, error, req.path, ids);
    }
  };
  return { dispatch: handle };
}
