// The portal as the bot's channel, without a browser or a tenant: what it posts to /api/messages, the Bot
// Connector routes the bot replies through, the event stream the frame follows, and bad input from both sides.
// The bot here is a stand-in that answers as botbuilder does (replies to the connector, invokes in the body);
// the real service behind the same channel is driven by teams-frame.test.ts.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startPortal, type Directory, type RunningPortal } from '../../portal/src/server/server';
import { UnknownUser } from '../../portal/src/server/directory';
import { eventually } from './suite';

const person = (id: string, displayName: string) => ({
  id,
  displayName,
  userPrincipalName: `${id}@example.test`,
  jobTitle: null,
  department: null,
});
const USERS = [person('u1', 'Anna de Vries'), person('u2', 'Bram Jansen'), person('u3', 'Cor Smit')];
const directory: Directory = {
  listUsers: () => Promise.resolve(USERS),
  tokenFor: (id) => Promise.reject(new UnknownUser(id)),
};

const card = (title: string) => ({
  type: 'AdaptiveCard',
  version: '1.5',
  body: [{ type: 'TextBlock', text: title }],
});

type Activity = Record<string, any>;
/** What the stand-in bot received, and how it answers: as botbuilder would, or failing. */
let received: Activity[] = [];
/** A status the stand-in bot answers every activity with, instead of answering it. */
let botFails: 401 | 500 | undefined;
/** Answers an invoke with text that is not JSON, as a broken service might. */
let botAnswersText = false;

async function bodyOf(req: IncomingMessage): Promise<Activity> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return JSON.parse(Buffer.concat(chunks).toString('utf8')) as Activity;
}

/** Replies go to `{serviceUrl}/v3/conversations/{id}/activities/{replyToId}`, as botbuilder's CloudAdapter posts them. */
async function reply(activity: Activity, content: object): Promise<void> {
  const path = `/v3/conversations/${encodeURIComponent(activity.conversation.id)}/activities/${encodeURIComponent(activity.id)}`;
  const response = await fetch(`${activity.serviceUrl}${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      type: 'message',
      replyToId: activity.id,
      attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', content }],
    }),
  });
  if (!response.ok) throw new Error(`connector refused the reply: ${response.status}`);
}

async function answer(activity: Activity): Promise<{ status: number; body?: unknown }> {
  if (botFails) return { status: botFails, body: { message: 'boom' } };
  if (botAnswersText && activity.type === 'invoke') return { status: 200, body: 'OK' };
  if (activity.type === 'conversationUpdate') await reply(activity, card('Welkom bij Samen'));
  if (activity.type === 'message') await reply(activity, card(`Over ${activity.text}`));
  if (activity.type === 'invoke')
    return {
      status: 200,
      body: {
        statusCode: 200,
        type: 'application/vnd.microsoft.card.adaptive',
        value: card('Alleen beschikbaar'),
      },
    };
  return { status: 200 };
}

let bot: Server;
let portal: RunningPortal;

beforeAll(async () => {
  bot = createServer((req, res) => {
    void bodyOf(req)
      .then(async (activity) => {
        received.push(activity);
        const { status, body } = await answer(activity);
        const text = typeof body === 'string' ? body : body ? JSON.stringify(body) : '';
        res.writeHead(status, { 'Content-Type': 'application/json' }).end(text);
      })
      .catch(() => res.writeHead(500).end());
  });
  await new Promise<void>((resolve) => bot.listen(0, '127.0.0.1', resolve));
  const pageDir = mkdtempSync(join(tmpdir(), 'samen-portal-channel-'));
  writeFileSync(join(pageDir, 'index.html'), '<!doctype html><title>Samen</title>');
  writeFileSync(join(pageDir, 'teams.html'), '<!doctype html><title>Teams frame</title>');
  const serviceUrl = `http://127.0.0.1:${(bot.address() as AddressInfo).port}`;
  portal = await startPortal({ pageDir, serviceUrl, directory, port: 0 });
});

afterAll(async () => {
  await portal.close();
  await new Promise((resolve) => bot.close(resolve));
});

beforeEach(() => {
  received = [];
  botFails = undefined;
  botAnswersText = false;
});

/** Closing a stream is noticed by the server a moment later: true once a new one is taken. */
async function opens(query: string): Promise<true | undefined> {
  const response = await fetch(`${portal.url}/portal/chat/events?${query}`);
  await response.body?.cancel();
  return response.status === 200 ? true : undefined;
}

