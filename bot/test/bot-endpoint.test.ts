// POST /api/messages through real HTTP: the service's express app with the bot endpoint, and a capture
// connector (a local HTTP server standing in for the Bot Connector) receiving the bot's replies.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createApp, type ApiDeps } from '../src/http/app';
import { Problems } from '../src/http/problems';
import { mountBotEndpoint, type BotCredentials } from '../src/teams/bot-endpoint';
import { pollNotices } from '@samen/core';
import { NOTIFY_VERB, SEARCH_VERB } from '../src/conversation/cards';
import { actionTitled, namesOf, textsOf } from './support/cards';
import { expertWorld, userIdOf } from './support/experts';

interface Captured {
  method: string;
  path: string;
  body: Record<string, any>;
}

const CONVERSATION = '19:abc@thread.tacv2;messageid=1700000000000';
const listen = async (server: Server) => {
  server.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
};
const close = (server: Server) => new Promise((resolve) => server.close(resolve));

async function bodyOf(req: IncomingMessage): Promise<Record<string, any>> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as Record<string, any>;
}

/** A Bot Connector that accepts every activity and remembers it. */
async function captureConnector() {
  const captured: Captured[] = [];
  const server = createServer((req, res) => {
    void bodyOf(req).then((body) => {
      captured.push({ method: req.method!, path: req.url!, body });
      res
        .writeHead(200, { 'Content-Type': 'application/json' })
        .end(JSON.stringify({ id: `sent-${captured.length}` }));
    });
  });
  return { captured, server, url: await listen(server) };
}

const logged: string[] = [];

async function samenService(credentials?: BotCredentials) {
  const world = expertWorld();
  const { conversation } = world;
  const log: ApiDeps['log'] = (message, error) => void logged.push(`${message}: ${String(error)}`);
  const deps: ApiDeps = {
    validator: { actorFrom: () => Promise.reject(new Error('unused')) },
    problems: new Problems(),
    codeOf: () => undefined,
    log,
  };
  let edge: ReturnType<typeof mountBotEndpoint> | undefined;
  const app = createApp(deps, (express) => {
    edge = mountBotEndpoint(express, {
      conversation,
      newReference: () => 'REF',
      log,
      ...(credentials ? { credentials } : {}),
    });
  });
  const server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { server, url, world, noticeSender: edge!.noticeSender };
}

let connector: Awaited<ReturnType<typeof captureConnector>>;
let service: Awaited<ReturnType<typeof samenService>>;
let secured: Awaited<ReturnType<typeof samenService>>;

beforeAll(async () => {
  connector = await captureConnector();
  service = await samenService();
  secured = await samenService({
    appId: '6a5b1c3e-0000-4000-8000-000000000001',
    appPassword: 'not-a-real-secret',
  });
});

afterAll(async () => {
  await Promise.all([close(connector.server), close(service.server), close(secured.server)]);
});

beforeEach(() => connector.captured.splice(0));

function activity(extra: Record<string, unknown>) {
  return {
    id: 'activity-1',
    channelId: 'msteams',
    serviceUrl: connector.url,
    conversation: { id: CONVERSATION },
    from: { id: '29:asker', aadObjectId: '11111111-2222-4333-8444-555555555555' },
    recipient: { id: '28:samen-bot' },
    locale: 'en-US',
    ...extra,
  };
}

