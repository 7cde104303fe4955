import { parseTop } from '../../odata';
import type { TenantContext } from '../../context';
import { GraphError } from '../../http/graph-error';
import type { GraphRequest, GraphResponse, Route } from '../../http/types';
import { readDirectoryQuery, runDirectoryQuery } from '../directory/directory-query';
import { DIRECTORY_PAGE, nextLink, pageSize, readSkipToken } from '../paging';
import { readSelect } from '../users/user-access';
import { GROUP_READ, requireGroup } from './group-access';
import { checkGroupSelectable, GROUPS, projectGroup, type GroupDoc } from './group-properties';
import { membershipRoutes } from './membership-routes';

function contextUrl(ctx: TenantContext, select: string[] | undefined, suffix = ''): string {
  return `${ctx.graphBaseUrl}/$metadata#groups${select ? `(${select.join(',')})` : ''}${suffix}`;
}

function listGroups(ctx: TenantContext, req: GraphRequest): GraphResponse {
  const select = readSelect(req);
  if (select) checkGroupSelectable(select);
  const query = readDirectoryQuery(req, GROUPS);
  const offset = readSkipToken(req);
  const limit = pageSize(req, DIRECTORY_PAGE, parseTop);
  const { page, total, more } = runDirectoryQuery<GroupDoc>(ctx.db, query, offset, limit);
  const body: Record<string, unknown> = { '@odata.context': contextUrl(ctx, select) };
  if (query.count && offset === 0) body['@odata.count'] = total;
  body.value = page.map((group) => projectGroup(group, select));
  if (more) body['@odata.nextLink'] = nextLink(ctx.graphBaseUrl, req, offset + limit);
  return { status: 200, body };
}

function countGroups(ctx: TenantContext, req: GraphRequest): GraphResponse {
  if ((req.headers.consistencylevel ?? '').toLowerCase() !== 'eventual') {
    throw new GraphError(
      400,
      'Request_BadRequest',
      '$count is not currently supported without the header ConsistencyLevel: eventual.',
    );
  }
  const query = readDirectoryQuery(req, GROUPS);
  const { total } = runDirectoryQuery(ctx.db, { ...query, count: true }, 0, 1);
  return { status: 200, text: String(total) };
}

function getOneGroup(ctx: TenantContext, req: GraphRequest, id: string): GraphResponse {
  const select = readSelect(req);
  if (select) checkGroupSelectable(select);
  const group = requireGroup(ctx, id);
  return {
    status: 200,
    body: { '@odata.context': contextUrl(ctx, select, '/$entity'), ...projectGroup(group, select) },
  };
}

export function groupRoutes(ctx: TenantContext): Route[] {
  return [
    {
      method: 'GET',
      pattern: '/groups/$count',
      permissions: GROUP_READ,
      handler: (req) => countGroups(ctx, req),
    },
    { method: 'GET', pattern: '/groups', permissions: GROUP_READ, handler: (req) => listGroups(ctx, req) },
    {
      method: 'GET',
      pattern: '/groups/{id}',
      permissions: GROUP_READ,
      handler: (req, p) => getOneGroup(ctx, req, p.id!),
    },
    ...membershipRoutes(ctx),
  ];
}
