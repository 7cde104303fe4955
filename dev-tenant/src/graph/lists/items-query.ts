import { collectPaths, filterToSql, orderByToSql, parseFilter, parseOrderBy } from '../../odata';
import type { TenantContext } from '../../context';
import { badRequest } from '../../http/graph-error';
import type { GraphRequest } from '../../http/types';
import type { ColumnDef } from './columns';
import type { ItemDoc, StoredItem } from './items-store';
import { fieldSql, type ListDoc } from './lists-store';

const HONOR_NON_INDEXED = 'HonorNonIndexedQueriesWarningMayFailRandomly';

// SharePoint date-times are compared as quoted ISO strings in list item filters
// (`fields/Due ge '2026-01-01T00:00:00Z'`); values are stored normalised to UTC seconds, so text order is time order.
type SqlType = 'string' | 'number' | 'boolean';
const COLUMN_TYPES: Partial<Record<ColumnDef['type'], SqlType>> = {
  text: 'string',
  choice: 'string',
  number: 'number',
  boolean: 'boolean',
  dateTime: 'string',
};
// SharePoint's own fields, by the name a $filter uses, with the column that governs indexing.
const SYSTEM_FIELDS: Record<string, { field: string; column: string; type: SqlType }> = {
  created: { field: 'Created', column: 'Created', type: 'string' },
  modified: { field: 'Modified', column: 'Modified', type: 'string' },
  authorlookupid: { field: 'AuthorLookupId', column: 'Author', type: 'string' },
  editorlookupid: { field: 'EditorLookupId', column: 'Editor', type: 'string' },
};

interface ResolvedField {
  column: ColumnDef;
  sql: string;
  type: SqlType | 'number';
}

function resolveField(list: ListDoc, path: string[]): ResolvedField | undefined {
  if (path.length !== 2 || path[0] !== 'fields') return undefined;
  const name = path[1]!.toLowerCase();
  const byName = (n: string) => list.columns.find((c) => c.name.toLowerCase() === n.toLowerCase());
  if (name === 'id') return { column: byName('ID')!, sql: 'id', type: 'number' };
  const system = SYSTEM_FIELDS[name];
  if (system) return { column: byName(system.column)!, sql: fieldSql(system.field), type: system.type };
  const column = byName(name);
  const type = column ? COLUMN_TYPES[column.type] : undefined;
  return column && type ? { column, sql: fieldSql(column.name), type } : undefined;
}

const resolver = (list: ListDoc) => (path: string[]) => {
  const field = resolveField(list, path);
  return field ? { sql: field.sql, type: field.type } : undefined;
};

/** SharePoint refuses $filter/$orderby on non-indexed columns unless the caller accepts the risk (graph-facts.md). */
function checkIndexed(list: ListDoc, paths: string[][], prefer: string): void {
  if (prefer.includes(HONOR_NON_INDEXED)) return;
  for (const path of paths) {
    const column = resolveField(list, path)?.column;
    if (column && !column.indexed) {
      throw badRequest(
        `Field '${column.name}' cannot be referenced in filter or orderby as it is not indexed. Provide the 'Prefer: ${HONOR_NON_INDEXED}' header to allow this, but be warned that such queries may fail on large lists.`,
      );
    }
  }
}

export interface ItemQuery {
  where: string;
  params: unknown[];
  orderBy: string;
}

export function readItemQuery(list: ListDoc, req: GraphRequest): ItemQuery {
  const resolve = resolver(list);
  const filterText = req.query.get('$filter');
  const orderText = req.query.get('$orderby');
  const filter = filterText ? parseFilter(filterText) : undefined;
  const order = orderText ? parseOrderBy(orderText) : [];
  checkIndexed(
    list,
    [...(filter ? collectPaths(filter) : []), ...order.map((o) => o.path)],
    req.headers.prefer ?? '',
  );
  const where = filter ? filterToSql(filter, resolve) : { sql: '1', params: [] };
  return {
    where: where.sql,
    params: where.params,
    orderBy: order.length ? `${orderByToSql(order, resolve)}, id` : 'id',
  };
}

/** One row more than the page tells whether a next page exists without counting the whole list. */
export function runItemQuery(
  ctx: TenantContext,
  list: ListDoc,
  query: ItemQuery,
  offset: number,
  limit: number,
) {
  const rows = ctx.db
    .prepare(
      `SELECT id, version, doc FROM items WHERE list_id = ? AND (${query.where}) ORDER BY ${query.orderBy} LIMIT ? OFFSET ?`,
    )
    .all(list.id, ...query.params, limit + 1, offset) as Array<{ id: number; version: number; doc: string }>;
  const items: StoredItem[] = rows
    .slice(0, limit)
    .map((r) => ({ id: r.id, version: r.version, doc: JSON.parse(r.doc) as ItemDoc }));
  return { items, more: rows.length > limit };
}
