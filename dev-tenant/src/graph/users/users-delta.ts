import type { TenantContext } from '../../context';
import type { GraphRequest, GraphResponse, Route } from '../../http/types';
import {
  changedSince,
  cursorFromDeltaToken,
  decodeCursor,
  encodeToken,
  freshCursor,
  type DeltaCursor,
} from '../../store/delta';
import { latestChangeSeq } from '../../store/database';
import { checkSelectable, projectUser, type UserDoc } from './user-properties';
import { getUsersByIds, USERS_SCOPE } from './users-store';
import { readSelect, USER_READ } from './user-access';

const PAGE = 200;

function startCursor(ctx: TenantContext, req: GraphRequest): DeltaCursor | 'latest' {
  const skip = req.query.get('$skiptoken');
  if (skip) return decodeCursor(skip);
  const delta = req.query.get('$deltatoken') ?? req.query.get('$deltaToken');
  if (delta === 'latest') return 'latest';
  return delta ? cursorFromDeltaToken(ctx.db, USERS_SCOPE, delta) : freshCursor(ctx.db);
}

/** The first round lists everyone who exists; later rounds replay the change log, deletions as `@removed`. */
function pageOf(
  ctx: TenantContext,
  cursor: DeltaCursor,
): { entries: Array<UserDoc | { id: string; removed: true }>; more: boolean } {
  if (cursor.from === 0) {
    const rows = ctx.db
      .prepare('SELECT doc FROM users ORDER BY lookup_id LIMIT ? OFFSET ?')
      .all(PAGE + 1, cursor.offset) as Array<{ doc: string }>;
    return {
      entries: rows.slice(0, PAGE).map((r) => JSON.parse(r.doc) as UserDoc),
      more: rows.length > PAGE,
    };
  }
  const changes = changedSince(ctx.db, USERS_SCOPE, cursor, PAGE + 1);
  const current = getUsersByIds(
    ctx.db,
    changes.map((c) => c.id),
  );
  const entries = changes
    .slice(0, PAGE)
    .map((c) => current.get(c.id) ?? { id: c.id, removed: true as const });
  return { entries, more: changes.length > PAGE };
}

function usersDelta(ctx: TenantContext, req: GraphRequest): GraphResponse {
  const select = readSelect(req);
  if (select) checkSelectable(select, false);
  const base = `${ctx.graphBaseUrl}/users/delta?${select ? `$select=${select.join(',')}&` : ''}`;
  const cursor = startCursor(ctx, req);
  const body: Record<string, unknown> = {
    // user-delta.md: `#users` for the default property set, `#users(a,b)` for a $select.
    '@odata.context': `${ctx.graphBaseUrl}/$metadata#users${select ? `(${select.join(',')})` : ''}`,
  };
  if (cursor === 'latest') {
    return {
      status: 200,
      body: {
        ...body,
        value: [],
        '@odata.deltaLink': `${base}$deltatoken=${encodeToken({ seq: latestChangeSeq(ctx.db) })}`,
      },
    };
  }
  const { entries, more } = pageOf(ctx, cursor);
  body.value = entries.map((entry) =>
    'removed' in entry
      ? { '@odata.type': '#microsoft.graph.user', id: entry.id, '@removed': { reason: 'changed' } }
      : { ...projectUser(entry, select), id: entry.id },
  );
  if (more)
    body['@odata.nextLink'] = `${base}$skiptoken=${encodeToken({ ...cursor, offset: cursor.offset + PAGE })}`;
  else body['@odata.deltaLink'] = `${base}$deltatoken=${encodeToken({ seq: cursor.to })}`;
  return { status: 200, body };
}

export function usersDeltaRoute(ctx: TenantContext): Route {
  return {
    method: 'GET',
    pattern: '/users/delta',
    permissions: USER_READ,
    handler: (req) => usersDelta(ctx, req),
  };
}