interface StreamEvent {
  event: string;
  data: Activity;
}

/** The frame's event stream, read as EventSource would: `event:` and `data:` lines, a blank line between events. */
async function openStream(query: string) {
  const abort = new AbortController();
  const response = await fetch(`${portal.url}/portal/chat/events?${query}`, { signal: abort.signal });
  expect(response.headers.get('content-type')).toContain('text/event-stream');
  const reader = response.body!.getReader();
  const events: StreamEvent[] = [];
  let buffer = '';
  const next = async (): Promise<void> => {
    const { value, done } = await reader.read();
    if (done) throw new Error('the stream ended');
    buffer += new TextDecoder().decode(value);
    for (let end = buffer.indexOf('\n\n'); end >= 0; end = buffer.indexOf('\n\n')) {
      const lines = buffer.slice(0, end).split('\n');
      buffer = buffer.slice(end + 2);
      const field = (name: string) =>
        lines.find((l) => l.startsWith(`${name}: `))?.slice(name.length + 2) ?? '';
      events.push({ event: field('event'), data: JSON.parse(field('data')) as Activity });
    }
  };
  return {
    events,
    /** Reads until `count` events have arrived (the test's timeout bounds the wait). */
    async until(count: number): Promise<StreamEvent[]> {
      while (events.length < count) await next();
      return events;
    },
    close: () => abort.abort(),
  };
}

