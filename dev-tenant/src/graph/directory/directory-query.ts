import {
  collectPaths,
  filterToSql,
  orderByToSql,
  parseFilter,
  parseOrderBy,
  parseSearch,
  searchMatches,
} from '../../odata';
import type { FilterExpr, PropertyType } from '../../odata';
import { GraphError, unsupportedQuery } from '../../http/graph-error';
import type { GraphRequest } from '../../http/types';
import type { Db } from '../../store/database';

/**
 * A directory collection (users, groups) as the query layer sees it: a table with `lookup_id` and a JSON `doc`,
 * the properties `$filter` may name, and those `$orderby` takes without an advanced query.
 */
export interface DirectoryResource {
  /** The type name Graph puts in its messages: 'User', 'Group'. */
  name: string;
  table: 'users' | 'groups';
  filterable: Readonly<Record<string, Exclude<PropertyType, 'number'>>>;
  simpleOrderBy: readonly string[];
}

const ADVANCED_HINT =
  "Request with $search query parameter only works through MSGraph with a special request header: 'ConsistencyLevel: eventual'";

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

export interface DirectoryQuery {
  resource: DirectoryResource;
  where: string;
  params: unknown[];
  orderBy: string;
  search?: ReturnType<typeof parseSearch>;
  count: boolean;
  /** ConsistencyLevel: eventual and $count=true were both sent. */
  advanced: boolean;
}

function resolverOf(resource: DirectoryResource) {
  return (path: string[]) => {
    const name = path.join('/');
    const type = resource.filterable[name];
    return type ? { sql: `json_extract(doc, '$.${name}')`, type } : undefined;
  };
}

function assertFilterable(resource: DirectoryResource, path: string[]): void {
  const name = path.join('/');
  if (!(name in resource.filterable)) {
    throw unsupportedQuery(
      `Unsupported or invalid query filter clause specified for property '${name}' of resource '${resource.name}'.`,
    );
  }
}

function readCount(req: GraphRequest): { count: boolean; eventual: boolean } {
  const eventual = (req.headers.consistencylevel ?? '').toLowerCase() === 'eventual';
  const count = req.query.get('$count') === 'true';
  if (count && !eventual) {
    throw new GraphError(
      400,
      'Request_BadRequest',
      '$count is not currently supported without the header ConsistencyLevel: eventual.',
    );
  }
  return { count, eventual };
}

/** Reads $filter, $search, $orderby and $count, applying Graph's ConsistencyLevel rules (graph-facts.md). */
export function readDirectoryQuery(req: GraphRequest, resource: DirectoryResource): DirectoryQuery {
  const { count, eventual } = readCount(req);
  const advanced = eventual && count;
  const searchText = req.query.get('$search');
  if (searchText !== null && !eventual) throw unsupportedQuery(ADVANCED_HINT);
  const filterText = req.query.get('$filter');
  const filter = filterText ? parseFilter(filterText) : undefined;
  if (filter) collectPaths(filter).forEach((path) => assertFilterable(resource, path));
  if (filter && usesAdvancedOperators(filter) && !advanced) {
    throw unsupportedQuery(
      "Unsupported query. Operators 'ne', 'not' and 'endsWith' need ConsistencyLevel: eventual and $count=true.",
    );
  }
  const where = filter ? filterToSql(filter, resolverOf(resource)) : { sql: '1', params: [] };
  return {
    resource,
    where: where.sql,
    params: where.params,
    orderBy: readOrderBy(req, resource, Boolean(filter), advanced),
    search: searchText !== null ? parseSearch(searchText) : undefined,
    count,
    advanced,
  };
}

function readOrderBy(
  req: GraphRequest,
  resource: DirectoryResource,
  filtered: boolean,
  advanced: boolean,
): string {
  const text = req.query.get('$orderby');
  if (!text) return 'lookup_id';
  const items = parseOrderBy(text);
  const simple = items.every((i) => resource.simpleOrderBy.includes(i.path.join('/')));
  if ((!simple || filtered) && !advanced) {
    throw unsupportedQuery(
      'Sorting not supported for current query. $orderby with $filter, or on other properties, needs ConsistencyLevel: eventual and $count=true.',
    );
  }
  return `${orderByToSql(items, resolverOf(resource))}, lookup_id`;
}

export interface DirectoryPage<T> {
  page: T[];
  total: number;
  more: boolean;
}

/**
 * Runs the query over the resource's table, or over `scope` (a subquery of ids: a group's members, a user's
 * groups), reading one row past the page to know whether another follows; $search is tokenised word-prefix
 * matching, done after SQL narrowed the rows.
 */
export function runDirectoryQuery<T extends Record<string, unknown>>(
  db: Db,
  query: DirectoryQuery,
  offset: number,
  limit: number,
  scope?: { sql: string; params: unknown[] },
): DirectoryPage<T> {
  const { table } = query.resource;
  const scoped = scope ? ` AND id IN (${scope.sql})` : '';
  const params = [...query.params, ...(scope?.params ?? [])];
  const from = `FROM ${table} WHERE (${query.where})${scoped}`;
  const sql = `SELECT doc ${from} ORDER BY ${query.orderBy}`;
  type Row = { doc: string };
  const parse = (rows: Row[]) => rows.map((r) => JSON.parse(r.doc) as T);
  if (!query.search) {
    const rows = parse(db.prepare(`${sql} LIMIT ? OFFSET ?`).all(...params, limit + 1, offset) as Row[]);
    const total = query.count
      ? (db.prepare(`SELECT COUNT(*) AS n ${from}`).get(...params) as { n: number }).n
      : -1;
    return { page: rows.slice(0, limit), total, more: rows.length > limit };
  }
  const search = query.search;
  const matching = parse(db.prepare(sql).all(...params) as Row[]).filter((row) =>
    searchMatches(search, (prop) => row[prop]),
  );
  return {
    page: matching.slice(offset, offset + limit),
    total: matching.length,
    more: offset + limit < matching.length,
  };
}
