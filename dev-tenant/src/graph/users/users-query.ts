import {
  filterToSql,
  orderByToSql,
  parseFilter,
  parseOrderBy,
  parseSearch,
  searchMatches,
  collectPaths,
} from '../../odata';
import type { FilterExpr } from '../../odata';
import { GraphError, unsupportedQuery } from '../../http/graph-error';
import type { GraphRequest } from '../../http/types';
import type { Db } from '../../store/database';
import { assertFilterable, FILTERABLE_TYPES, type UserDoc } from './user-properties';

const ADVANCED_HINT =
  "Request with $search query parameter only works through MSGraph with a special request header: 'ConsistencyLevel: eventual'";

const resolveUserPath = (path: string[]) => {
  const name = path.join('/');
  const type = FILTERABLE_TYPES[name];
  return type ? { sql: `json_extract(doc, '$.${name}')`, type } : undefined;
};

/** ne, not and endsWith are "advanced queries": Graph wants ConsistencyLevel: eventual and $count=true. */
function usesAdvancedOperators(expr: FilterExpr): boolean {
  switch (expr.kind) {
    case 'comparison':
      return expr.operator === 'ne';
    case 'function':
      return expr.name !== 'startswith';
    case 'not':
      return true;
    case 'and':
    case 'or':
      return usesAdvancedOperators(expr.left) || usesAdvancedOperators(expr.right);
    default:
      return false;
  }
}

export interface UserQuery {
  where: string;
  params: unknown[];
  orderBy: string;
  search?: ReturnType<typeof parseSearch>;
  count: boolean;
}

/** Reads $filter, $search, $orderby and $count, applying Graph's ConsistencyLevel rules (graph-facts.md). */
export function readUserQuery(req: GraphRequest): UserQuery {
  const eventual = (req.headers.consistencylevel ?? '').toLowerCase() === 'eventual';
  const count = req.query.get('$count') === 'true';
  const advanced = eventual && count;
  if (count && !eventual) {
    throw new GraphError(
      400,
      'Request_BadRequest',
      '$count is not currently supported without the header ConsistencyLevel: eventual.',
    );
  }
  const searchText = req.query.get('$search');
  if (searchText !== null && !eventual) throw unsupportedQuery(ADVANCED_HINT);
  const filterText = req.query.get('$filter');
  const filter = filterText ? parseFilter(filterText) : undefined;
  if (filter) collectPaths(filter).forEach(assertFilterable);
  if (filter && usesAdvancedOperators(filter) && !advanced) {
    throw unsupportedQuery(
      "Unsupported query. Operators 'ne', 'not' and 'endsWith' need ConsistencyLevel: eventual and $count=true.",
    );
  }
  const where = filter ? filterToSql(filter, resolveUserPath) : { sql: '1', params: [] };
  return {
    where: where.sql,
    params: where.params,
    orderBy: readOrderBy(req, Boolean(filter), advanced),
    search: searchText !== null ? parseSearch(searchText) : undefined,
    count,
  };
}

function readOrderBy(req: GraphRequest, filtered: boolean, advanced: boolean): string {
  const text = req.query.get('$orderby');
  if (!text) return 'lookup_id';
  const items = parseOrderBy(text);
  const simple = items.every((i) => ['displayName', 'userPrincipalName'].includes(i.path.join('/')));
  if ((!simple || filtered) && !advanced) {
    throw unsupportedQuery(
      'Sorting not supported for current query. $orderby with $filter, or on other properties, needs ConsistencyLevel: eventual and $count=true.',
    );
  }
  return `${orderByToSql(items, resolveUserPath)}, lookup_id`;
}

/**
 * Runs the query, reading one row past the page to know whether another page follows;
 * $search is tokenised word-prefix matching, done after SQL narrowed the rows.
 */
export function runUserQuery(db: Db, query: UserQuery, offset: number, limit: number): UserPage {
  const sql = `SELECT doc FROM users WHERE ${query.where} ORDER BY ${query.orderBy}`;
  const parse = (rows: Array<{ doc: string }>) => rows.map((r) => JSON.parse(r.doc) as UserDoc);
  if (!query.search) {
    const rows = parse(
      db.prepare(`${sql} LIMIT ? OFFSET ?`).all(...query.params, limit + 1, offset) as Array<{ doc: string }>,
    );
    const total = query.count ? countUsers(db, query) : -1;
    return { page: rows.slice(0, limit), total, more: rows.length > limit };
  }
  const search = query.search;
  const matching = parse(db.prepare(sql).all(...query.params) as Array<{ doc: string }>).filter((user) =>
    searchMatches(search, (prop) => user[prop]),
  );
  return {
    page: matching.slice(offset, offset + limit),
    total: matching.length,
    more: offset + limit < matching.length,
  };
}

export interface UserPage {
  page: UserDoc[];
  total: number;
  more: boolean;
}

function countUsers(db: Db, query: UserQuery): number {
  return (
    db.prepare(`SELECT COUNT(*) AS n FROM users WHERE ${query.where}`).get(...query.params) as { n: number }
  ).n;
}
