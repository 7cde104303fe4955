import { randomUUID } from 'node:crypto';
import {
  appToken,
  devControl,
  graphClient,
  rawGraph,
  someUsers,
  tenant,
  userToken,
} from '../../../test-support/tenant';

const t = tenant();
const admin = () => appToken(t, 'samen-admin');
const site = () => `/sites/${t.hubSite.id}`;

/** A list like Samen's votes list: a unique key, indexed filter columns, one column left unindexed. */
async function createVotesList() {
  const reply = await rawGraph(t, `${site()}/lists`, {
    token: await admin(),
    method: 'POST',
    body: JSON.stringify({
      displayName: `Votes ${randomUUID().slice(0, 8)}`,
      columns: [
        { name: 'VoteKey', text: {}, indexed: true, enforceUniqueValues: true },
        { name: 'IdeaId', number: {}, indexed: true },
        { name: 'Weight', number: {} },
        { name: 'Phase', choice: { choices: ['submitted', 'shortlisted', 'implemented'] }, indexed: true },
        { name: 'CastAt', dateTime: {}, indexed: true },
      ],
      list: { template: 'genericList' },
    }),
  });
  expect(reply.status).toBe(201);
  return reply.body as { id: string; displayName: string };
}

describe('sites', () => {
  it('finds the hub site by path and by id', async () => {
    const client = graphClient(t, admin);
    const byPath = await client.api(`/sites/${t.hubSite.hostname}:${t.hubSite.path}`).get();
    expect(byPath.id).toBe(t.hubSite.id);
    expect(byPath.id.split(',')).toHaveLength(3);
    const byId = await client.api(`/sites/${t.hubSite.id}`).get();
    expect(byId.webUrl).toBe(t.hubSite.webUrl);
  });

  it('answers 404 for an unknown site path', async () => {
    const reply = await rawGraph(t, `/sites/${t.hubSite.hostname}:/sites/nope`, { token: await admin() });
    expect(reply.status).toBe(404);
    expect(reply.body.error.code).toBe('itemNotFound');
  });
});

describe('lists', () => {
  it('creates a list with typed columns that GET returns with indexed and enforceUniqueValues', async () => {
    const list = await createVotesList();
    const client = graphClient(t, admin);
    const read = await client.api(`${site()}/lists/${list.id}`).expand('columns').get();
    expect(read.list.template).toBe('genericList');
    const voteKey = read.columns.find((c: { name: string }) => c.name === 'VoteKey');
    expect(voteKey).toMatchObject({ indexed: true, enforceUniqueValues: true, text: {} });
    const lists = await client.api(`${site()}/lists`).get();
    expect(lists.value.map((l: { id: string }) => l.id)).toContain(list.id);
    const byTitle = await client.api(`${site()}/lists/${encodeURIComponent(list.displayName)}`).get();
    expect(byTitle.id).toBe(list.id);
  });

  it.each([
    ['a name property', { displayName: 'X', name: 'x' }, /Invalid property 'name'/],
    [
      'an unsupported column type',
      { displayName: 'X', columns: [{ name: 'Who', personOrGroup: {} }] },
      /not supported/,
    ],
    [
      'a unique column that is not indexed',
      { displayName: 'X', columns: [{ name: 'K', text: {}, enforceUniqueValues: true }] },
      /indexed/,
    ],
    ['a column without a type', { displayName: 'X', columns: [{ name: 'K' }] }, /exactly one type/],
  ])('refuses a list with %s', async (_name, body, message) => {
    const reply = await rawGraph(t, `${site()}/lists`, {
      token: await admin(),
      method: 'POST',
      body: JSON.stringify(body),
    });
    expect(reply.status).toBe(400);
    expect(reply.body.error.message).toMatch(message);
  });

  it('refuses a second list with the same title (409)', async () => {
    const list = await createVotesList();
    const reply = await rawGraph(t, `${site()}/lists`, {
      token: await admin(),
      method: 'POST',
      body: JSON.stringify({ displayName: list.displayName }),
    });
    expect(reply.status).toBe(409);
    expect(reply.body.error.code).toBe('nameAlreadyExists');
  });

  it('needs Sites.Manage.All to create lists: a user with Sites.ReadWrite.All gets 403', async () => {
    const [user] = await someUsers(t, 1);
    const token = await userToken(t, user!.userPrincipalName);
    const reply = await rawGraph(t, `${site()}/lists`, {
      token,
      method: 'POST',
      body: JSON.stringify({ displayName: `No ${randomUUID()}` }),
    });
    expect(reply.status).toBe(403);
    expect(reply.body.error.code).toBe('Authorization_RequestDenied');
  });
});