function post(path: string, body: unknown, init: { contentType?: string; method?: string } = {}) {
  return fetch(`${portal.url}${path}`, {
    method: init.method ?? 'POST',
    headers: { 'Content-Type': init.contentType ?? 'application/json' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

const titleOf = (activity: Activity) => activity.cards[0]?.body[0]?.text as string | undefined;

test('opening the chat installs the bot once: its welcome arrives on the stream, and again to a second window', async () => {
  const first = await openStream('as=u1&lang=nl-NL');
  const [welcome] = await first.until(1);
  expect(welcome).toMatchObject({ event: 'activity', data: { from: 'bot' } });
  expect(titleOf(welcome!.data)).toBe('Welkom bij Samen');
  expect(received).toHaveLength(1);
  expect(received[0]).toMatchObject({
    type: 'conversationUpdate',
    channelId: 'msteams',
    serviceUrl: portal.url,
    conversation: { id: 'a:portal-u1', conversationType: 'personal' },
    from: { id: '29:u1', aadObjectId: 'u1', name: 'Anna de Vries' },
    locale: 'nl-NL',
  });
  expect(received[0]!.membersAdded).toEqual([received[0]!.recipient]);

  const second = await openStream('as=u1');
  expect((await second.until(1))[0]!.data).toEqual(welcome!.data);
  expect(received).toHaveLength(1);
  first.close();
  second.close();
});

test('a message goes to /api/messages as a Teams activity; it and the reply come back on the stream', async () => {
  const stream = await openStream('as=u2&lang=nl-NL');
  await stream.until(1);
  received = [];
  const response = await post('/portal/chat/messages', {
    as: 'u2',
    locale: 'nl-NL',
    text: '  wie weet iets van glasvezel? ',
  });
  expect(response.status).toBe(202);
  const { id } = (await response.json()) as { id: string };
  expect(received).toHaveLength(1);
  expect(received[0]).toMatchObject({
    type: 'message',
    id,
    text: 'wie weet iets van glasvezel?',
    channelId: 'msteams',
    serviceUrl: portal.url,
    conversation: { id: 'a:portal-u2' },
    from: { aadObjectId: 'u2' },
    locale: 'nl-NL',
  });
  const [, mine, answer] = await stream.until(3);
  expect(mine!.data).toMatchObject({ id, from: 'user', text: 'wie weet iets van glasvezel?', cards: [] });
  expect(answer!.data.from).toBe('bot');
  expect(titleOf(answer!.data)).toBe('Over wie weet iets van glasvezel?');
  stream.close();
});

test('Action.Execute is an adaptiveCard/action invoke in reply to the card; its answer replaces the card', async () => {
  const stream = await openStream('as=u1');
  await stream.until(1);
  const cardId = stream.events[0]!.data.id as string;
  received = [];
  const data = { q: 'glasvezel', availableOnly: true, skip: 0 };
  const response = await post('/portal/chat/actions', {
    as: 'u1',
    locale: 'en-US',
    activityId: cardId,
    verb: 'samen.search',
    data,
  });
  expect(response.status).toBe(200);
  expect(await response.json()).toEqual({ card: card('Alleen beschikbaar') });
  expect(received[0]).toMatchObject({
    type: 'invoke',
    name: 'adaptiveCard/action',
    replyToId: cardId,
    value: { action: { type: 'Action.Execute', verb: 'samen.search', data } },
    locale: 'en-US',
  });
  const updated = (await stream.until(2))[1]!;
  expect(updated.event).toBe('update');
  expect(updated.data.id).toBe(cardId);
  expect(titleOf(updated.data)).toBe('Alleen beschikbaar');
  stream.close();
});

test.each([
  ['not JSON', '/portal/chat/messages', '{"as":', 'application/json', 400],
  ['not declared JSON', '/portal/chat/messages', '{}', 'text/plain', 415],
  [
    'too large',
    '/portal/chat/messages',
    { as: 'u1', locale: 'en-US', text: 'x'.repeat(20_000) },
    undefined,
    413,
  ],
  [
    'an unknown field',
    '/portal/chat/messages',
    { as: 'u1', locale: 'en-US', text: 'hi', admin: true },
    undefined,
    400,
  ],
  [
    'a message longer than the composer takes',
    '/portal/chat/messages',
    { as: 'u1', locale: 'en-US', text: 'x'.repeat(4_001) },
    undefined,
    400,
  ],
  ['an empty message', '/portal/chat/messages', { as: 'u1', locale: 'en-US', text: '   ' }, undefined, 400],
  [
    'a language Samen does not speak',
    '/portal/chat/messages',
    { as: 'u1', locale: 'fr-FR', text: 'hi' },
    undefined,
    400,
  ],
  [
    'a text that is not a string',
    '/portal/chat/messages',
    { as: 'u1', locale: 'en-US', text: 42 },
    undefined,
    400,
  ],
  [
    'someone not seeded',
    '/portal/chat/messages',
    { as: 'nobody', locale: 'en-US', text: 'hi' },
    undefined,
    404,
  ],
  [
    'an action on no card',
    '/portal/chat/actions',
    { as: 'u1', locale: 'en-US', activityId: 'nope', verb: 'x' },
    undefined,
    404,
  ],
  [
    'an action without a verb',
    '/portal/chat/actions',
    { as: 'u1', locale: 'en-US', activityId: 'x' },
    undefined,
    400,
  ],
  [
    'an action with data that is not an object',
    '/portal/chat/actions',
    { as: 'u1', locale: 'en-US', activityId: 'x', verb: 'v', data: [1] },
    undefined,
    400,
  ],
  ['a route the frame does not have', '/portal/chat/other', {}, undefined, 404],
])(
  'the frame sending %s is refused with a problem, and the bot hears nothing',
  async (_, path, body, contentType, status) => {
    const response = await post(path, body, contentType ? { contentType } : {});
    expect(response.status).toBe(status);
    const problem = (await response.json()) as { code: string; message: string };
    expect(problem.code).toEqual(expect.any(String));
    expect(problem.message).toEqual(expect.any(String));
    expect(received).toEqual([]);
  },
);

test('one chat is followed in at most ten places at once', async () => {
  const streams = await Promise.all(Array.from({ length: 10 }, () => openStream('as=u3')));
  const eleventh = await fetch(`${portal.url}/portal/chat/events?as=u3`);
  expect(eleventh.status).toBe(429);
  expect(((await eleventh.json()) as { code: string }).code).toBe('tooManyStreams');
  for (const stream of streams) stream.close();
  // A closed stream frees its place.
  await eventually(() => opens('as=u3'), 'a place freed by a closed stream');
});

test('following a chat needs a seeded person and a language Samen speaks', async () => {
  expect((await fetch(`${portal.url}/portal/chat/events`)).status).toBe(404);
  expect((await fetch(`${portal.url}/portal/chat/events?as=nobody`)).status).toBe(404);
  expect((await fetch(`${portal.url}/portal/chat/events?as=u1&lang=fr-FR`)).status).toBe(400);
  expect(received).toEqual([]);
});

test('the connector takes proactive messages and updates for a chat, and refuses anything else', async () => {
  const stream = await openStream('as=u1');
  const base = await stream.until(1).then((events) => events.length);
  const chat = `${portal.url}/v3/conversations/${encodeURIComponent('a:portal-u1')}/activities`;
  const proactive = { type: 'message', text: 'Anna is nu beschikbaar.' };
  const sent = await fetch(chat, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(proactive),
  });
  expect(sent.status).toBe(200);
  const { id } = (await sent.json()) as { id: string };
  const shown = (await stream.until(base + 1))[base]!;
  expect(shown).toMatchObject({
    event: 'activity',
    data: { id, from: 'bot', text: proactive.text, cards: [] },
  });

  const update = await fetch(`${chat}/${id}`, {
    method: 'PUT',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      type: 'message',
      attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', content: card('Bijgewerkt') }],
    }),
  });
  expect(update.status).toBe(200);
  const updated = (await stream.until(base + 2))[base + 1]!;
  expect(updated).toMatchObject({ event: 'update', data: { id } });
  expect(titleOf(updated.data)).toBe('Bijgewerkt');

  // A typing indicator is taken and not shown.
  expect((await post(chat.slice(portal.url.length), { type: 'typing' })).status).toBe(200);
  stream.close();
  expect(stream.events).toHaveLength(base + 2);
});

test.each([
  [
    'a conversation it does not have',
    'POST',
    '/v3/conversations/19%3Asomething/activities',
    { type: 'message' },
    404,
  ],
  ['a route it does not offer', 'GET', '/v3/conversations/a%3Aportal-u1/members', undefined, 404],
  ['a malformed path', 'POST', '/v3/conversations/%E0%A4%A/activities', { type: 'message' }, 404],
  ['an activity without a type', 'POST', '/v3/conversations/a%3Aportal-u1/activities', { text: 'hi' }, 400],
  [
    'attachments that are not a list',
    'POST',
    '/v3/conversations/a%3Aportal-u1/activities',
    { type: 'message', attachments: {} },
    400,
  ],
  [
    'an update of an activity it does not have',
    'PUT',
    '/v3/conversations/a%3Aportal-u1/activities/nope',
    { type: 'message' },
    404,
  ],
])('the connector refuses %s with an error body', async (_, method, path, body, status) => {
  const response = await fetch(`${portal.url}${path}`, {
    method,
    ...(body ? { headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) } : {}),
  });
  expect(response.status).toBe(status);
  expect(((await response.json()) as { code: string }).code).toEqual(expect.any(String));
});

