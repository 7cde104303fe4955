import { GraphError } from '../http/graph-error';
import type { GraphRequest } from '../http/types';
import { encodeToken } from '../store/delta';

/** Directory collections (users, groups, members, memberOf) page by 100 by default, by at most 999. */
export const DIRECTORY_PAGE = { default: 100, max: 999 };

/** Offset paging behind an opaque `$skiptoken`, the way Graph hands out `@odata.nextLink`. */
export function readSkipToken(req: GraphRequest): number {
  const token = req.query.get('$skiptoken');
  if (token === null) return 0;
  try {
    const value = JSON.parse(Buffer.from(token, 'base64url').toString('utf8')) as { o?: unknown };
    if (typeof value.o === 'number' && Number.isInteger(value.o) && value.o >= 0) return value.o;
  } catch {
    // answered below
  }
  throw new GraphError(400, 'Request_BadRequest', `The value of $skiptoken '${token}' is invalid.`);
}

export function nextLink(graphBaseUrl: string, req: GraphRequest, offset: number): string {
  const params = new URLSearchParams(req.query);
  params.set('$skiptoken', encodeToken({ o: offset }));
  return `${graphBaseUrl}${encodePath(req.path)}?${formatQuery(params)}`;
}

/** Keeps `$` and `,` readable in links, as Graph's own links do. */
export function formatQuery(params: URLSearchParams): string {
  return params.toString().replace(/%24/g, '$').replace(/%2C/g, ',');
}

export function encodePath(path: string): string {
  return path
    .split('/')
    .map((segment) =>
      encodeURIComponent(segment).replace(/%24/g, '$').replace(/%40/g, '@').replace(/%2C/g, ','),
    )
    .join('/');
}

export function pageSize(
  req: GraphRequest,
  defaults: { default: number; max: number },
  parseTop: (text: string, opts: { max: number }) => number,
): number {
  const top = req.query.get('$top');
  if (top !== null) return parseTop(top, { max: defaults.max });
  const prefer = /odata\.maxpagesize=(\d+)/.exec(req.headers.prefer ?? '');
  return prefer ? Math.min(Number(prefer[1]), defaults.max) : defaults.default;
}
