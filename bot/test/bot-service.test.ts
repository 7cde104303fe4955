// The bot inside the real service (service.ts's composition) on the dev tenant: the answer comes from the
// index the projection built from Graph, with one Graph request per answer — the presence lookup.
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { RunningService } from '../src/service';
import { randomUUID } from 'node:crypto';
import { appToken, rawGraph, tenant } from '../../test-support/tenant';
import { namesOf, textsOf } from './support/cards';
import { startServiceOnDevTenant } from './support/service';

const t = tenant();
const graphRequests: string[] = [];
const replies: Array<Record<string, any>> = [];
const logs: string[] = [];
const connector = createServer((req: IncomingMessage, res) => {
  const chunks: Buffer[] = [];
  req.on('data', (chunk: Buffer) => chunks.push(chunk));
  req.on('end', () => {
    replies.push(JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, any>);
    res.writeHead(200, { 'Content-Type': 'application/json' }).end('{"id":"1"}');
  });
});
let connectorUrl: string;
let running: RunningService;

beforeAll(async () => {
  running = await startServiceOnDevTenant({
    log: (message) => void logs.push(message),
    onGraphRequest: (method, url) => graphRequests.push(`${method} ${new URL(url).pathname}`),
  });
  connector.listen(0, '127.0.0.1');
  await new Promise((resolve) => connector.once('listening', resolve));
  connectorUrl = `http://127.0.0.1:${(connector.address() as AddressInfo).port}`;
}, 120_000);

afterAll(async () => {
  await running.close();
  await new Promise((resolve) => connector.close(resolve));
});

async function ask(text: string, from: Record<string, string>): Promise<Record<string, any>> {
  replies.splice(0);
  const response = await fetch(`${running.url}/api/messages`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      type: 'message',
      id: 'm1',
      text,
      locale: 'nl-NL',
      channelId: 'msteams',
      serviceUrl: connectorUrl,
      conversation: { id: 'a:personal-chat' },
      from: { id: '29:asker', ...from },
      recipient: { id: '28:samen' },
    }),
  });
  expect(response.status).toBe(200);
  expect(replies).toHaveLength(1);
  return replies[0]!.attachments[0].content as Record<string, any>;
}

const upnsOf = (card: unknown) =>
  JSON.stringify(card)
    .match(/users=([^&"]+)/g)!
    .map((m) => decodeURIComponent(m.slice('users='.length)));

test('a Dutch question is answered from the dev tenant with one Graph request: the presence lookup', async () => {
  const before = graphRequests.length;
  const card = await ask('<at>Samen</at> wie weet iets van glasvezel?', {});
  expect(graphRequests.slice(before)).toEqual(['POST /v1.0/communications/getPresencesByUserId']);
  expect(textsOf(card)[0]).toBe('Collega’s die verstand hebben van ‘glasvezel’');
  expect(namesOf(card)).toHaveLength(5);
});

test('the asker, known by their Entra object id, is left out of their own answer', async () => {
  const top = upnsOf(await ask('wie weet iets van glasvezel?', {}))[0]!;
  const token = await appToken(t);
  const { body: person } = await rawGraph(t, `/users/${encodeURIComponent(top)}?$select=id`, { token });
  const asTop = upnsOf(await ask('wie weet iets van glasvezel?', { aadObjectId: String(person.id) }));
  expect(asTop).not.toContain(top);
  expect(asTop).toHaveLength(5);
});

/** A colleague who just joined: no Teams session yet (Offline), known to the service after a delta round. */
async function newColleague(): Promise<string> {
  const nickname = `notice-${randomUUID().slice(0, 8)}`;
  const { status, body } = await rawGraph(t, '/users', {
    method: 'POST',
    token: await appToken(t),
    body: JSON.stringify({
      accountEnabled: true,
      displayName: `Noor ${nickname}`,
      mailNickname: nickname,
      userPrincipalName: `${nickname}@${t.domain}`,
      passwordProfile: { password: `Pw-${randomUUID()}` },
    }),
  });
  expect(status).toBe(201);
  await running.runtime.refresh();
  return String(body.id);
}

async function signIn(userId: string): Promise<void> {
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

test('notify when available in the real service: stored in the list, one presence request a round, sent proactively', async () => {
  const colleague = await newColleague();
  replies.splice(0);
  const invoke = await fetch(`${running.url}/api/messages`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      type: 'invoke',
      name: 'adaptiveCard/action',
      id: 'click-1',
      locale: 'nl-NL',
      channelId: 'msteams',
      serviceUrl: connectorUrl,
      conversation: { id: 'a:personal-notify', conversationType: 'personal' },
      from: { id: '29:asker', aadObjectId: randomUUID() },
      recipient: { id: '28:samen' },
      value: {
        action: {
          type: 'Action.Execute',
          verb: 'samen.notify',
          data: { personId: colleague, search: { q: 'glasvezel', availableOnly: false, skip: 0 } },
        },
        trigger: 'manual',
      },
    }),
  });
  expect(invoke.status).toBe(200);
  expect(textsOf(((await invoke.json()) as { value: unknown }).value)[0]).toBe('Ik laat het je weten');

  const before = graphRequests.length;
  expect(await running.notices.round()).toMatchObject({ watched: 1, presenceRequests: 1, delivered: 0 });
  const list = `/v1.0/sites/${t.hubSite.id}/lists/Samen Presence Notices/items`;
  expect(graphRequests.slice(before).map(decodeURIComponent)).toEqual([
    `GET ${list}`,
    'POST /v1.0/communications/getPresencesByUserId',
  ]);
  expect(replies).toEqual([]);

  await signIn(colleague);
  const sentBefore = graphRequests.length;
  expect(await running.notices.round()).toMatchObject({ delivered: 1, failed: 0 });
  expect(graphRequests.slice(sentBefore).map(decodeURIComponent)).toEqual([
    `GET ${list}`,
    'POST /v1.0/communications/getPresencesByUserId',
    expect.stringMatching(/^PATCH .*\/items\/\d+\/fields$/),
    expect.stringMatching(/^DELETE .*\/items\/\d+$/),
  ]);
  expect(replies).toHaveLength(1);
  expect(logs).toContainEqual(expect.stringMatching(/^notices: \{"pending":1,.*"delivered":1,/));
  expect(replies[0]!.conversation).toMatchObject({ id: 'a:personal-notify' });
  expect(textsOf(replies[0]!.attachments[0].content)[0]).toMatch(/^Noor notice-\w+ is nu beschikbaar$/);

  const idle = graphRequests.length;
  expect(await running.notices.round()).toMatchObject({ pending: 0, presenceRequests: 0 });
  expect(graphRequests.slice(idle).map(decodeURIComponent)).toEqual([`GET ${list}`]);
});
