// The notice store on the dev tenant over HTTPS with the official client: the shared contract (also run against
// the in-memory fake), then what only the list can show — requests per operation, malformed rows, and a poll
// round counted in Graph requests.
import { randomUUID } from 'node:crypto';
import { pollNotices, type Notice, type NoticeKind, type StoredNotice } from '@samen/core';
import {
  GraphNoticeStore,
  GraphPresenceSource,
  noticeLists,
  provisionLists,
  type ListSchema,
} from '../../src';
import { noticeStoreContract } from '../../../test-support/notice-store-contract';
import { appToken, rawGraph, tenant } from '../../../test-support/tenant';
import { uniquelyNamed } from '../provisioning/support';
import { createUser, recordingServiceClient } from '../talent/support';

const t = tenant();
const siteId = t.hubSite.id;
let list: ListSchema;
let items: string;

beforeAll(async () => {
  [list] = uniquelyNamed(noticeLists);
  const report = await provisionLists(recordingServiceClient(t).client, siteId, [list!]);
  expect(report.problems).toEqual([]);
  items = `/sites/${siteId}/lists/${list!.displayName}/items`;
});

function store() {
  const { client, requests } = recordingServiceClient(t);
  return { store: new GraphNoticeStore(client, { siteId, list }), requests };
}

const notice = (
  watcherId = randomUUID(),
  personId = randomUUID(),
  expiresAt = '2026-12-07T17:00:00Z',
): Notice => ({
  watcherId,
  person: {
    userId: personId,
    displayName: 'Bram Jansen',
    userPrincipalName: 'bram@samendev.onmicrosoft.com',
  },
  topic: 'fiber sales',
  conversation: { serviceUrl: 'https://smba.example/', conversation: { id: 'a:1' } },
  locale: 'en-US',
  createdAt: new Date('2026-12-07T09:00:00Z'),
  expiresAt: new Date(expiresAt),
});

describe('GraphNoticeStore: the notice store contract', () => {
  noticeStoreContract(() => store().store);
});

describe('GraphNoticeStore on the list', () => {
  it('creates in one request and titles the row by its key; claims and deletes in one request each', async () => {
    const { store: notices, requests } = store();
    const n = notice();
    expect(await notices.create(n)).toBe('created');
    expect(await notices.create(n)).toBe('duplicate');
    expect(requests).toEqual([`POST ${items}`, `POST ${items}`]);
    const [read] = (await notices.ofWatcher(n.watcherId)).notices;
    requests.length = 0;
    const claimed = (await notices.claim(read!, { by: 'a', until: new Date() })) as StoredNotice;
    expect(await notices.remove(claimed)).toBe('removed');
    expect(requests).toEqual([`PATCH ${items}/${read!.id}/fields`, `DELETE ${items}/${read!.id}`]);
  });

  it('reports a row edited by hand as malformed, with its item id, beside the good ones', async () => {
    const { store: notices } = store();
    const good = notice();
    await notices.create(good);
    const watcherId = good.watcherId;
    const { status, body } = await rawGraph(
      t,
      `/sites/${siteId}/lists/${encodeURIComponent(list.displayName)}/items`,
      {
        method: 'POST',
        token: await appToken(t),
        body: JSON.stringify({
          fields: {
            Title: 'by hand',
            NoticeKey: `${watcherId}|${randomUUID()}`,
            WatcherId: watcherId,
            PersonId: 'Bram',
            PersonName: 'Bram',
            PersonUpn: 'bram',
            Topic: 'x',
            Locale: 'fr-FR',
            Conversation: 'not json',
            CreatedAt: '2026-12-07T09:00:00Z',
            ExpiresAt: '2026-12-07T17:00:00Z',
          },
        }),
      },
    );
    expect(status).toBe(201);
    const rows = await notices.ofWatcher(watcherId);
    expect(rows.notices.map((n) => n.person.userId)).toEqual([good.person.userId]);
    expect(rows.malformed).toHaveLength(1);
    expect(rows.malformed[0]).toMatchObject({ list: list.displayName, itemId: body.id });
    expect(rows.malformed[0]!.issues.join(' ')).toMatch(/PersonId.*Locale.*Conversation/s);
  });
});

/** As Teams would after the person signs in: a session of Samen's admin app, Available, for an hour. */
async function makeAvailable(userId: string): Promise<void> {
  const admin = t.apps.find((a) => a.name === 'samen-admin')!;
  const { status } = await rawGraph(t, `/users/${userId}/presence/setPresence`, {
    method: 'POST',
    token: await appToken(t),
    body: JSON.stringify({
      sessionId: admin.clientId,
      availability: 'Available',
      activity: 'Available',
      expirationDuration: 'PT1H',
    }),
  });
  expect(status).toBeLessThan(300);
}

describe('a poll round on the dev tenant, counted in Graph requests', () => {
  const PRESENCE = 'POST /communications/getPresencesByUserId';

  it('costs one read of the list and one presence request for all watchers, and a claim and a delete per notice sent', async () => {
    // A list of its own: the other tests' notices would be in the round.
    const [own] = uniquelyNamed(noticeLists);
    await provisionLists(recordingServiceClient(t).client, siteId, [own!]);
    const { client, requests } = recordingServiceClient(t);
    const notices = new GraphNoticeStore(client, { siteId, list: own });
    const sent: Array<[NoticeKind, string]> = [];
    const deps = {
      store: notices,
      presence: new GraphPresenceSource(client),
      sender: { send: async (n: StoredNotice, kind: NoticeKind) => void sent.push([kind, n.person.userId]) },
      claimant: 'instance-a',
      log: (message: string) => {
        throw new Error(`unexpected log: ${message}`);
      },
    };
    const ownItems = `/sites/${siteId}/lists/${own!.displayName}/items`;
    const now = new Date();

    expect(await pollNotices(deps, now)).toMatchObject({ pending: 0, presenceRequests: 0 });
    expect(requests).toEqual([`GET ${ownItems}`]);

    // Twelve watchers of three new colleagues (no Teams session: Offline); one of them signs in.
    const people = await Promise.all([1, 2, 3].map(() => createUser(t)));
    const until = new Date(now.getTime() + 60 * 60 * 1000).toISOString();
    for (let w = 0; w < 12; w += 1) await notices.create(notice(randomUUID(), people[w % 3]!.id, until));
    await makeAvailable(people[0]!.id);
    requests.length = 0;

    const report = await pollNotices(deps, now);

    expect(report).toMatchObject({ pending: 12, watched: 3, presenceRequests: 1, delivered: 4, failed: 0 });
    const claims = requests.filter((r) => r.startsWith('PATCH')).length;
    const deletes = requests.filter((r) => r.startsWith('DELETE')).length;
    expect(requests.filter((r) => r === PRESENCE)).toHaveLength(1);
    expect(requests.filter((r) => r === `GET ${ownItems}`)).toHaveLength(1);
    expect([claims, deletes, requests.length]).toEqual([4, 4, 10]);
    expect(sent).toEqual(Array.from({ length: 4 }, () => ['available', people[0]!.id]));
    expect((await notices.pending()).notices).toHaveLength(8);
  });
});
