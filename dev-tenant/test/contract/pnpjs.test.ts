import { randomUUID } from 'node:crypto';
import { GraphBrowser, GraphQueryable, graphfi, graphPatch, type GraphFI } from '@pnp/graph';
import '@pnp/graph/sites';
import '@pnp/graph/lists';
import '@pnp/graph/list-item';
import '@pnp/graph/groups';
import '@pnp/graph/members';
import '@pnp/graph/users';
import '@pnp/graph/directory-objects';
import { body, type Queryable } from '@pnp/queryable';
import { appToken, tenant } from '../../../test-support/tenant';
import { INVENTORY_COLUMNS } from './fixtures/items';
import { callers } from './replay';

// A second, independent Graph client: PnPjs (@pnp/graph 4), ESM-only, transformed by ts-jest for Jest.

const t = tenant();
const { app: official } = callers(t);

/** A PnPjs behavior: a bearer token for every request, fetched (and refreshed) through the `auth` moment. */
function TenantBearer(getToken: () => Promise<string>) {
  return (instance: Queryable) => {
    instance.on.auth(async (url, init) => {
      init.headers = { ...init.headers, Authorization: `Bearer ${await getToken()}` };
      return [url, init];
    });
    return instance;
  };
}

/** graphfi against the dev tenant: PnPjs's browser defaults (global fetch, retries, JSON parsing) at our URL. */
function pnpGraph(): GraphFI {
  let token: Promise<string> | undefined;
  return graphfi().using(
    GraphBrowser({ baseUrl: t.graphBaseUrl }),
    TenantBearer(() => (token ??= appToken(t, 'samen-admin'))),
  );
}

type Item = { id: string; fields?: Record<string, unknown> };

describe('PnPjs (@pnp/graph) reading and writing list items on the dev tenant', () => {
  const graph = pnpGraph();
  const siteId = t.hubSite.id;

  it('reads the site and a list the official client created', async () => {
    const title = `PnP ${randomUUID().slice(0, 8)}`;
    const created = await official
      .api(`/sites/${siteId}/lists`)
      .post({ displayName: title, columns: INVENTORY_COLUMNS, list: { template: 'genericList' } });

    const site = await graph.sites.getById(siteId)();
    expect(site).toMatchObject({ id: siteId, webUrl: t.hubSite.webUrl });
    const list = await graph.sites.getById(siteId).lists.getById(created.id)();
    expect(list).toMatchObject({ id: created.id, displayName: title, list: { template: 'genericList' } });
  });

  it('adds, reads (with fields), updates and deletes items; the official client sees the same', async () => {
    const list = await graph.sites.getById(siteId).lists.add({
      displayName: `PnP items ${randomUUID().slice(0, 8)}`,
      columns: INVENTORY_COLUMNS as never,
      list: { template: 'genericList' },
    });
    const items = graph.sites.getById(siteId).lists.getById(list.id!).items;

    const added: Item[] = [];
    for (const [name, color, quantity] of [
      ['Gadget', 'Red', 503],
      ['Widget', 'Blue', 2357],
      ['Gizmo', 'Green', 92],
    ] as const) {
      added.push(
        (await items.add({
          fields: { Title: name, Name: name, Color: color, Quantity: quantity },
        } as never)) as Item,
      );
    }
    expect(added.map((i) => typeof i.id)).toEqual(['string', 'string', 'string']);
    expect(added[1]!.fields).toMatchObject({ Name: 'Widget', Color: 'Blue', Quantity: 2357 });

    const read = (await items.expand('fields(select=Name,Color,Quantity)')()) as Item[];
    expect(read.map((i) => i.fields)).toEqual([
      { '@odata.etag': expect.any(String), Name: 'Gadget', Color: 'Red', Quantity: 503 },
      { '@odata.etag': expect.any(String), Name: 'Widget', Color: 'Blue', Quantity: 2357 },
      { '@odata.etag': expect.any(String), Name: 'Gizmo', Color: 'Green', Quantity: 92 },
    ]);
    const one = (await items.getById(added[0]!.id).expand('fields')()) as Item;
    expect(one).toMatchObject({ id: added[0]!.id, fields: { Name: 'Gadget', Color: 'Red' } });

    // listitem-update.md's documented request: PATCH .../items/{id}/fields, composed from PnPjs's own parts.
    const fields = await graphPatch(
      GraphQueryable(items.getById(added[1]!.id), 'fields'),
      body({ Color: 'Fuchsia', Quantity: 934 }),
    );
    expect(fields).toMatchObject({ Name: 'Widget', Color: 'Fuchsia', Quantity: 934 });

    await items.getById(added[2]!.id).delete();

    const seen = await official.api(`/sites/${siteId}/lists/${list.id}/items`).expand('fields').get();
    const byId = new Map<string, Item>(seen.value.map((i: Item) => [i.id, i]));
    expect([...byId.keys()].sort()).toEqual([added[0]!.id, added[1]!.id].sort());
    expect(byId.get(added[0]!.id)!.fields).toMatchObject({ Name: 'Gadget', Color: 'Red', Quantity: 503 });
    expect(byId.get(added[1]!.id)!.fields).toMatchObject({ Name: 'Widget', Color: 'Fuchsia', Quantity: 934 });
  });

  it('surfaces Graph errors as PnPjs HttpRequestError with the status and Graph’s error body', async () => {
    const missing = graph.sites.getById(siteId).lists.getById(randomUUID())();
    await expect(missing).rejects.toMatchObject({ status: 404, isHttpRequestError: true });
    const error: any = await missing.catch((e: { response: Response }) => e.response.json());
    expect(error.error.code).toBe('itemNotFound');
  });
});

