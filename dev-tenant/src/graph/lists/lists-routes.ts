import { z } from 'zod';
import { parseExpand } from '../../odata';
import type { TenantContext } from '../../context';
import type { GraphRequest, GraphResponse, Route } from '../../http/types';
import { parseBody } from '../../http/validate';
import { requireSite } from '../sites/sites-store';
import { columnInputSchema, columnResource, defineColumn } from './columns';
import { insertList, listResource, listsOfSite, requireList, saveList, type ListDoc } from './lists-store';
import { SITE_MANAGE, SITE_READ } from './permissions';
import { GraphError } from '../../http/graph-error';

const createListSchema = z.strictObject({
  displayName: z.string().min(1).max(255),
  description: z.string().max(1000).optional(),
  columns: z.array(columnInputSchema).max(200).optional(),
  list: z
    .strictObject({
      template: z.literal('genericList', 'only genericList lists are supported').optional(),
      contentTypesEnabled: z.boolean().optional(),
      hidden: z.boolean().optional(),
    })
    .optional(),
});

const siteContext = (ctx: TenantContext, siteId: string, tail: string) =>
  `${ctx.graphBaseUrl}/$metadata#sites('${siteId}')/${tail}`;

function getSite(ctx: TenantContext, id: string): GraphResponse {
  const site = requireSite(ctx, id);
  return { status: 200, body: { '@odata.context': `${ctx.graphBaseUrl}/$metadata#sites/$entity`, ...site } };
}

function withColumns(req: GraphRequest, list: ListDoc, resource: Record<string, unknown>) {
  const expand = req.query.get('$expand');
  const wantsColumns = expand ? parseExpand(expand).some((e) => e.name === 'columns') : false;
  return wantsColumns ? { ...resource, columns: list.columns.map(columnResource) } : resource;
}

function getLists(ctx: TenantContext, req: GraphRequest, siteId: string): GraphResponse {
  const site = requireSite(ctx, siteId);
  const value = listsOfSite(ctx, site.id).map((l) => withColumns(req, l, listResource(ctx, l)));
  return { status: 200, body: { '@odata.context': siteContext(ctx, site.id, 'lists'), value } };
}

function getList(ctx: TenantContext, req: GraphRequest, siteId: string, listId: string): GraphResponse {
  const site = requireSite(ctx, siteId);
  const list = requireList(ctx, site.id, listId);
  return {
    status: 200,
    body: {
      '@odata.context': siteContext(ctx, site.id, 'lists/$entity'),
      ...withColumns(req, list, listResource(ctx, list)),
    },
  };
}

function createList(ctx: TenantContext, req: GraphRequest, siteId: string): GraphResponse {
  const site = requireSite(ctx, siteId);
  const input = parseBody(createListSchema, req.body);
  const columns = (input.columns ?? []).map(defineColumn);
  const names = new Set<string>();
  for (const column of columns) {
    if (names.has(column.name.toLowerCase()))
      throw new GraphError(400, 'invalidRequest', `Column '${column.name}' is defined twice.`);
    names.add(column.name.toLowerCase());
  }
  const list = ctx.db.transaction(() =>
    insertList(
      ctx,
      site,
      { displayName: input.displayName, description: input.description, template: 'genericList', columns },
      req.caller,
    ),
  )();
  return {
    status: 201,
    body: { '@odata.context': siteContext(ctx, site.id, 'lists/$entity'), ...listResource(ctx, list) },
  };
}

function getColumns(ctx: TenantContext, siteId: string, listId: string): GraphResponse {
  const list = requireList(ctx, requireSite(ctx, siteId).id, listId);
  return {
    status: 200,
    body: {
      '@odata.context': siteContext(ctx, list.siteId, `lists('${list.id}')/columns`),
      value: list.columns.map(columnResource),
    },
  };
}

function addColumn(ctx: TenantContext, req: GraphRequest, siteId: string, listId: string): GraphResponse {
  const list = requireList(ctx, requireSite(ctx, siteId).id, listId);
  const column = defineColumn(parseBody(columnInputSchema, req.body));
  if (list.columns.some((c) => c.name.toLowerCase() === column.name.toLowerCase())) {
    throw new GraphError(
      409,
      'nameAlreadyExists',
      `A column named '${column.name}' already exists in this list.`,
    );
  }
  saveList(ctx, { ...list, columns: [...list.columns, column] });
  return {
    status: 201,
    body: {
      '@odata.context': siteContext(ctx, list.siteId, `lists('${list.id}')/columns/$entity`),
      ...columnResource(column),
    },
  };
}

export function listRoutes(ctx: TenantContext): Route[] {
  const base = '/sites/{site}/lists/{list}';
  return [
    {
      method: 'GET',
      pattern: '/sites/{site}',
      permissions: SITE_READ,
      handler: (_r, p) => getSite(ctx, p.site!),
    },
    {
      method: 'GET',
      pattern: '/sites/{site}/lists',
      permissions: SITE_READ,
      handler: (r, p) => getLists(ctx, r, p.site!),
    },
    {
      method: 'POST',
      pattern: '/sites/{site}/lists',
      permissions: SITE_MANAGE,
      handler: (r, p) => createList(ctx, r, p.site!),
    },
    {
      method: 'GET',
      pattern: base,
      permissions: SITE_READ,
      handler: (r, p) => getList(ctx, r, p.site!, p.list!),
    },
    {
      method: 'GET',
      pattern: `${base}/columns`,
      permissions: SITE_READ,
      handler: (_r, p) => getColumns(ctx, p.site!, p.list!),
    },
    {
      method: 'POST',
      pattern: `${base}/columns`,
      permissions: SITE_MANAGE,
      handler: (r, p) => addColumn(ctx, r, p.site!, p.list!),
    },
  ];
}
