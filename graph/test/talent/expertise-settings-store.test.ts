import { randomUUID } from 'node:crypto';
import { GraphExpertiseSettingsStore, isMalformedListItem, type ListSchema } from '../../src';
import { appToken, devControl, rawGraph, tenant } from '../../../test-support/tenant';
import {
  cannedClient,
  count,
  listId,
  provisionedTalentLists,
  recordingServiceClient,
  type BeforeRequest,
} from './support';

const t = tenant();
const siteId = t.hubSite.id;
let list: ListSchema;
let items: string;

beforeAll(async () => {
  list = (await provisionedTalentLists(t)).settings;
  items = `/sites/${siteId}/lists/${list.displayName}/items`;
});

function store(before?: BeforeRequest, maxAttempts?: number) {
  const { client, requests } = recordingServiceClient(t, before);
  return { store: new GraphExpertiseSettingsStore(client, { siteId, list, maxAttempts }), requests };
}

async function rowsOf(userId: string): Promise<Array<Record<string, unknown>>> {
  const { body } = await rawGraph(
    t,
    `/sites/${siteId}/lists/${encodeURIComponent(list.displayName)}/items?expand=fields&$filter=fields/UserId eq '${userId}'`,
    { token: await appToken(t) },
  );
  return body.value.map((item: { fields: Record<string, unknown> }) => item.fields);
}

/** Another writer's change to the user's row, made just before the request at `index` goes out. */
function otherWriterBefore(userId: string, indexes: number[], languages: string[]): BeforeRequest {
  return async (_request, index) => {
    if (!indexes.includes(index)) return;
    await store().store.put(userId, { openToQuestions: false, languages });
  };
}

