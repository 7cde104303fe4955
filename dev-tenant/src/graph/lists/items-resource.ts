import type { TenantContext } from '../../context';
import { badRequest } from '../../http/graph-error';
import { etagOf, type StoredItem } from './items-store';
import type { ListDoc } from './lists-store';

/** Fields SharePoint adds to every item beyond its columns, as Graph returns them. */
function systemFields(item: StoredItem): Record<string, unknown> {
  const title = item.doc.fields.Title;
  return {
    id: String(item.id),
    ContentType: 'Item',
    _UIVersionString: `${item.version}.0`,
    Attachments: false,
    Edit: '',
    ...(title === undefined ? {} : { LinkTitleNoMenu: title, LinkTitle: title }),
    ItemChildCount: '0',
    FolderChildCount: '0',
  };
}

export function allFields(item: StoredItem): Record<string, unknown> {
  return { '@odata.etag': etagOf(item), ...item.doc.fields, ...systemFields(item) };
}

/** `fields(select=A,B)`: the named fields (matched like SharePoint, ignoring case) plus the etag. */
export function fieldsResource(list: ListDoc, item: StoredItem, select?: string[]): Record<string, unknown> {
  const fields = allFields(item);
  if (!select) return fields;
  const out: Record<string, unknown> = { '@odata.etag': fields['@odata.etag'] };
  for (const wanted of select) {
    const key = Object.keys(fields).find((k) => k.toLowerCase() === wanted.toLowerCase());
    const known =
      key !== undefined ||
      list.columns.some(
        (c) =>
          c.name.toLowerCase() === wanted.toLowerCase() ||
          `${c.name}LookupId`.toLowerCase() === wanted.toLowerCase(),
      );
    if (!known) throw badRequest(`Field '${wanted}' is not recognized`);
    if (key !== undefined) out[key] = fields[key];
  }
  return out;
}

export function itemResource(
  ctx: TenantContext,
  list: ListDoc,
  item: StoredItem,
  expandFields: string[] | true | undefined,
): Record<string, unknown> {
  const resource: Record<string, unknown> = {
    '@odata.etag': etagOf(item),
    createdDateTime: item.doc.createdDateTime,
    eTag: etagOf(item),
    id: String(item.id),
    lastModifiedDateTime: item.doc.lastModifiedDateTime,
    webUrl: `${list.webUrl}/DispForm.aspx?ID=${item.id}`,
    createdBy: item.doc.createdBy,
    lastModifiedBy: item.doc.lastModifiedBy,
    parentReference: { id: list.id, siteId: list.siteId },
    contentType: { id: '0x0100', name: 'Item' },
  };
  if (expandFields) {
    resource['fields@odata.context'] =
      `${ctx.graphBaseUrl}/$metadata#sites('${list.siteId}')/lists('${list.id}')/items('${item.id}')/fields/$entity`;
    resource.fields = fieldsResource(list, item, expandFields === true ? undefined : expandFields);
  }
  return resource;
}
