import { parseTop } from '../../odata';
import type { TenantContext } from '../../context';
import { GraphError } from '../../http/graph-error';
import type { GraphRequest, GraphResponse } from '../../http/types';
import { latestChangeSeq } from '../../store/database';
import {
  changedSince,
  cursorFromDeltaToken,
  decodeCursor,
  encodeToken,
  freshCursor,
  type DeltaCursor,
} from '../../store/delta';
import { encodePath, pageSize } from '../paging';
import { itemResource } from './items-resource';
import { getItem, listScope, type ItemDoc, type StoredItem } from './items-store';
import type { ListDoc } from './lists-store';

/** listitem-delta.md: `$top` sets the page size; without it pages hold 200 items. */
const PAGE = { default: 200, max: 5000 };

function startCursor(
  ctx: TenantContext,
  req: GraphRequest,
  list: ListDoc,
  freshLink: string,
): DeltaCursor | 'latest' {
  const skip = req.query.get('$skiptoken');
  if (skip) return decodeCursor(skip);
  const token = req.query.get('token');
  if (token === 'latest') return 'latest';
  if (!token) return freshCursor(ctx.db);
  try {
    return cursorFromDeltaToken(ctx.db, listScope(list.id), token);
  } catch (error) {
    // listitem-delta.md: the 410 carries a Location header with a link that starts a fresh enumeration.
    if (error instanceof GraphError && error.status === 410) {
      throw new GraphError(error.status, error.code, error.message, { Location: freshLink });
    }
    throw error;
  }
}

type Entry = StoredItem | { id: string; deleted: true };

function pageOf(
  ctx: TenantContext,
  list: ListDoc,
  cursor: DeltaCursor,
  limit: number,
): { entries: Entry[]; more: boolean } {
  if (cursor.from === 0) {
    const rows = ctx.db
      .prepare('SELECT id, version, doc FROM items WHERE list_id = ? ORDER BY id LIMIT ? OFFSET ?')
      .all(list.id, limit + 1, cursor.offset) as Array<{ id: number; version: number; doc: string }>;
    const entries = rows
      .slice(0, limit)
      .map((r) => ({ id: r.id, version: r.version, doc: JSON.parse(r.doc) as ItemDoc }));
    return { entries, more: rows.length > limit };
  }
  const changes = changedSince(ctx.db, listScope(list.id), cursor, limit + 1);
  const entries = changes
    .slice(0, limit)
    .map((c) => getItem(ctx, list, c.id) ?? { id: c.id, deleted: true as const });
  return { entries, more: changes.length > limit };
}

/** GET .../items/delta: first everything, then what changed; deletions as `deleted: {state: 'deleted'}`. */
export function itemsDelta(ctx: TenantContext, req: GraphRequest, list: ListDoc): GraphResponse {
  const base = `${ctx.graphBaseUrl}${encodePath(`/sites/${list.siteId}/lists/${list.id}/items/delta`)}`;
  const expand = req.query.get('$expand');
  const limit = pageSize(req, PAGE, parseTop);
  const topPart = req.query.has('$top') ? `$top=${limit}&` : '';
  const expandPart = `${expand ? `$expand=${encodeURIComponent(expand)}&` : ''}${topPart}`;
  const body: Record<string, unknown> = {
    '@odata.context': `${ctx.graphBaseUrl}/$metadata#Collection(listItem)`,
  };
  const cursor = startCursor(ctx, req, list, `${base}${expandPart ? `?${expandPart.slice(0, -1)}` : ''}`);
  if (cursor === 'latest') {
    return {
      status: 200,
      body: {
        ...body,
        value: [],
        '@odata.deltaLink': `${base}?${expandPart}token=${encodeToken({ seq: latestChangeSeq(ctx.db) })}`,
      },
    };
  }
  const { entries, more } = pageOf(ctx, list, cursor, limit);
  const fields = expand?.startsWith('fields') ? true : undefined;
  body.value = entries.map((e) =>
    'deleted' in e ? { id: e.id, deleted: { state: 'deleted' } } : itemResource(ctx, list, e, fields),
  );
  if (more)
    body['@odata.nextLink'] =
      `${base}?${expandPart}$skiptoken=${encodeToken({ ...cursor, offset: cursor.offset + limit })}`;
  else body['@odata.deltaLink'] = `${base}?${expandPart}token=${encodeToken({ seq: cursor.to })}`;
  return { status: 200, body };
}