test.each([
  [500, 'refused the activity (500)'],
  [401, 'run it without SAMEN_BOT_APP_ID'],
] as const)(
  'a service answering %s is a 502 to the frame, and the reason is in the log',
  async (status, reason) => {
    botFails = status;
    const logged = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const failed = await post('/portal/chat/messages', { as: 'u1', locale: 'en-US', text: 'hi' });
    expect(failed.status).toBe(502);
    expect(((await failed.json()) as { code: string }).code).toBe('botFailed');
    // The details are for the developer, in the portal's log; the frame says it in the user's words.
    expect(logged).toHaveBeenCalledWith(expect.stringContaining(reason));
    logged.mockRestore();
  },
);

test('an invoke answered with something that is not JSON is a 502, not a crash', async () => {
  const stream = await openStream('as=u1');
  const cardId = (await stream.until(1))[0]!.data.id as string;
  stream.close();
  botAnswersText = true;
  const logged = jest.spyOn(console, 'error').mockImplementation(() => undefined);
  const response = await post('/portal/chat/actions', {
    as: 'u1',
    locale: 'en-US',
    activityId: cardId,
    verb: 'v',
  });
  expect(response.status).toBe(502);
  expect(logged).toHaveBeenCalledWith(expect.stringContaining('the answer is not JSON'));
  logged.mockRestore();
});

test('a service that cannot be reached is a 503 to the frame', async () => {
  const pageDir = mkdtempSync(join(tmpdir(), 'samen-portal-down-'));
  const down = await startPortal({ pageDir, serviceUrl: 'http://127.0.0.1:1', directory, port: 0 });
  try {
    const response = await fetch(`${down.url}/portal/chat/messages`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ as: 'u1', locale: 'en-US', text: 'hi' }),
    });
    expect(response.status).toBe(503);
    expect(((await response.json()) as { code: string }).code).toBe('botUnavailable');
  } finally {
    await down.close();
  }
});

test('the frame is served at /teams/', async () => {
  for (const path of ['/teams', '/teams/']) {
    expect(await (await fetch(`${portal.url}${path}?lang=nl-NL`)).text()).toContain('Teams frame');
  }
});