describe('list items', () => {
  it('creates, reads, updates and deletes items; ids are strings, fields follow the columns', async () => {
    const list = await createVotesList();
    const client = graphClient(t, admin);
    const items = `${site()}/lists/${list.id}/items`;
    const created = await client
      .api(items)
      .post({ fields: { Title: 'Glasvezel in elke wijk', VoteKey: 'idea-1|anna', IdeaId: 1, Weight: 2 } });
    expect(created.id).toBe('1');
    expect(created.fields).toMatchObject({
      Title: 'Glasvezel in elke wijk',
      VoteKey: 'idea-1|anna',
      IdeaId: 1,
      Weight: 2,
    });
    expect(created.eTag).toMatch(/^"[0-9a-f-]{36},1"$/);
    const selected = await client.api(`${items}/${created.id}`).expand('fields(select=Title,IdeaId)').get();
    expect(Object.keys(selected.fields).sort()).toEqual(['@odata.etag', 'IdeaId', 'Title']);
    const patched = await client.api(`${items}/${created.id}/fields`).patch({ Weight: 3 });
    expect(patched).toMatchObject({ Weight: 3, Title: 'Glasvezel in elke wijk' });
    await client.api(`${items}/${created.id}`).delete();
    const gone = await rawGraph(t, `${items}/${created.id}`, { token: await admin() });
    expect(gone.status).toBe(404);
  });

  it('filters and orders on indexed columns, and pages with nextLink', async () => {
    const list = await createVotesList();
    const client = graphClient(t, admin);
    const items = `${site()}/lists/${list.id}/items`;
    for (let i = 1; i <= 7; i += 1) {
      await client
        .api(items)
        .post({ fields: { Title: `v${i}`, VoteKey: `k${i}`, IdeaId: i % 2, Weight: i } });
    }
    const page = await client
      .api(items)
      .expand('fields(select=Title,IdeaId)')
      .filter('fields/IdeaId eq 1')
      .orderby('fields/IdeaId')
      .top(2)
      .get();
    expect(page.value).toHaveLength(2);
    const next = await client.api(page['@odata.nextLink']).get();
    const rest = next['@odata.nextLink'] ? (await client.api(next['@odata.nextLink']).get()).value : [];
    const titles = [...page.value, ...next.value, ...rest].map(
      (i: { fields: { Title: string } }) => i.fields.Title,
    );
    expect(titles.sort()).toEqual(['v1', 'v3', 'v5', 'v7']);
  });

  it('refuses $filter on a column that is not indexed unless the Prefer header accepts the risk', async () => {
    const list = await createVotesList();
    const token = await admin();
    const path = `${site()}/lists/${list.id}/items?$filter=fields/Weight gt 1`;
    const refused = await rawGraph(t, path, { token });
    expect(refused.status).toBe(400);
    expect(refused.body.error.message).toMatch(
      /cannot be referenced in filter or orderby as it is not indexed/,
    );
    const allowed = await rawGraph(t, path, {
      token,
      headers: { Prefer: 'HonorNonIndexedQueriesWarningMayFailRandomly' },
    });
    expect(allowed.status).toBe(200);
  });

  it('answers 412 for a stale If-Match and changes nothing', async () => {
    const list = await createVotesList();
    const client = graphClient(t, admin);
    const items = `${site()}/lists/${list.id}/items`;
    const created = await client.api(items).post({ fields: { Title: 'a', VoteKey: 'etag-1', Weight: 1 } });
    await client.api(`${items}/${created.id}/fields`).header('If-Match', created.eTag).patch({ Weight: 2 });
    const stale = await rawGraph(t, `${items}/${created.id}/fields`, {
      token: await admin(),
      method: 'PATCH',
      headers: { 'If-Match': created.eTag },
      body: JSON.stringify({ Weight: 99 }),
    });
    expect(stale.status).toBe(412);
    expect(stale.body.error.code).toBe('resourceModified');
    const staleDelete = await rawGraph(t, `${items}/${created.id}`, {
      token: await admin(),
      method: 'DELETE',
      headers: { 'If-Match': created.eTag },
    });
    expect(staleDelete.status).toBe(412);
    const read = await client.api(`${items}/${created.id}`).expand('fields').get();
    expect(read.fields.Weight).toBe(2);
    expect(read.eTag).toMatch(/,2"$/);
  });

  it('lets exactly one of 1,000 parallel creates of the same unique key succeed; the rest get 409', async () => {
    const list = await createVotesList();
    const token = await admin();
    const body = JSON.stringify({ fields: { Title: 'vote', VoteKey: 'idea-42|same-voter' } });
    const replies = await Promise.all(
      Array.from({ length: 1000 }, () =>
        rawGraph(t, `${site()}/lists/${list.id}/items`, { token, method: 'POST', body }),
      ),
    );
    const statuses = replies.map((r) => r.status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(999);
    expect(replies.find((r) => r.status === 409)!.body.error.message).toMatch(
      /duplicate values were found in the following field\(s\) in the list: \[VoteKey\]/,
    );
    const all = await rawGraph(t, `${site()}/lists/${list.id}/items?$top=5000`, { token });
    expect(all.body.value).toHaveLength(1);
  });

  it.each([
    ['an unknown field', { fields: { Title: 'x', Colour: 'red' } }, /Field 'Colour' is not recognized/],
    ['a string in a number column', { fields: { Title: 'x', Weight: 'heavy' } }, /expected a number/],
    [
      'a value outside the choices',
      { fields: { Title: 'x', Phase: 'rejected-ish' } },
      /not one of the choices/,
    ],
    ['a read-only field', { fields: { Title: 'x', Created: '2020-01-01T00:00:00Z' } }, /read-only/],
    ['no Title', { fields: { Weight: 1 } }, /Field 'Title' is required/],
    ['fields that are not an object', { fields: 'Title=x' }, /fields/],
  ])('refuses an item with %s and writes nothing', async (_name, body, message) => {
    const list = await createVotesList();
    const token = await admin();
    const items = `${site()}/lists/${list.id}/items`;
    const reply = await rawGraph(t, items, { token, method: 'POST', body: JSON.stringify(body) });
    expect(reply.status).toBe(400);
    expect(reply.body.error.message).toMatch(message);
    expect((await rawGraph(t, items, { token })).body.value).toEqual([]);
  });

  it('answers 404 for an unknown list or item', async () => {
    const token = await admin();
    expect((await rawGraph(t, `${site()}/lists/${randomUUID()}/items`, { token })).status).toBe(404);
    const list = await createVotesList();
    expect((await rawGraph(t, `${site()}/lists/${list.id}/items/999`, { token })).status).toBe(404);
  });
});

describe('list item delta', () => {
  async function drain(client: ReturnType<typeof graphClient>, url: string) {
    const values: Array<Record<string, any>> = [];
    let next: string | undefined = url;
    let deltaLink = '';
    while (next) {
      const page: Record<string, any> = await client.api(next).get();
      values.push(...page.value);
      next = page['@odata.nextLink'];
      deltaLink = page['@odata.deltaLink'] ?? deltaLink;
    }
    return { values, deltaLink };
  }

  it('lists all items, then changes and deletions after the deltaLink', async () => {
    const list = await createVotesList();
    const client = graphClient(t, admin);
    const items = `${site()}/lists/${list.id}/items`;
    const a = await client.api(items).post({ fields: { Title: 'a', VoteKey: 'a' } });
    const b = await client.api(items).post({ fields: { Title: 'b', VoteKey: 'b' } });
    const first = await drain(client, `${items}/delta`);
    expect(first.values.map((v) => v.id).sort()).toEqual([a.id, b.id].sort());
    await client.api(`${items}/${a.id}/fields`).patch({ Title: 'a2' });
    await client.api(`${items}/${b.id}`).delete();
    const second = await drain(client, first.deltaLink);
    expect(second.values).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ id: a.id }),
        { id: b.id, deleted: { state: 'deleted' } },
      ]),
    );
    expect(second.values).toHaveLength(2);
  });

  it('starts from now with token=latest', async () => {
    const list = await createVotesList();
    const client = graphClient(t, admin);
    const items = `${site()}/lists/${list.id}/items`;
    await client.api(items).post({ fields: { Title: 'old', VoteKey: 'old' } });
    const latest = await client.api(`${items}/delta?token=latest`).get();
    expect(latest.value).toEqual([]);
    const created = await client.api(items).post({ fields: { Title: 'new', VoteKey: 'new' } });
    const after = await drain(client, latest['@odata.deltaLink']);
    expect(after.values.map((v) => v.id)).toEqual([created.id]);
  });

  it('answers 410 with resyncChangesApplyDifferences for an expired token', async () => {
    const list = await createVotesList();
    const client = graphClient(t, admin);
    const items = `${site()}/lists/${list.id}/items`;
    const { deltaLink } = await drain(client, `${items}/delta`);
    await client.api(items).post({ fields: { Title: 'x', VoteKey: 'x' } });
    await devControl(t, 'POST', '/delta/expire', { listId: list.id });
    const reply = await rawGraph(t, deltaLink.slice(t.graphBaseUrl.length), { token: await admin() });
    expect(reply.status).toBe(410);
    expect(reply.body.error.code).toBe('resyncChangesApplyDifferences');
  });
});
