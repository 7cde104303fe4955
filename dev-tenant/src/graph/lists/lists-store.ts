import { randomUUID } from 'node:crypto';
import type { TenantContext } from '../../context';
import { isoSeconds } from '../../context';
import { GraphError, notFound } from '../../http/graph-error';
import type { Caller } from '../../http/types';
import type { SiteDoc } from '../sites/sites-store';
import { builtInColumns, type ColumnDef } from './columns';
import { identityOf } from './identity';

export interface ListDoc {
  id: string;
  siteId: string;
  name: string;
  displayName: string;
  description: string;
  webUrl: string;
  createdDateTime: string;
  lastModifiedDateTime: string;
  createdBy: Record<string, unknown>;
  template: string;
  columns: ColumnDef[];
}

export function findList(ctx: TenantContext, siteId: string, idOrTitle: string): ListDoc | undefined {
  const row = ctx.db
    .prepare('SELECT doc FROM lists WHERE site_id = ? AND (id = ? OR display_name = ?)')
    .get(siteId, idOrTitle.toLowerCase(), idOrTitle) as { doc: string } | undefined;
  return row ? (JSON.parse(row.doc) as ListDoc) : undefined;
}

/** Lists are addressed by id or, as Graph allows, by their title. */
export function requireList(ctx: TenantContext, siteId: string, idOrTitle: string): ListDoc {
  const list = findList(ctx, siteId, idOrTitle);
  if (!list)
    throw notFound(`List '${idOrTitle}' does not exist at site with URL '${siteId}'.`, 'itemNotFound');
  return list;
}

export function listsOfSite(ctx: TenantContext, siteId: string): ListDoc[] {
  const rows = ctx.db.prepare('SELECT doc FROM lists WHERE site_id = ? ORDER BY rowid').all(siteId) as Array<{
    doc: string;
  }>;
  return rows.map((r) => JSON.parse(r.doc) as ListDoc);
}

export function insertList(
  ctx: TenantContext,
  site: SiteDoc,
  input: { displayName: string; description?: string; template: string; columns: ColumnDef[] },
  caller: Caller,
): ListDoc {
  if (findList(ctx, site.id, input.displayName)) {
    throw new GraphError(
      409,
      'nameAlreadyExists',
      'A list, survey, discussion board, or document library with the specified title already exists in this Web site.  Please choose another title.',
    );
  }
  const builtIn = builtInColumns();
  const clash = input.columns.find((c) => builtIn.some((b) => b.name.toLowerCase() === c.name.toLowerCase()));
  if (clash)
    throw new GraphError(
      409,
      'nameAlreadyExists',
      `A column named '${clash.name}' already exists in this list.`,
    );
  const now = isoSeconds(ctx.now());
  const name = input.displayName.replace(/[^A-Za-z0-9]/g, '');
  const list: ListDoc = {
    id: randomUUID(),
    siteId: site.id,
    name,
    displayName: input.displayName,
    description: input.description ?? '',
    webUrl: `${site.webUrl}/Lists/${name}`,
    createdDateTime: now,
    lastModifiedDateTime: now,
    createdBy: identityOf(ctx, caller),
    template: input.template,
    columns: [...builtIn, ...input.columns],
  };
  ctx.db
    .prepare('INSERT INTO lists (id, site_id, display_name, doc) VALUES (?, ?, ?, ?)')
    .run(list.id, site.id, list.displayName, JSON.stringify(list));
  list.columns.filter((c) => c.indexed && c.type !== 'counter').forEach((c) => createColumnIndex(ctx, c));
  return list;
}

export function saveList(ctx: TenantContext, list: ListDoc): void {
  ctx.db.prepare('UPDATE lists SET doc = ? WHERE id = ?').run(JSON.stringify(list), list.id);
  list.columns.filter((c) => c.indexed && c.type !== 'counter').forEach((c) => createColumnIndex(ctx, c));
}

export function fieldSql(column: string): string {
  return `json_extract(doc, '$.fields.${column}')`;
}

/**
 * An indexed column gets a real SQLite expression index, so filtering on it is as cheap here as SharePoint
 * promises; text compares case-insensitively as SharePoint does.
 */
function createColumnIndex(ctx: TenantContext, column: ColumnDef): void {
  // One index per column name serves every list with such a column: the list id leads the key, and the item id
  // ends it so that an equality filter comes out in id order without a sort (the default order of items).
  // (A partial index per list would be smaller, but SQLite cannot use one with a bound list id.)
  const text = column.type === 'text' || column.type === 'choice';
  const indexName = `ix_items_${column.name}${text ? '_nocase' : ''}_by_id`;
  const key = `${fieldSql(column.name)}${text ? ' COLLATE NOCASE' : ''}`;
  ctx.db.exec(`CREATE INDEX IF NOT EXISTS "${indexName}" ON items (list_id, ${key}, id)`);
}

export function listResource(ctx: TenantContext, list: ListDoc): Record<string, unknown> {
  return {
    '@odata.etag': `"${list.id},${list.columns.length}"`,
    createdDateTime: list.createdDateTime,
    description: list.description,
    eTag: `"${list.id},${list.columns.length}"`,
    id: list.id,
    lastModifiedDateTime: list.lastModifiedDateTime,
    name: list.name,
    webUrl: list.webUrl,
    displayName: list.displayName,
    createdBy: list.createdBy,
    // list-create.md shows both identities; nothing here changes a list's own properties after creation.
    lastModifiedBy: list.createdBy,
    parentReference: { siteId: list.siteId },
    list: { contentTypesEnabled: false, hidden: false, template: list.template },
  };
}