describe('GraphExpertiseSettingsStore', () => {
  it('has nothing for someone who never set anything, in one request', async () => {
    const { store: settings, requests } = store();
    expect(await settings.get(randomUUID())).toBeUndefined();
    expect(requests).toEqual([`GET ${items}`]);
  });

  it('creates the row of a new user in one request, titled by the user id', async () => {
    const { store: settings, requests } = store();
    const userId = randomUUID();

    expect(
      await settings.put(userId, { openToQuestions: true, languages: ['nl', 'en', 'EN', ' Turks '] }),
    ).toBe('created');

    expect(requests).toEqual([`POST ${items}`]);
    expect(await rowsOf(userId)).toEqual([
      expect.objectContaining({
        Title: userId,
        UserId: userId,
        OpenToQuestions: true,
        Languages: 'nl,en,Turks',
      }),
    ]);
    expect(await settings.get(userId)).toEqual({ openToQuestions: true, languages: ['nl', 'en', 'Turks'] });
  });

  it("updates an existing row: the create's 409, a read, a PATCH with the row's ETag", async () => {
    const { store: settings, requests } = store();
    const userId = randomUUID();
    await settings.put(userId, { openToQuestions: true, languages: ['nl'] });
    requests.length = 0;

    expect(await settings.put(userId, { openToQuestions: false, languages: [] })).toBe('updated');

    expect(requests).toEqual([
      `POST ${items}`,
      `GET ${items}`,
      expect.stringMatching(/^PATCH .+\/items\/\d+\/fields$/),
    ]);
    expect(await settings.get(userId)).toEqual({ openToQuestions: false, languages: [] });
    expect(await rowsOf(userId)).toHaveLength(1);
  });

  it('writes nothing when the settings are already so', async () => {
    const { store: settings, requests } = store();
    const userId = randomUUID();
    await settings.put(userId, { openToQuestions: true, languages: ['nl'] });
    requests.length = 0;

    expect(await settings.put(userId, { openToQuestions: true, languages: ['nl'] })).toBe('unchanged');
    expect(requests.map((r) => r.split(' ')[0])).toEqual(['POST', 'GET']);
  });

  it('ends with one row holding one writer’s settings when two write at once', async () => {
    const userId = randomUUID();
    const a = { openToQuestions: true, languages: ['nl'] };
    const b = { openToQuestions: false, languages: ['en', 'de'] };

    const outcomes = await Promise.all([store().store.put(userId, a), store().store.put(userId, b)]);

    expect(outcomes.sort()).toEqual(['created', 'updated']);
    expect(await rowsOf(userId)).toHaveLength(1);
    expect([a, b]).toContainEqual(await store().store.get(userId));
  });

  it('loses neither of two concurrent changes made with update', async () => {
    const userId = randomUUID();
    const addLanguage = (language: string) =>
      store().store.update(userId, (current) => ({
        openToQuestions: current?.openToQuestions ?? false,
        languages: [...(current?.languages ?? []), language],
      }));

    await Promise.all([addLanguage('nl'), addLanguage('en'), addLanguage('fr')]);

    const { languages } = (await store().store.get(userId))!;
    expect([...languages].sort()).toEqual(['en', 'fr', 'nl']);
  });

  it('reads again and redoes its change when another writer changed the row before its PATCH (412)', async () => {
    const userId = randomUUID();
    await store().store.put(userId, { openToQuestions: false, languages: ['nl'] });
    // index 1 is the first PATCH, after the read at index 0.
    const { store: settings, requests } = store(otherWriterBefore(userId, [1], ['nl', 'de']));

    const outcome = await settings.update(userId, (current) => ({
      openToQuestions: true,
      languages: current?.languages ?? [],
    }));

    expect(outcome).toBe('updated');
    expect(requests.map((r) => r.split(' ')[0])).toEqual(['GET', 'PATCH', 'GET', 'PATCH']);
    expect(await settings.get(userId)).toEqual({ openToQuestions: true, languages: ['nl', 'de'] });
  });

  it('gives up with ConcurrentChangeConflict when the row changes before every attempt', async () => {
    const userId = randomUUID();
    await store().store.put(userId, { openToQuestions: false, languages: ['nl'] });
    let round = 0;
    const alwaysMeanwhile: BeforeRequest = async (request) => {
      if (request.startsWith('PATCH'))
        await store().store.put(userId, { openToQuestions: false, languages: [`x${++round}`] });
    };
    const { store: settings } = store(alwaysMeanwhile, 2);

    await expect(settings.put(userId, { openToQuestions: true, languages: [] })).rejects.toMatchObject({
      name: 'ConcurrentChangeConflict',
      code: 'concurrentChangeConflict',
      key: userId,
      attempts: 2,
    });
  });

  it('creates the row again when it was deleted between the 409 and the PATCH', async () => {
    const userId = randomUUID();
    await store().store.put(userId, { openToQuestions: false, languages: [] });
    const deleteMeanwhile: BeforeRequest = async (request) => {
      if (!request.startsWith('PATCH')) return;
      const id = /items\/(\d+)\/fields$/.exec(request)![1];
      await rawGraph(t, `/sites/${siteId}/lists/${encodeURIComponent(list.displayName)}/items/${id}`, {
        method: 'DELETE',
        token: await appToken(t),
      });
    };
    const { store: settings, requests } = store(deleteMeanwhile);

    expect(await settings.put(userId, { openToQuestions: true, languages: ['nl'] })).toBe('created');
    expect(requests.map((r) => r.split(' ')[0])).toEqual(['POST', 'GET', 'PATCH', 'GET', 'POST']);
  });

  it.each([
    ['an empty language', ['nl', ' ']],
    ['a language with a comma', ['nl,en']],
    ['more languages than the column holds', Array.from({ length: 90 }, (_, i) => `l${i}x`)],
  ])('refuses %s before sending anything', async (_, languages) => {
    const { store: settings, requests } = store();
    await expect(settings.put(randomUUID(), { openToQuestions: true, languages })).rejects.toThrow(
      RangeError,
    );
    expect(requests).toEqual([]);
  });

  it('lists every user’s settings', async () => {
    const { store: settings } = store();
    const userId = randomUUID();
    await settings.put(userId, { openToQuestions: true, languages: ['Papiamento'] });
    const { rows, malformed } = await settings.all();
    expect(rows).toContainEqual({ userId, openToQuestions: true, languages: ['Papiamento'] });
    expect(malformed).toEqual([]);
  });

  it('throws MalformedListItem for a row that holds something else than the schema says', async () => {
    const path = `/sites/site-1/lists/${encodeURIComponent(list.displayName)}/items`;
    const select = '$select=UserId,OpenToQuestions,Languages';
    const userId = randomUUID();
    const client = cannedClient({
      [`GET ${decodeURIComponent(path)}?$expand=fields(${select})&$top=5000&$filter=fields/UserId eq '${userId}'`]:
        {
          body: { value: [{ id: '7', eTag: '"a,1"', fields: { UserId: userId, OpenToQuestions: 'yes' } }] },
        },
    });
    const error = await new GraphExpertiseSettingsStore(client, { siteId: 'site-1', list })
      .get(userId)
      .catch((e: unknown) => e);
    expect(isMalformedListItem(error)).toBe(true);
    expect(error).toMatchObject({
      itemId: '7',
      issues: ['OpenToQuestions: Invalid input: expected boolean, received string'],
    });
  });
});

