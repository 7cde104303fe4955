import { z } from 'zod';
import { parseExpand, parseTop } from '../../odata';
import type { TenantContext } from '../../context';

import type { GraphRequest, GraphResponse, Params, Route } from '../../http/types';
import { parseBody } from '../../http/validate';
import { nextLink, pageSize, readSkipToken } from '../paging';
import { requireSite } from '../sites/sites-store';
import { validateFields } from './fields';
import { itemsDelta } from './items-delta';
import { readItemQuery, runItemQuery } from './items-query';
import { fieldsResource, itemResource } from './items-resource';
import { createItem, deleteItem, requireItem, updateItem } from './items-store';
import { requireList, type ListDoc } from './lists-store';
import { SITE_READ, SITE_WRITE } from './permissions';

const listOf = (ctx: TenantContext, p: Params): ListDoc =>
  requireList(ctx, requireSite(ctx, p.site!).id, p.list!);

/** `$expand=fields` or `fields(select=A,B)`: true for all fields, a name list for a selection. */
function expandedFields(req: GraphRequest): string[] | true | undefined {
  const text = req.query.get('$expand');
  if (!text) return undefined;
  const fields = parseExpand(text).find((e) => e.name === 'fields');
  return fields ? (fields.select ?? true) : undefined;
}

const contextOf = (ctx: TenantContext, list: ListDoc, tail: string) =>
  `${ctx.graphBaseUrl}/$metadata#sites('${list.siteId}')/lists('${list.id}')/${tail}`;

function listItems(ctx: TenantContext, req: GraphRequest, p: Params): GraphResponse {
  const list = listOf(ctx, p);
  const query = readItemQuery(list, req);
  const offset = readSkipToken(req);
  const limit = pageSize(req, { default: 200, max: 5000 }, parseTop);
  const { items, more } = runItemQuery(ctx, list, query, offset, limit);
  const expand = expandedFields(req);
  const body: Record<string, unknown> = {
    '@odata.context': contextOf(ctx, list, 'items'),
    value: items.map((item) => itemResource(ctx, list, item, expand)),
  };
  if (more) body['@odata.nextLink'] = nextLink(ctx.graphBaseUrl, req, offset + limit);
  return { status: 200, body };
}

function getOneItem(ctx: TenantContext, req: GraphRequest, p: Params): GraphResponse {
  const list = listOf(ctx, p);
  const item = requireItem(ctx, list, p.item!);
  return {
    status: 200,
    body: {
      '@odata.context': contextOf(ctx, list, 'items/$entity'),
      ...itemResource(ctx, list, item, expandedFields(req)),
    },
  };
}

function getItemFields(ctx: TenantContext, p: Params): GraphResponse {
  const list = listOf(ctx, p);
  const item = requireItem(ctx, list, p.item!);
  return {
    status: 200,
    body: {
      '@odata.context': contextOf(ctx, list, `items('${item.id}')/fields/$entity`),
      ...fieldsResource(list, item),
    },
  };
}

const createItemSchema = z.strictObject({ fields: z.record(z.string(), z.unknown()) });
const fieldsSchema = z.record(z.string(), z.unknown());

function postItem(ctx: TenantContext, req: GraphRequest, p: Params): GraphResponse {
  const list = listOf(ctx, p);
  const values = validateFields(list.columns, parseBody(createItemSchema, req.body).fields, 'create');
  const item = createItem(ctx, list, values, req.caller);
  return {
    status: 201,
    body: { '@odata.context': contextOf(ctx, list, 'items/$entity'), ...itemResource(ctx, list, item, true) },
  };
}

function patchFields(ctx: TenantContext, req: GraphRequest, p: Params): GraphResponse {
  const list = listOf(ctx, p);
  const values = validateFields(list.columns, parseBody(fieldsSchema, req.body), 'update');
  const item = updateItem(ctx, list, p.item!, values, req.caller, req.headers['if-match']);
  return {
    status: 200,
    headers: { ETag: fieldsResource(list, item)['@odata.etag'] as string },
    body: {
      '@odata.context': contextOf(ctx, list, `items('${item.id}')/fields/$entity`),
      ...fieldsResource(list, item),
    },
  };
}

function removeItem(ctx: TenantContext, req: GraphRequest, p: Params): GraphResponse {
  const list = listOf(ctx, p);
  deleteItem(ctx, list, p.item!, req.headers['if-match']);
  return { status: 204 };
}

export function itemRoutes(ctx: TenantContext): Route[] {
  const items = '/sites/{site}/lists/{list}/items';
  const item = `${items}/{item}`;
  return [
    {
      method: 'GET',
      pattern: `${items}/delta`,
      permissions: SITE_READ,
      handler: (r, p) => itemsDelta(ctx, r, listOf(ctx, p)),
    },
    { method: 'GET', pattern: items, permissions: SITE_READ, handler: (r, p) => listItems(ctx, r, p) },
    { method: 'POST', pattern: items, permissions: SITE_WRITE, handler: (r, p) => postItem(ctx, r, p) },
    { method: 'GET', pattern: item, permissions: SITE_READ, handler: (r, p) => getOneItem(ctx, r, p) },
    { method: 'DELETE', pattern: item, permissions: SITE_WRITE, handler: (r, p) => removeItem(ctx, r, p) },
    {
      method: 'GET',
      pattern: `${item}/fields`,
      permissions: SITE_READ,
      handler: (_r, p) => getItemFields(ctx, p),
    },
    {
      method: 'PATCH',
      pattern: `${item}/fields`,
      permissions: SITE_WRITE,
      handler: (r, p) => patchFields(ctx, r, p),
    },
  ];
}