describe('PnPjs (@pnp/graph) reading groups and changing a membership on the dev tenant', () => {
  const graph = pnpGraph();
  const moderatorsId = t.moderatorsGroupId;

  it('reads the moderators group, its members, a member’s groups and checkMemberGroups', async () => {
    const group = await graph.groups.getById(moderatorsId)();
    expect(group).toMatchObject({
      id: moderatorsId,
      displayName: 'Samen moderators',
      groupTypes: ['Unified'],
    });
    // Other test files add people they create to this group for a moment: compare the seeded members.
    const seeded = (rows: Array<Record<string, any>>) => rows.filter((m) => m.employeeId !== null);
    const members = seeded(await graph.groups.getById(moderatorsId).members.select('id', 'employeeId')());
    const byOfficial = await official.api(`/groups/${moderatorsId}/members`).select('id,employeeId').get();
    expect(members.map((m) => m.id)).toEqual(seeded(byOfficial.value).map((m) => m.id));
    const [one] = members;
    const memberOf = (await graph.users.getById(one!.id).memberOf()) as Array<Record<string, any>>;
    expect(memberOf.map((g) => g.id)).toContain(moderatorsId);
    const checked = await graph.users.getById(one!.id).checkMemberGroups([randomUUID(), moderatorsId]);
    expect(checked).toEqual([moderatorsId]);
  });

  it('adds a member by reference and removes them, as the official client then sees', async () => {
    const nickname = `pnp-groups-${randomUUID().slice(0, 8)}`;
    const person = await official.api('/users').post({
      accountEnabled: true,
      displayName: `PnP ${nickname}`,
      mailNickname: nickname,
      userPrincipalName: `${nickname}@${t.domain}`,
      passwordProfile: { password: `Pw-${randomUUID()}` },
    });
    const isMember = async () =>
      (await official.api(`/users/${person.id}/checkMemberGroups`).post({ groupIds: [moderatorsId] })).value
        .length === 1;
    const members = graph.groups.getById(moderatorsId).members;
    await members.add(`https://graph.microsoft.com/v1.0/directoryObjects/${person.id}`);
    expect(await isMember()).toBe(true);
    await members.getById(person.id).remove();
    expect(await isMember()).toBe(false);
    await official.api(`/users/${person.id}`).delete();
  });
});
