import { GraphError } from './graph-error';
import type { Grant, GraphRequest, GraphResponse, Params, Route } from './types';

interface CompiledRoute extends Route {
  regex: RegExp;
  names: string[];
}

function compile(route: Route): CompiledRoute {
  const names: string[] = [];
  const source = route.pattern
    .split('/')
    .map((segment) => {
      const param = /^\{(\w+)\}$/.exec(segment);
      if (!param) return segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      names.push(param[1] as string);
      return '([^/]+)';
    })
    .join('/');
  return { ...route, regex: new RegExp(`^${source}$`), names };
}

function matchParams(route: CompiledRoute, path: string): Params | undefined {
  const match = route.regex.exec(path);
  if (!match) return undefined;
  const params: Params = {};
  route.names.forEach((name, i) => (params[name] = match[i + 1] as string));
  return params;
}

/** Routes Graph requests by method and path, first match wins, answering Graph's own shapes for misses. */
export class Router {
  private readonly routes: CompiledRoute[];

  constructor(routes: Route[]) {
    this.routes = routes.map(compile);
  }

  find(method: string, path: string): { route: Route; params: Params } {
    let pathMatched = false;
    for (const route of this.routes) {
      const params = matchParams(route, path);
      if (!params) continue;
      pathMatched = true;
      if (route.method === method) return { route, params };
    }
    if (pathMatched) {
      throw new GraphError(
        405,
        'Request_BadRequest',
        `The HTTP method '${method}' is not allowed for '${path}'.`,
      );
    }
    const lastSegment = path.split('/').filter(Boolean).pop() ?? '';
    throw new GraphError(400, 'BadRequest', `Resource not found for the segment '${lastSegment}'.`);
  }
}

export function authorize(route: Route, req: GraphRequest): void {
  const { caller } = req;
  const { permissions } = route;
  const delegated = req.viaMe
    ? [...(permissions.delegated ?? []), ...(permissions.self ?? [])]
    : permissions.delegated;
  const allowed = caller.kind === 'app' ? permissions.app : delegated;
  if (!allowed) {
    const flow = caller.kind === 'app' ? 'application' : 'delegated';
    throw new GraphError(
      403,
      'Authorization_RequestDenied',
      `This operation is not supported with ${flow} permissions.`,
    );
  }
  const holds = (permission: string) => caller.permissions.includes(permission);
  const granted = (grant: Grant) => (typeof grant === 'string' ? holds(grant) : grant.every(holds));
  if (!allowed.some(granted)) {
    throw new GraphError(
      403,
      'Authorization_RequestDenied',
      'Insufficient privileges to complete the operation.',
    );
  }
}

export type Dispatch = (req: GraphRequest) => GraphResponse;
