import { randomUUID } from 'node:crypto';
import type { TenantContext } from '../../context';
import { isoSeconds } from '../../context';
import { GraphError, notFound } from '../../http/graph-error';
import type { Caller } from '../../http/types';
import { recordChange } from '../../store/database';
import { userLookupId } from '../users/users-store';
import type { FieldValues } from './fields';
import { identityOf } from './identity';
import type { ListDoc } from './lists-store';

export interface ItemDoc {
  guid: string;
  createdDateTime: string;
  lastModifiedDateTime: string;
  createdBy: Record<string, unknown>;
  lastModifiedBy: Record<string, unknown>;
  /** Column values plus SharePoint's own (Created, Modified, AuthorLookupId, ...). */
  fields: FieldValues;
}

export interface StoredItem {
  id: number;
  version: number;
  doc: ItemDoc;
}

// SharePoint's "SharePoint App" principal, the author of app-only changes.
const APP_LOOKUP_ID = 1073741822;

export const listScope = (listId: string) => `list:${listId}`;
export const etagOf = (item: StoredItem) => `"${item.doc.guid},${item.version}"`;

export function getItem(ctx: TenantContext, list: ListDoc, id: string): StoredItem | undefined {
  if (!/^\d+$/.test(id)) return undefined;
  const row = ctx.db
    .prepare('SELECT id, version, doc FROM items WHERE list_id = ? AND id = ?')
    .get(list.id, Number(id)) as { id: number; version: number; doc: string } | undefined;
  return row ? { id: row.id, version: row.version, doc: JSON.parse(row.doc) as ItemDoc } : undefined;
}

export function requireItem(ctx: TenantContext, list: ListDoc, id: string): StoredItem {
  const item = getItem(ctx, list, id);
  if (!item) throw notFound('The specified list item was not found.');
  return item;
}

function authorLookup(ctx: TenantContext, caller: Caller): number {
  return caller.kind === 'user' && caller.userId
    ? (userLookupId(ctx.db, caller.userId) ?? APP_LOOKUP_ID)
    : APP_LOOKUP_ID;
}

/** Claims each unique column's value; the primary key makes a second claim fail atomically. */
function claimUniqueValues(ctx: TenantContext, list: ListDoc, itemId: number, fields: FieldValues): void {
  const insert = ctx.db.prepare(
    'INSERT INTO unique_values (list_id, column_name, value, item_id) VALUES (?, ?, ?, ?)',
  );
  for (const column of list.columns.filter((c) => c.enforceUniqueValues)) {
    const value = fields[column.name];
    if (value === undefined || value === null) continue;
    try {
      insert.run(list.id, column.name, String(value), itemId);
    } catch (error) {
      if ((error as { code?: string }).code?.startsWith('SQLITE_CONSTRAINT')) {
        throw new GraphError(
          409,
          'nameAlreadyExists',
          `The list item could not be added or updated because duplicate values were found in the following field(s) in the list: [${column.name}].`,
        );
      }
      throw error;
    }
  }
}

function releaseUniqueValues(ctx: TenantContext, list: ListDoc, itemId: number): void {
  ctx.db.prepare('DELETE FROM unique_values WHERE list_id = ? AND item_id = ?').run(list.id, itemId);
}

export function createItem(
  ctx: TenantContext,
  list: ListDoc,
  values: FieldValues,
  caller: Caller,
): StoredItem {
  return ctx.db.transaction(() => {
    const { next_item_id: id } = ctx.db
      .prepare('SELECT next_item_id FROM lists WHERE id = ?')
      .get(list.id) as { next_item_id: number };
    ctx.db.prepare('UPDATE lists SET next_item_id = ? WHERE id = ?').run(id + 1, list.id);
    const now = isoSeconds(ctx.now());
    const author = authorLookup(ctx, caller);
    const fields = withoutNulls({
      ...values,
      Created: now,
      Modified: now,
      AuthorLookupId: String(author),
      EditorLookupId: String(author),
    });
    claimUniqueValues(ctx, list, id, fields);
    const identity = identityOf(ctx, caller);
    const doc: ItemDoc = {
      guid: randomUUID(),
      createdDateTime: now,
      lastModifiedDateTime: now,
      createdBy: identity,
      lastModifiedBy: identity,
      fields,
    };
    ctx.db
      .prepare('INSERT INTO items (list_id, id, version, doc) VALUES (?, ?, 1, ?)')
      .run(list.id, id, JSON.stringify(doc));
    recordChange(ctx.db, listScope(list.id), String(id), 'upsert');
    return { id, version: 1, doc };
  })();
}

/** `If-Match` must name the current version (or be `*`); a stale one changes nothing (412). */
export function checkIfMatch(item: StoredItem, ifMatch: string | undefined): void {
  if (ifMatch === undefined || ifMatch.trim() === '*') return;
  const wanted = ifMatch.trim().replace(/^W\//, '').replace(/^"|"$/g, '');
  if (wanted !== `${item.doc.guid},${item.version}`) {
    throw new GraphError(
      412,
      'resourceModified',
      'The resource has changed since the caller last read it; usually an eTag mismatch',
    );
  }
}

export function updateItem(
  ctx: TenantContext,
  list: ListDoc,
  id: string,
  values: FieldValues,
  caller: Caller,
  ifMatch?: string,
): StoredItem {
  return ctx.db.transaction(() => {
    const item = requireItem(ctx, list, id);
    checkIfMatch(item, ifMatch);
    const now = isoSeconds(ctx.now());
    const fields = withoutNulls({
      ...item.doc.fields,
      ...values,
      Modified: now,
      EditorLookupId: String(authorLookup(ctx, caller)),
    });
    releaseUniqueValues(ctx, list, item.id);
    claimUniqueValues(ctx, list, item.id, fields);
    const doc: ItemDoc = {
      ...item.doc,
      lastModifiedDateTime: now,
      lastModifiedBy: identityOf(ctx, caller),
      fields,
    };
    const version = item.version + 1;
    ctx.db
      .prepare('UPDATE items SET version = ?, doc = ? WHERE list_id = ? AND id = ?')
      .run(version, JSON.stringify(doc), list.id, item.id);
    recordChange(ctx.db, listScope(list.id), String(item.id), 'upsert');
    return { id: item.id, version, doc };
  })();
}

export function deleteItem(ctx: TenantContext, list: ListDoc, id: string, ifMatch?: string): void {
  ctx.db.transaction(() => {
    const item = requireItem(ctx, list, id);
    checkIfMatch(item, ifMatch);
    releaseUniqueValues(ctx, list, item.id);
    ctx.db.prepare('DELETE FROM items WHERE list_id = ? AND id = ?').run(list.id, item.id);
    recordChange(ctx.db, listScope(list.id), String(item.id), 'delete');
  })();
}

/** SharePoint leaves empty fields out of Graph's `fields`; a null write clears the value. */
function withoutNulls(fields: FieldValues): FieldValues {
  return Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== null && v !== undefined));
}
