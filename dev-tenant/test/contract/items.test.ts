import { randomUUID } from 'node:crypto';
import { devControl, someUsers, tenant } from '../../../test-support/tenant';
import { deletedDeltaItem, INVENTORY_COLUMNS, items } from './fixtures/items';
import { callers, replay, replayContract } from './replay';
import { matchShape } from './shape';

const t = tenant();
const { app, user } = callers(t);
const siteId = t.hubSite.id;

async function inventoryList(): Promise<string> {
  const list = await app.api(`/sites/${siteId}/lists`).post({
    displayName: `Inventory ${randomUUID().slice(0, 8)}`,
    columns: INVENTORY_COLUMNS,
    list: { template: 'genericList' },
  });
  return list.id;
}

const stock = (name: string, color: string, quantity: number) => ({
  Title: name,
  Name: name,
  Color: color,
  Quantity: quantity,
});

describe('list items — listitem-create.md, -list.md, -get.md, -update.md, -delete.md', () => {
  let listId: string;
  let author: { id: string; userPrincipalName: string };
  beforeAll(async () => {
    listId = await inventoryList();
    author = (await someUsers(t, 1))[0]!;
  });

  it('creates an item as a signed-in user, who is its createdBy and lastModifiedBy', async () => {
    const reply = await replayContract(
      user(author.userPrincipalName),
      items.create(siteId, listId, { ...stock('Widget', 'Purple', 10), Weight: 32 }),
    );
    expect(reply.body.createdBy.user.id).toBe(author.id);
    expect(reply.body.lastModifiedBy.user.id).toBe(author.id);
    expect(reply.body.fields).toMatchObject({ Title: 'Widget', Color: 'Purple', Weight: 32 });
  });

  it('lists items with expand=fields(select=...): string ids and only the selected fields', async () => {
    for (const [name, color, quantity] of [
      ['Gadget', 'Red', 503],
      ['Gizmo', 'Green', 92],
    ] as const) {
      await app.api(`/sites/${siteId}/lists/${listId}/items`).post({ fields: stock(name, color, quantity) });
    }
    const reply = await replayContract(app, items.listWithFields(siteId, listId));
    const names = reply.body.value.map((i: { fields: { Name: string } }) => i.fields.Name);
    expect(names).toEqual(expect.arrayContaining(['Widget', 'Gadget', 'Gizmo']));
  });

  it('gets one item with its fields, updates two fields leaving the others, deletes it', async () => {
    const created = await app
      .api(`/sites/${siteId}/lists/${listId}/items`)
      .post({ fields: stock('Doohickey', 'Blue', 2357) });
    const got = await replayContract(app, items.getWithFields(siteId, listId, created.id));
    expect(got.body).toMatchObject({
      id: created.id,
      fields: { Name: 'Doohickey', Color: 'Blue', Quantity: 2357 },
    });

    const updated = await replayContract(app, items.updateFields(siteId, listId, created.id));
    // listitem-update.md: "All other values on the listItem are left alone."
    expect(updated.body).toMatchObject({ Name: 'Doohickey', Color: 'Fuchsia', Quantity: 934 });

    await replayContract(app, items.remove(siteId, listId, created.id));
    expect((await replay(app, items.getWithFields(siteId, listId, created.id))).status).toBe(404);
  });
});

describe('list items — listitem-delta.md', () => {
  it('pages the first round, then reports a change and a deletion, then starts from now with token=latest', async () => {
    const listId = await inventoryList();
    const path = `/sites/${siteId}/lists/${listId}/items`;
    const made = [];
    for (const [name, color, quantity] of [
      ['Gadget', 'Red', 1],
      ['Widget', 'Blue', 2],
      ['Gizmo', 'Green', 3],
    ] as const) {
      made.push(await app.api(path).post({ fields: stock(name, color, quantity) }));
    }

    const first = await replayContract(app, items.deltaFirstPage(siteId, listId, 2));
    const last = await replayContract(app, items.deltaLastPage(first.body['@odata.nextLink']));
    const seen = [...first.body.value, ...last.body.value].map((i: { id: string }) => i.id);
    expect(seen.sort()).toEqual(made.map((i) => i.id).sort());

    await app.api(`${path}/${made[0].id}/fields`).patch({ Color: 'Yellow' });
    await app.api(`${path}/${made[2].id}`).delete();
    const changes = await replayContract(app, items.deltaLastPage(last.body['@odata.deltaLink']));
    const byId = new Map(changes.body.value.map((i: { id: string }) => [i.id, i]));
    expect([...byId.keys()].sort()).toEqual([made[0].id, made[2].id].sort());
    expect(matchShape(byId.get(made[2].id), deletedDeltaItem)).toMatchObject({ missing: [], wrongType: [] });

    const latest = await replayContract(app, items.deltaLatest(siteId, listId));
    await app.api(`${path}/${made[1].id}/fields`).patch({ Color: 'Purple' });
    const sinceLatest = await replayContract(app, items.deltaLastPage(latest.body['@odata.deltaLink']));
    expect(sinceLatest.body.value.map((i: { id: string }) => i.id)).toEqual([made[1].id]);
  });

  it('answers 410 for an expired token, with a Location that starts a fresh enumeration', async () => {
    const listId = await inventoryList();
    const path = `/sites/${siteId}/lists/${listId}/items`;
    const kept = await app.api(path).post({ fields: stock('Widget', 'Blue', 2) });
    const round = await replay(app, items.deltaLatest(siteId, listId));
    // The token now misses a change that the expiry drops from the log.
    const later = await app.api(path).post({ fields: stock('Gizmo', 'Green', 3) });
    const expired = await devControl(t, 'POST', '/delta/expire', { listId });
    expect(expired.status).toBe(200);

    const gone = await replayContract(app, items.deltaExpired(round.body['@odata.deltaLink']));
    const fresh = await app.api(gone.headers.get('location')!).get();
    expect(fresh.value.map((i: { id: string }) => i.id).sort()).toEqual([kept.id, later.id].sort());
    expect(fresh['@odata.deltaLink']).toBeDefined();
  });
});