async function post(base: string, body: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(`${base}/api/messages`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await response.text();
  const json = response.headers.get('content-type')?.startsWith('application/json') && text;
  return {
    status: response.status,
    text,
    body: json ? (JSON.parse(text) as Record<string, any>) : undefined,
  };
}

const replyPath = (replyToId: string) =>
  `/v3/conversations/${encodeURIComponent(CONVERSATION)}/activities/${encodeURIComponent(replyToId)}`;

test('a question is answered by POSTing the card to the connector as a reply to the message', async () => {
  const answer = await post(
    service.url,
    activity({ type: 'message', text: '<at>Samen</at> wie weet iets van Kubernetes?', locale: 'nl-NL' }),
  );
  expect(answer.status).toBe(200);
  expect(connector.captured).toHaveLength(1);
  const [reply] = connector.captured;
  expect(reply!.method).toBe('POST');
  expect(reply!.path).toBe(replyPath('activity-1'));
  expect(reply!.body).toMatchObject({
    type: 'message',
    replyToId: 'activity-1',
    conversation: { id: CONVERSATION },
  });
  const card = reply!.body.attachments[0];
  expect(card.contentType).toBe('application/vnd.microsoft.card.adaptive');
  expect(textsOf(card.content)[0]).toBe('Collega’s die verstand hebben van ‘Kubernetes’');
  expect(namesOf(card.content)).toHaveLength(5);
});

test('Action.Execute is answered in the HTTP body with the refreshed card, nothing sent to the connector', async () => {
  const data = { q: 'Kubernetes', availableOnly: true, skip: 0 };
  const answer = await post(
    service.url,
    activity({
      type: 'invoke',
      name: 'adaptiveCard/action',
      value: { action: { type: 'Action.Execute', verb: SEARCH_VERB, data }, trigger: 'manual' },
    }),
  );
  expect(answer.status).toBe(200);
  expect(answer.body).toMatchObject({ statusCode: 200, type: 'application/vnd.microsoft.card.adaptive' });
  expect(namesOf(answer.body!.value).sort()).toEqual(['Chloé Bakker', 'Gijs de Boer']);
  expect(actionTitled(answer.body!.value, 'Everyone, not only available')).toBeDefined();
  expect(connector.captured).toHaveLength(0);
});

test('a message extension query is answered in the HTTP body with the result list, nothing sent to the connector', async () => {
  const answer = await post(
    service.url,
    activity({
      type: 'invoke',
      name: 'composeExtension/query',
      locale: 'nl-NL',
      value: {
        commandId: 'findExpert',
        parameters: [{ name: 'skill', value: 'glasvezel' }],
        queryOptions: { skip: 0, count: 25 },
      },
    }),
  );
  expect(answer.status).toBe(200);
  const result = answer.body!.composeExtension;
  expect(result).toMatchObject({ type: 'result', attachmentLayout: 'list' });
  expect(result.attachments[0]).toMatchObject({
    contentType: 'application/vnd.microsoft.card.adaptive',
    preview: {
      contentType: 'application/vnd.microsoft.card.thumbnail',
      content: { title: 'Anna de Vries', subtitle: 'Glasvezelspecialist', text: 'Beschikbaar' },
    },
  });
  expect(namesOf(result.attachments[0].content)).toEqual(['Anna de Vries']);
  expect(connector.captured).toHaveLength(0);
});

test.each([
  ['an unknown command', { commandId: 'findIdea', parameters: [] }],
  ['no query value', undefined],
])('a message extension query with %s gets a message in the body, status 200', async (_name, value) => {
  const answer = await post(
    service.url,
    activity({ type: 'invoke', name: 'composeExtension/query', ...(value ? { value } : {}) }),
  );
  expect(answer.status).toBe(200);
  expect(answer.body).toEqual({
    composeExtension: {
      type: 'message',
      text: 'Samen does not know this search. Please update the Samen app and try again.',
    },
  });
  expect(connector.captured).toHaveLength(0);
});

test('installing the bot posts the welcome card', async () => {
  const answer = await post(
    service.url,
    activity({
      type: 'conversationUpdate',
      membersAdded: [{ id: '28:samen-bot' }],
      channelData: { eventType: 'teamMemberAdded' },
    }),
  );
  expect(answer.status).toBe(200);
  expect(connector.captured).toHaveLength(1);
  expect(textsOf(connector.captured[0]!.body.attachments[0].content)[0]).toBe('Welcome to Samen');
});

test('an invoke the bot does not handle is answered 501, and nothing is sent', async () => {
  const answer = await post(service.url, activity({ type: 'invoke', name: 'samen/unknown', value: {} }));
  expect(answer.status).toBe(501);
  expect(connector.captured).toHaveLength(0);
});

test.each([
  ['not JSON', '{"type": "message",'],
  ['no type', { text: 'hi' }],
  [
    'no conversation',
    {
      type: 'message',
      text: 'hi',
      serviceUrl: 'http://127.0.0.1:1',
      channelId: 'msteams',
      from: { id: 'a' },
      recipient: { id: 'b' },
    },
  ],
  [
    'a serviceUrl that is no URL',
    {
      type: 'message',
      text: 'hi',
      serviceUrl: 'nowhere',
      channelId: 'msteams',
      conversation: { id: 'c' },
      from: { id: 'a' },
      recipient: { id: 'b' },
    },
  ],
  [
    'a card action without its action',
    {
      type: 'invoke',
      name: 'adaptiveCard/action',
      value: {},
      serviceUrl: 'http://127.0.0.1:1',
      channelId: 'msteams',
      conversation: { id: 'c' },
      from: { id: 'a' },
      recipient: { id: 'b' },
    },
  ],
  ['an array', [1, 2]],
])('a malformed activity (%s) is refused with 400 and a problem', async (_name, body) => {
  const answer = await post(service.url, body);
  expect(answer.status).toBe(400);
  expect(answer.body).toMatchObject({ status: 400, code: 'invalidRequest' });
  expect(connector.captured).toHaveLength(0);
});

test('a connector refusing the reply (the bot was removed: 403) is logged with a reference, and the request still ends', async () => {
  const refusing = createServer((_req, res) => void res.writeHead(403).end('{"error":{"code":"Boom"}}'));
  const url = await listen(refusing);
  try {
    logged.splice(0);
    const answer = await post(service.url, {
      ...activity({ type: 'message', text: 'help' }),
      serviceUrl: url,
    });
    expect(answer.status).toBe(200);
    expect(answer.text).not.toMatch(/Boom/);
    expect(logged[0]).toMatch(/^bot turn failed \(reference REF\)/);
  } finally {
    await close(refusing);
  }
});

describe('with an app id and password configured', () => {
  // CloudAdapter writes every refused request to console.error itself; kept out of the test output.
  let quiet: jest.SpyInstance;
  beforeEach(() => (quiet = jest.spyOn(console, 'error').mockImplementation(() => undefined)));
  afterEach(() => quiet.mockRestore());

  // A well-formed token signed by someone who is not the Bot Framework (issuer and key unknown to it).
  const foreign = [
    Buffer.from(JSON.stringify({ alg: 'RS256', typ: 'JWT', kid: 'x' })).toString('base64url'),
    Buffer.from(
      JSON.stringify({
        iss: 'https://evil.example',
        aud: '6a5b1c3e-0000-4000-8000-000000000001',
        exp: 9_999_999_999,
      }),
    ).toString('base64url'),
    'c2lnbmF0dXJl',
  ].join('.');

  test.each([
    ['no Authorization header', {}],
    ['a token that is no JWT', { Authorization: 'Bearer not-a-token' }],
    ['a token from a foreign issuer', { Authorization: `Bearer ${foreign}` }],
  ])('%s is rejected with 401 and nothing is answered', async (_name, headers) => {
    const answer = await post(
      secured.url,
      activity({ type: 'message', text: 'who knows about Kubernetes' }),
      headers,
    );
    expect(answer.status).toBe(401);
    expect(answer.text).not.toMatch(/Kubernetes/);
    expect(connector.captured).toHaveLength(0);
  });

  test('the anonymous service answers the same request (so the 401s above are the credentials)', async () => {
    const answer = await post(service.url, activity({ type: 'message', text: 'who knows about Kubernetes' }));
    expect(answer.status).toBe(200);
    expect(connector.captured).toHaveLength(1);
  });
});

describe('notify when available, proactively', () => {
  const PERSONAL = { id: 'a:1personal-chat-with-samen', conversationType: 'personal', tenantId: 'tenant-1' };
  const daan = () => userIdOf('Daan Smit');
  afterEach(() => service.world.presence.set(daan(), 'Away'));

  test('the click is answered in the body; when Daan is available the notice is POSTed to that chat as a new message', async () => {
    const search = { q: 'Kubernetes', availableOnly: false, skip: 0 };
    const answer = await post(
      service.url,
      activity({
        type: 'invoke',
        name: 'adaptiveCard/action',
        conversation: PERSONAL,
        value: {
          action: { type: 'Action.Execute', verb: NOTIFY_VERB, data: { personId: daan(), search } },
          trigger: 'manual',
        },
      }),
    );
    expect(answer.status).toBe(200);
    expect(textsOf(answer.body!.value)[0]).toBe('I’ll let you know');
    expect(connector.captured).toHaveLength(0);

    const { world, noticeSender } = service;
    const round = () =>
      pollNotices(
        {
          store: world.notices,
          presence: world.presence,
          sender: noticeSender,
          claimant: 'a',
          log: () => undefined,
        },
        world.clock.now(),
      );
    expect(await round()).toMatchObject({ watched: 1, delivered: 0 });
    expect(connector.captured).toHaveLength(0);
    world.presence.set(daan(), 'Available');
    expect(await round()).toMatchObject({ delivered: 1, failed: 0 });

    expect(connector.captured).toHaveLength(1);
    const [sent] = connector.captured;
    expect(sent!.method).toBe('POST');
    // botbuilder posts every proactive message as a "reply" to the continuation activity it makes up (a new
    // id), not to the click: Teams shows it as a new message in the chat.
    const path = new RegExp(
      `^/v3/conversations/${encodeURIComponent(PERSONAL.id)}/activities/([0-9a-f-]{36})$`,
    );
    expect(sent!.path).toMatch(path);
    expect(sent!.body).toMatchObject({
      type: 'message',
      conversation: { id: PERSONAL.id },
      recipient: { id: '29:asker', aadObjectId: '11111111-2222-4333-8444-555555555555' },
    });
    expect(sent!.body.replyToId).toBe(path.exec(sent!.path)![1]);
    const card = sent!.body.attachments[0];
    expect(card.contentType).toBe('application/vnd.microsoft.card.adaptive');
    expect(textsOf(card.content)[0]).toBe('Daan Smit is available now');
    expect((await world.notices.pending()).notices).toEqual([]);
  });

  test('a connector refusing the notice (403) leaves it pending, logged with its id, and sends it next round', async () => {
    const refusing = createServer(
      (_req, res) => void res.writeHead(403).end('{"error":{"code":"BotNotInConversationRoster"}}'),
    );
    const refusingUrl = await listen(refusing);
    try {
      const { world, noticeSender } = service;
      const logs: string[] = [];
      const deps = {
        store: world.notices,
        presence: world.presence,
        sender: noticeSender,
        claimant: 'a',
        log: (m: string) => void logs.push(m),
      };
      await world.notices.create({
        watcherId: '11111111-2222-4333-8444-555555555555',
        person: { userId: daan(), displayName: 'Daan Smit', userPrincipalName: 'daan@x' },
        topic: 'Kubernetes',
        conversation: {
          serviceUrl: refusingUrl,
          channelId: 'msteams',
          conversation: { id: PERSONAL.id },
          bot: { id: '28:samen-bot' },
        },
        locale: 'en-US',
        createdAt: world.clock.now(),
        expiresAt: new Date(world.clock.now().getTime() + 3_600_000),
      });
      world.presence.set(daan(), 'Available');
      expect(await pollNotices(deps, world.clock.now())).toMatchObject({ delivered: 0, failed: 1 });
      const [kept] = (await world.notices.pending()).notices;
      expect(logs).toEqual([`notice ${kept!.id} (available) not delivered; trying again next round`]);
      await world.notices.remove(kept!).then(() => undefined);
    } finally {
      await close(refusing);
    }
  });
});