/** What an administrator (or SharePoint's own UI) does to the list, bypassing the store. */
async function adminItems(method: string, path = '', body?: unknown) {
  return rawGraph(t, `/sites/${siteId}/lists/${encodeURIComponent(list.displayName)}/items${path}`, {
    method,
    token: await appToken(t),
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

async function itemIdOf(userId: string): Promise<string> {
  const { body } = await adminItems('GET', `?$filter=fields/UserId eq '${userId}'`);
  return body.value[0].id as string;
}

describe('GraphExpertiseSettingsStore.changes', () => {
  it('delivers everyone’s settings first, then only what changed, in one request per round', async () => {
    const { store: writer } = store();
    const before = randomUUID();
    await writer.put(before, { openToQuestions: true, languages: ['nl'] });
    const { store: settings, requests } = store();

    const first = await settings.changes();
    expect(first.upserted).toContainEqual({ userId: before, openToQuestions: true, languages: ['nl'] });
    expect(first.resynced).toBe(false);

    const changed = randomUUID();
    await writer.put(changed, { openToQuestions: false, languages: ['en', 'de'] });
    await writer.put(before, { openToQuestions: false, languages: ['nl'] });
    requests.length = 0;
    const second = await settings.changes();

    expect(second.upserted).toEqual(
      expect.arrayContaining([
        { userId: changed, openToQuestions: false, languages: ['en', 'de'] },
        { userId: before, openToQuestions: false, languages: ['nl'] },
      ]),
    );
    expect(second.upserted).toHaveLength(2);
    expect(second.removed).toEqual([]);
    expect(requests).toEqual([expect.stringMatching(/^GET \/sites\/.+\/items\/delta$/)]);
    expect(await settings.changes()).toEqual({ upserted: [], removed: [], malformed: [], resynced: false });
  });

  it('reports the user of a deleted row as removed', async () => {
    const { store: settings } = store();
    const userId = randomUUID();
    await settings.put(userId, { openToQuestions: true, languages: [] });
    await settings.changes();
    expect((await adminItems('DELETE', `/${await itemIdOf(userId)}`)).status).toBe(204);

    expect(await settings.changes()).toMatchObject({ upserted: [], removed: [userId] });
  });

  it('reports a row edited into something unreadable as malformed, naming its item, and its user as removed', async () => {
    const { store: settings } = store();
    const userId = randomUUID();
    await settings.put(userId, { openToQuestions: true, languages: ['nl'] });
    await settings.changes();
    const itemId = await itemIdOf(userId);
    await adminItems('PATCH', `/${itemId}/fields`, { UserId: 'Ana de Vries' });

    const changes = await settings.changes();

    expect(changes.removed).toEqual([userId]);
    expect(changes.malformed).toEqual([
      expect.objectContaining({
        list: list.displayName,
        itemId,
        issues: ['UserId: expected a directory object id'],
      }),
    ]);
  });

  it('runs one round at a time, so two calls at once never deliver a change twice', async () => {
    const { store: settings } = store();
    await settings.changes();
    const userId = randomUUID();
    await settings.put(userId, { openToQuestions: true, languages: [] });

    const [a, b] = await Promise.all([settings.changes(), settings.changes()]);

    expect([...a.upserted, ...b.upserted].filter((s) => s.userId === userId)).toHaveLength(1);
  });

  it('starts over when the delta token expired (410), reporting the difference', async () => {
    const { store: settings, requests } = store();
    const [stays, goes, arrives] = [randomUUID(), randomUUID(), randomUUID()];
    await settings.put(stays, { openToQuestions: true, languages: [] });
    await settings.put(goes, { openToQuestions: true, languages: [] });
    await settings.changes();
    await adminItems('DELETE', `/${await itemIdOf(goes)}`);
    await settings.put(arrives, { openToQuestions: false, languages: ['fy'] });
    await devControl(t, 'POST', '/delta/expire', { listId: await listId(t, list) });
    requests.length = 0;

    const changes = await settings.changes();

    expect(changes.resynced).toBe(true);
    expect(changes.removed).toEqual([goes]);
    expect(changes.upserted).toEqual([{ userId: arrives, openToQuestions: false, languages: ['fy'] }]);
    expect(count(requests, requests[0]!)).toBe(1);
    expect(requests).toHaveLength(2);
  });
});
